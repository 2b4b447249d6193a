import SitegenContent
import SitegenSite

/// `/releases/<id>/items/` on a small host (`HostProfile.small`): a release's work items on one
/// page, each a section `#item-<number>` with what its own page shows (`WorkItemPage.Parts`),
/// so that a release costs one file for its items instead of one an item (7,953 files of a
/// 600-release site). The items' addresses answer here (`SiteRedirects`), and their budget
/// lines keep their `#L<line>` anchors, which are unique in a release.
struct WorkItemsPage {
    let site: SiteContent
    let index: ReleaseIndex

    private var release: Release { index.release }

    var page: Page {
        let path = SiteMap.items(release.id)
        let linker = Linker(config: site.config, pagePath: path)
        let items = release.report.workItems
        var contents: [HTML] = []
        var attachments: [OutputFile] = []
        let marks = FindingMarks(release: release)
        for item in items {
            let shown = WorkItemPage(site: site, index: index, item: item).parts(linker: linker, pagePath: path, marks: marks)
            let anchor = "item-\(item.number)"
            contents.append("""
            <section id="\(anchor)" aria-labelledby="\(anchor)-title">
            <h2 id="\(anchor)-title">\(item.number). \(Reading.text(item.title))</h2>
            \(shown.meta)
            \(shown.budget.isEmpty ? HTML.empty : "<h3>예산집행 현황</h3>\n\(shown.budget)")<div class="narrative">
            \(shown.narrative)</div>
            </section>

            """)
            attachments += shown.attachments
        }
        // A list without numbers of its own: each item says its number (`1-1.`).
        let list: [HTML] = items.map { "<li><a href=\"#item-\($0.number)\">\($0.number). \(Reading.text($0.title))</a></li>\n" }
        return Page(path: path, title: "주요업무 \(items.count)건 — \(release.metadata.title)",
                    description: "\(release.metadata.title)의 주요업무 \(items.count)건",
                    trail: [("", "보고서"), (SiteMap.release(release.id), release.metadata.title)],
                    body: """
                    \(OCRNotice.html(for: release))<nav aria-label="주요업무 목록"><ul class="item-list">
                    \(list.joined)</ul></nav>
                    \(contents.joined)
                    """,
                    attachments: attachments)
    }
}

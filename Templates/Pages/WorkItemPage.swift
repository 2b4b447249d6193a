import SitegenText
import SitegenContent
import SitegenSite
import SitegenSearch

/// `/releases/<id>/items/<number>/`: the item's narrative through cmark-gfm, its
/// 예산집행 현황 tables, and the previous and next items of the release.
struct WorkItemPage {
    let site: SiteContent
    let index: ReleaseIndex
    let item: WorkItem

    private var release: Release { index.release }

    var page: Page {
        let path = SiteMap.item(release.id, number: item.number)
        let linker = Linker(config: site.config, pagePath: path)
        let tables = release.report.budgetTables.enumerated().filter { $0.element.workItem == item.number }
        let skipped = Set(tables.flatMap { Array($0.element.firstLine...$0.element.lastLine) })
        let markdown = Reading.text(NarrativeMarkdown(skippedLines: skipped).markdown(body: item.body, firstLine: item.firstLine + 1))
        let marks = FindingMarks(release: release)
        let department: HTML = item.department.flatMap { d in index.departmentPath(d).map { "<dt>부서</dt><dd>\(linker.link($0, d))</dd>\n" } } ?? ""
        let chapter: HTML = item.chapter.map { "<dt>분야</dt><dd>\($0.number). \($0.title)</dd>\n" } ?? ""
        let source = linker.href(SiteMap.sourceLine(release.id, line: item.firstLine))
        let views: [BudgetTableView] = tables.enumerated().map { number, pair in
            let (t, table) = pair
            return BudgetTableView(
                table: table,
                rows: table.lines.enumerated().map { l, line in
                    BudgetTableView.Row(line: line, anchor: index.place(table: t, line: l).anchor,
                                        programPath: site.programPath(release: site.position(of: index), table: t, line: l))
                },
                caption: "\(table.title) (\(table.firstLine)행)", release: release, linker: linker, pagePath: path,
                downloadName: "table-\(number + 1)", marks: marks)
        }
        let budget = views.map(\.html)
        return Page(path: path, title: "\(item.number). \(Reading.text(item.title))",
                    description: "\(release.metadata.title) 주요업무 \(item.number): \(item.title)",
                    trail: [("", "보고서"), (SiteMap.release(release.id), release.metadata.title)],
                    body: """
                    <dl class="meta">
                    <dt>보고서</dt><dd>\(linker.link(SiteMap.release(release.id), release.metadata.title))</dd>
                    \(chapter)\(department)<dt>원문</dt><dd><a href="\(source)">\(item.firstLine)–\(item.lastLine)행</a>\(OriginalPage.html(line: item.firstLine, in: release, linker))</dd>
                    </dl>
                    \(budget.isEmpty ? HTML.empty : "<h2 id=\"budget\">예산집행 현황</h2>\n\(budget.joined)")
                    <h2 id="narrative">보고 내용</h2>
                    <div class="narrative">
                    \(CMark.render(markdown))</div>
                    \(pager(linker))
                    """,
                    attachments: views.flatMap { $0.download.files(pagePath: path) })
    }

    /// The items before and after this one in the release.
    private func pager(_ linker: Linker) -> HTML {
        let items = release.report.workItems
        guard let position = items.firstIndex(where: { $0.number == item.number }) else { return "" }
        var links: [HTML] = []
        if position > 0 {
            let previous = items[position - 1]
            links.append("<li><a href=\"\(linker.href(SiteMap.item(release.id, number: previous.number)))\" rel=\"prev\">← 이전: \(previous.number). \(previous.title)</a></li>")
        }
        if position + 1 < items.count {
            let next = items[position + 1]
            links.append("<li><a href=\"\(linker.href(SiteMap.item(release.id, number: next.number)))\" rel=\"next\">다음: \(next.number). \(next.title) →</a></li>")
        }
        guard !links.isEmpty else { return "" }
        return "<nav class=\"pager\" aria-label=\"이전과 다음 업무\"><ul>\(links)</ul></nav>"
    }
}

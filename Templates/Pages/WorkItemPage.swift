import SitegenCore

/// `/releases/<id>/items/<number>/`: the item's narrative through cmark-gfm, and its
/// 예산집행 현황 tables.
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
        let markdown = NarrativeMarkdown(skippedLines: skipped).markdown(body: item.body, firstLine: item.firstLine + 1)
        let department: HTML = item.department.flatMap { d in index.departmentPath(d).map { "<dt>부서</dt><dd>\(linker.link($0, d))</dd>\n" } } ?? ""
        let chapter: HTML = item.chapter.map { "<dt>분야</dt><dd>\($0.number). \($0.title)</dd>\n" } ?? ""
        let source = linker.href(SiteMap.sourceView(release.id)) + "#" + SiteMap.lineAnchor(item.firstLine)
        let views: [BudgetTableView] = tables.enumerated().map { number, pair in
            let (t, table) = pair
            return BudgetTableView(
                table: table,
                rows: table.lines.enumerated().map { l, line in
                    BudgetTableView.Row(line: line, anchor: index.place(table: t, line: l).anchor,
                                        programPath: site.programPath(release: site.position(of: index), table: t, line: l))
                },
                caption: "\(table.title) (\(table.firstLine)행)", release: release, linker: linker, pagePath: path,
                downloadName: "table-\(number + 1)")
        }
        let budget = views.map(\.html)
        return Page(path: path, title: "\(item.number). \(item.title)",
                    description: "\(release.metadata.title) 주요업무 \(item.number): \(item.title)",
                    trail: [("", "보고서"), (SiteMap.release(release.id), release.metadata.title)],
                    body: """
                    <dl class="meta">
                    <dt>보고서</dt><dd>\(linker.link(SiteMap.release(release.id), release.metadata.title))</dd>
                    \(chapter)\(department)<dt>원문</dt><dd><a href="\(source)">\(item.firstLine)–\(item.lastLine)행</a></dd>
                    </dl>
                    \(budget.isEmpty ? HTML.empty : "<h2 id=\"budget\">예산집행 현황</h2>\n\(budget.joined)")
                    <h2 id="narrative">보고 내용</h2>
                    <div class="narrative">
                    \(CMark.render(markdown))</div>
                    """,
                    attachments: views.flatMap { $0.download.files(pagePath: path) })
    }
}

import SitegenContent
import SitegenSite

/// The last cell of every row that prints a budget line (the release's and the work items'
/// tables, a program's history): the line's one permalink (`SiteMap.budgetLine`), on a
/// program's page also the row where its release shows it (`ReleaseIndex.place`: for a program
/// row, its department's page), its line in the archived source, and its citation. Made here
/// only, so that a budget line is linked alike wherever it appears.
enum BudgetLineLinks {
    static func cell(_ line: BudgetLine, of table: BudgetTable, in release: Release, linker: Linker,
                     shownAt place: ReleaseIndex.RowPlace? = nil) -> HTML {
        let permalink = SiteMap.budgetLine(release.id, workItem: table.workItem, line: line.firstLine)
        let source = SiteMap.sourceLine(release.id, line: line.firstLine)
        // Not `href(place.path)`: a department page's anchor is the label's slug, in Hangul,
        // written as it is rather than percent-encoded.
        let shown: HTML = place.map { " <a href=\"\(linker.href($0.page) + "#" + $0.anchor)\">부서 쪽</a>" } ?? ""
        let originalPage: HTML = OriginalPage(line: line.firstLine, in: release).map { " \($0.link(linker))" } ?? ""
        let citation = Citation(release: release, table: table, line: line, path: permalink, config: linker.config)
        return """
        <td class="links"><a class="permalink" href="\(linker.href(permalink))" title="이 행의 고유 주소">링크</a>\(shown) \
        <a href="\(linker.href(source))">원문 \(line.firstLine)행</a>\(originalPage) \(citation.html)</td>
        """
    }
}

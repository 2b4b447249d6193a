import SitegenContent
import SitegenSite

/// The last cell of every row that prints a budget line (the release's and the work items'
/// tables, a program's history): the line's one permalink (`SiteMap.budgetLine`), on a
/// program's page also the row where its release shows it (`ReleaseIndex.place`: for a program
/// row, its department's page), its line in the archived source, and, on the page that holds
/// the permalink only, its citation (a row shown elsewhere links there: the citation was some
/// 530 bytes a row). Made here only, so that a budget line is linked alike wherever it appears.
/// The permalink says what it is in the column's header ("링크와 인용"), not in a `title` a row
/// (6.3 MB of a 1,200-release site).
enum BudgetLineLinks {
    static func cell(_ line: BudgetLine, of table: BudgetTable, in release: Release, linker: Linker,
                     shownAt place: ReleaseIndex.RowPlace? = nil) -> HTML {
        let permalink = SiteMap.budgetLine(release.id, workItem: table.workItem, line: line.firstLine)
        let source = SiteMap.sourceLine(release.id, line: line.firstLine)
        // A work item's row is shown on the permalink's page: one link to it is enough.
        let shown: HTML = place.flatMap { $0.path == permalink ? nil : " <a href=\"\(linker.href($0.path))\">부서 쪽</a>" } ?? ""
        let originalPage: HTML = OriginalPage(line: line.firstLine, in: release).map { " \($0.link(linker))" } ?? ""
        // The citation only where the permalink leads (the rows shown elsewhere link there).
        let citation: HTML = holdsPermalink(of: table, in: release, linker: linker)
            ? " \(Citation(release: release, table: table, line: line, path: permalink, config: linker.config).html)" : ""
        return """
        <td class="links"><a class="permalink" href="\(linker.href(permalink))">링크</a>\(shown) \
        <a href="\(linker.href(source))">원문 \(line.firstLine)행</a>\(originalPage)\(citation)</td>
        """
    }

    /// Whether the linker's page is the one that holds the permalinks of a table's rows (the
    /// release page, or the work item's page, wherever the host has it), and so their citations.
    static func holdsPermalink(of table: BudgetTable, in release: Release, linker: Linker) -> Bool {
        linker.pagePath == linker.config.profile.page(table.workItem.map { SiteMap.item(release.id, number: $0) } ?? SiteMap.release(release.id))
    }

    /// The links column's header, read by screen readers.
    static func header(of table: BudgetTable, in release: Release, linker: Linker) -> String {
        holdsPermalink(of: table, in: release, linker: linker) ? "링크와 인용" : "링크"
    }
}

import SitegenContent
import SitegenSite

/// The Excel-ready budget tables: one workbook per release (`data/releases/<id>.xlsx`, a sheet
/// per table, each naming its caption, unit, as-of date, source lines and permalink) and one of
/// every budget line of the archive (`data/budget-lines.xlsx`, the rows of budget-lines.csv).
public enum BudgetWorkbooks {
    public static let archivePath = "data/budget-lines.xlsx"

    public static func releasePath(_ id: String) -> String { "data/releases/\(id).xlsx" }

    static let lineHeader = ["department", "program", "row_kind", "budget_won", "committed_won", "executed_won",
                             "rate_percent", "committed_rate_percent", "source_line", "url"]

    public static func release(_ index: ReleaseIndex, config: SiteConfig) -> Workbook {
        let release = index.release
        let sheets = release.report.budgetTables.enumerated().map { t, table -> Workbook.Sheet in
            let page = table.workItem.map { SiteMap.item(release.id, number: $0) } ?? SiteMap.release(release.id)
            let rows = table.lines.enumerated().map { l, line in
                lineCells(line) + [.text(config.absoluteURL(index.place(table: t, line: l).path))]
            }
            return Workbook.Sheet(
                name: "표 \(t + 1)",
                about: ["caption: \(table.title)", "unit: \(table.unit.rawValue) (amounts below in won)",
                        "as of: \(table.asOf?.description ?? "not printed")",
                        "source: \(release.id)/report.txt lines \(table.firstLine)–\(table.lastLine)",
                        "permalink: \(config.absoluteURL(page))"],
                header: lineHeader, rows: rows)
        }
        return Workbook(path: releasePath(release.id), title: release.metadata.title, sheets: sheets)
    }

    public static func archive(_ releases: [ReleaseIndex], config: SiteConfig) -> Workbook {
        var rows: [[Workbook.Cell]] = []
        for index in releases {
            let release = index.release
            for (t, table) in release.report.budgetTables.enumerated() {
                for (l, line) in table.lines.enumerated() {
                    rows.append([.text(release.id), .text(release.metadata.date.description), .text(release.metadata.issuer),
                                 .text(table.title), .integer(line.firstLine), text(line.department), .text(line.label),
                                 .text(line.kind.rawValue), .text(table.unit.rawValue), won(line.budget), won(line.committed),
                                 won(line.executed), rate(line.rate), rate(line.committedRate),
                                 .text(config.absoluteURL(index.place(table: t, line: l).path))])
                }
            }
        }
        let header = ["release", "release_date", "issuer", "table", "source_line", "department", "program", "row_kind", "unit",
                      "budget_won", "committed_won", "executed_won", "rate_percent", "committed_rate_percent", "url"]
        let sheet = Workbook.Sheet(name: "budget lines",
                                   about: ["Every budget line of every release (budget-lines.csv); amounts in won.",
                                           "Rows whose row_kind is department, subtotal or total are sums of other rows."],
                                   header: header, rows: rows)
        return Workbook(path: archivePath, title: "Budget lines", sheets: [sheet])
    }

    private static func lineCells(_ line: BudgetLine) -> [Workbook.Cell] {
        [text(line.department), .text(line.label), .text(line.kind.rawValue), won(line.budget), won(line.committed),
         won(line.executed), rate(line.rate), rate(line.committedRate), .integer(line.firstLine)]
    }

    private static func text(_ value: String?) -> Workbook.Cell { value.map(Workbook.Cell.text) ?? .empty }
    private static func won(_ value: Int?) -> Workbook.Cell { value.map(Workbook.Cell.won) ?? .empty }
    private static func rate(_ value: PrintedRate?) -> Workbook.Cell { value.map { .number($0.value) } ?? .empty }
}

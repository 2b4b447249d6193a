import Foundation
import SitegenBuild
import SitegenContent
import SitegenSite

/// A release's rows of `budget-lines.csv` without the columns that name where they are
/// (`release`, `release_date`, `issuer`, `source_line`, `url`): what the import must read alike.
enum BudgetRows {
    static let kept = ["table", "department", "program", "row_kind", "unit", "budget_won", "committed_won",
                       "executed_won", "rate_percent", "committed_rate_percent"]

    static func of(_ release: Release) -> [[String]] {
        let csv = DataExport.budgetLines(SiteContent(releases: [release], config: SiteConfig()).releases, config: SiteConfig())
        let records = parse(csv)
        guard let header = records.first else { return [] }
        let columns = kept.compactMap { header.firstIndex(of: $0) }
        return records.dropFirst().map { row in columns.map { row[$0] } }
    }

    /// The rows of one list that the other lacks (as many times as they are missing).
    static func missing(_ rows: [[String]], from other: [[String]]) -> [[String]] {
        var left = other
        return rows.filter { row in
            if let index = left.firstIndex(of: row) { left.remove(at: index); return false }
            return true
        }
    }

    /// RFC 4180 records (quoted cells may hold commas, quotes and line breaks).
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], cell = "", quoted = false, afterQuote = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { cell.append(character) }
                continue
            }
            switch character {
            case "\"": if afterQuote { cell.append("\"") }; quoted = true; afterQuote = false
            case ",": record.append(cell); cell = ""; afterQuote = false
            case "\n", "\r\n": record.append(cell); records.append(record); record = []; cell = ""; afterQuote = false
            default: cell.append(character); afterQuote = false
            }
        }
        if !cell.isEmpty || !record.isEmpty { record.append(cell); records.append(record) }
        return records
    }
}

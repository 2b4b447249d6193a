import SitegenText

/// The three ways a table reaches us in report text.
enum TableLayout: String, Sendable {
    /// Markdown pipe tables (`| 구 분 | 2022년 |`).
    case pipe
    /// Tab-separated cells, often with a two-row header.
    case tab
    /// PDF text: cells split by spaces, names wrapped over several lines, numbers on the last.
    case space
}

/// A table as found in the text, before its columns are given a meaning.
struct RawTable {
    var layout: TableLayout
    var header: [SourceLine]
    var rows: [RawRow]
    /// Lines inside the table that held numbers but could not be read as a row.
    var garbled: [SourceLine]
    var firstLine: Int
    var lastLine: Int

    /// The header with all spacing removed, for keyword matching.
    var headerKeywords: String { header.map(\.compact).joined(separator: " ") }
}

/// One data row: its label and its value cells as printed.
struct RawRow {
    var label: String
    var cells: [String]
    var firstLine: Int
    var lastLine: Int
}

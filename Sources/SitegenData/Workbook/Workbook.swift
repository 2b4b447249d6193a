/// A spreadsheet workbook as a value: named sheets, each with lines that say what its table
/// is above a frozen header row, and typed cells. Written by `XlsxWriter`.
public struct Workbook: Equatable, Sendable {
    public var path: String
    public var title: String
    public var sheets: [Sheet]

    public struct Sheet: Equatable, Sendable {
        /// At most 31 characters, unique in the workbook (Excel's rule).
        public var name: String
        /// `caption: …`, `unit: …`, …: one line each above the header.
        public var about: [String]
        public var header: [String]
        public var rows: [[Cell]]
    }

    public enum Cell: Equatable, Sendable {
        case empty
        /// Stored as text, never as a formula, whatever it begins with.
        case text(String)
        /// An amount in won, shown with a thousands separator.
        case won(Int)
        case number(Double)
        case integer(Int)
    }
}

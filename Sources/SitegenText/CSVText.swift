/// Writes rows as RFC 4180 CSV, UTF-8, fields separated by `,`, records by LF, with a final
/// newline. A field is quoted when it holds `"`, `,`, CR or LF, and its quotes are doubled.
///
/// Written by hand over UTF-8 bytes: the columns are known and the rules are four, while
/// CSV.swift's writer searched every field through NSString and took 13 % of a 100-release
/// build's profile.
///
/// Safe to open in a spreadsheet (OWASP, "CSV Injection"): a text cell that begins with `=`,
/// `+`, `-`, `@`, a tab or a carriage return is prefixed with a single quote, so it is shown
/// as text and never run as a formula. A cell that is a plain number (`-1234`, `-99.7`) is
/// a number, not a formula, and stays as it is.
public enum CSVText {
    /// The cell as written: neutralised when a spreadsheet would read it as a formula.
    public static func safeCell(_ text: String) -> String {
        readsAsFormula(text) ? "'" + text : text
    }

    /// Whether a spreadsheet would read the cell as a formula. The marks are all ASCII, so the
    /// first byte is asked, not a set of scalars (hashing every cell of every table download).
    private static func readsAsFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return !isPlainNumber(text)
        default: return false
        }
    }

    /// `-1234`, `0`, `-99.7`: an optional minus, digits, and at most one decimal point inside.
    static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }

    public static func make(header: [String], rows: [[String]]) -> String {
        String(decoding: bytes(header: header, rows: rows), as: UTF8.self)
    }

    /// `make`'s bytes, written into one array (a file's, with no string between).
    public static func bytes(header: [String], rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (rows.count + 1))
        append(header, to: &out)
        out.append(0x0A)
        appendSafeRows(rows, to: &out)
        return out
    }

    /// The header's line, its cells as they are.
    public static func headerLine(_ header: [String]) -> [UInt8] {
        var out: [UInt8] = []
        append(header, to: &out)
        out.append(0x0A)
        return out
    }

    /// Rows, each cell made safe and each row ending in a line feed: what follows the header
    /// line, so that the rows of each release can be made apart and joined.
    public static func lines(_ rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * rows.count)
        appendSafeRows(rows, to: &out)
        return out
    }

    /// Rows, each cell made safe (`safeCell`), each ending in a line feed.
    private static func appendSafeRows(_ rows: [[String]], to out: inout [UInt8]) {
        for row in rows {
            for (position, field) in row.enumerated() {
                if position > 0 { out.append(0x2C) }
                appendField(safeCell(field), to: &out)
            }
            out.append(0x0A)
        }
    }

    private static func append(_ row: [String], to out: inout [UInt8]) {
        for (position, field) in row.enumerated() {
            if position > 0 { out.append(0x2C) }
            appendField(field, to: &out)
        }
    }

    private static func appendField(_ field: String, to out: inout [UInt8]) {
        let bytes = field.utf8
        let quoted = { (byte: UInt8) in byte == 0x22 || byte == 0x2C || byte == 0x0D || byte == 0x0A }
        guard bytes.withContiguousStorageIfAvailable({ $0.contains(where: quoted) }) ?? bytes.contains(where: quoted) else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(0x22)
        for byte in bytes {
            if byte == 0x22 { out.append(0x22) }
            out.append(byte)
        }
        out.append(0x22)
    }
}

import CSV
import Foundation

/// Writes rows as RFC 4180 CSV (through CSV.swift), UTF-8, with a final newline.
///
/// Safe to open in a spreadsheet (OWASP, "CSV Injection"): a text cell that begins with `=`,
/// `+`, `-`, `@`, a tab or a carriage return is prefixed with a single quote, so it is shown
/// as text and never run as a formula. A cell that is a plain number (`-1234`, `-99.7`) is
/// a number, not a formula, and stays as it is.
public enum CSVText {
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as written: neutralised when a spreadsheet would read it as a formula.
    public static func safeCell(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(text) else { return text }
        return "'" + text
    }

    /// `-1234`, `0`, `-99.7`: an optional minus, digits, and at most one decimal point inside.
    static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }

    public static func make(header: [String], rows: [[String]]) -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        // Writing to memory cannot fail; a failure here is a programming error.
        let writer = try! CSVWriter(stream: stream)
        try! writer.write(row: header)
        for row in rows { try! writer.write(row: row.map(safeCell)) }
        stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

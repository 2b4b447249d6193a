import CSV
import Foundation

/// Writes rows as RFC 4180 CSV (through CSV.swift), UTF-8, with a final newline.
public enum CSVText {
    public static func make(header: [String], rows: [[String]]) -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        // Writing to memory cannot fail; a failure here is a programming error.
        let writer = try! CSVWriter(stream: stream)
        try! writer.write(row: header)
        for row in rows { try! writer.write(row: row) }
        stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

import Foundation
import SitegenCore

/// A table's rows as JSON objects (column name → cell), byte for byte what `JSONEncoder`
/// writes for `[[String: String]]` pretty-printed with sorted keys and unescaped slashes, but
/// written straight into bytes: the encoder's value tree made table downloads the largest
/// share of JSON work in a build. The key order is the encoder's own (`JSONKeyOrder`); a row
/// shorter than the header has only its first columns (as `zip`).
enum JSONRows {
    static let formatting: JSONEncoder.OutputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]

    static func encode(header: [String], rows: [[String]]) -> [UInt8] {
        guard !rows.isEmpty, rows.allSatisfy({ !$0.isEmpty && !header.isEmpty }), Set(header).count == header.count else {
            return byFoundation(header: header, rows: rows)
        }
        let keys = header.map(JSONString.literal)
        let order = JSONKeyOrder.order(of: header)
        var out: [UInt8] = Array("[\n".utf8)
        for (number, row) in rows.enumerated() {
            out += Array("  {\n".utf8)
            let columns = row.count >= header.count ? order : order.filter { $0 < row.count }
            for (position, column) in columns.enumerated() {
                out += Array("    ".utf8) + keys[column] + Array(" : ".utf8)
                JSONString.append(row[column], to: &out)
                out += Array((position == columns.count - 1 ? "\n" : ",\n").utf8)
            }
            out += Array((number == rows.count - 1 ? "  }\n" : "  },\n").utf8)
        }
        out += Array("]".utf8)
        return out
    }

    static func byFoundation(header: [String], rows: [[String]]) -> [UInt8] {
        let objects = rows.map { row in Dictionary(uniqueKeysWithValues: zip(header, row)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        return [UInt8]((try? encoder.encode(objects)) ?? Data("[]".utf8))
    }
}

import Foundation
import SitegenCore

/// A table's rows as JSON objects (column name → cell), byte for byte what `JSONEncoder`
/// writes for `[[String: String]]` pretty-printed with sorted keys and unescaped slashes, but
/// written straight into bytes: the encoder's value tree made table downloads the largest
/// share of JSON work in a build. The key order is the encoder's own, read from one small
/// object per table; a row shorter than the header has only its first columns (as `zip`).
enum JSONRows {
    static let formatting: JSONEncoder.OutputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]

    static func encode(header: [String], rows: [[String]]) -> [UInt8] {
        guard !rows.isEmpty, rows.allSatisfy({ !$0.isEmpty && !header.isEmpty }), Set(header).count == header.count,
              let rank = keyRanks(header) else {
            return byFoundation(header: header, rows: rows)
        }
        let keys = header.map(JSONString.literal)
        var out: [UInt8] = Array("[\n".utf8)
        for (number, row) in rows.enumerated() {
            out += Array("  {\n".utf8)
            let columns = (0..<min(header.count, row.count)).sorted { rank[$0] < rank[$1] }
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

    /// Each column's place in the encoder's order of keys, or nil when it cannot be read.
    private static func keyRanks(_ header: [String]) -> [Int]? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        guard let data = try? encoder.encode(Dictionary(uniqueKeysWithValues: header.map { ($0, 0) })) else { return nil }
        let text = [UInt8](data)
        var offsets: [Int] = []
        for key in header {
            let needle = Array("\n  ".utf8) + JSONString.literal(key) + Array(" : ".utf8)
            guard let offset = firstRange(of: needle, in: text) else { return nil }
            offsets.append(offset)
        }
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var rank = [Int](repeating: 0, count: header.count)
        for (place, column) in order.enumerated() { rank[column] = place }
        return rank
    }

    private static func firstRange(of needle: [UInt8], in text: [UInt8]) -> Int? {
        guard needle.count <= text.count else { return nil }
        return (0...(text.count - needle.count)).first { start in
            text[start] == needle[0] && text[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    static func byFoundation(header: [String], rows: [[String]]) -> [UInt8] {
        let objects = rows.map { row in Dictionary(uniqueKeysWithValues: zip(header, row)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        return [UInt8]((try? encoder.encode(objects)) ?? Data("[]".utf8))
    }
}

import Foundation
import SitegenText

/// A table's rows as JSON objects (column name → cell), byte for byte what `JSONEncoder`
/// writes for `[[String: String]]` pretty-printed with sorted keys and unescaped slashes, but
/// written straight into bytes: the encoder's value tree made table downloads the largest
/// share of JSON work in a build. The key order is the encoder's own (`JSONKeyOrder`); a row
/// shorter than the header has only its first columns (as `zip`).
enum JSONRows {
    static let formatting: JSONEncoder.OutputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]

    static func encode(header: [String], rows: [[String]]) -> [UInt8] {
        guard !rows.isEmpty, rows.allSatisfy({ !$0.isEmpty && !header.isEmpty }), hasDistinctNames(header) else {
            return byFoundation(header: header, rows: rows)
        }
        // Each key with its ` : `, in the encoder's order (made once per header).
        let layout = JSONKeyOrder.layout(of: header)
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * header.count * 40 + 4)
        out.append(contentsOf: "[\n".utf8)
        for (number, row) in rows.enumerated() {
            out.append(contentsOf: "  {\n".utf8)
            let last = row.count >= header.count ? layout.order.last : layout.order.last { $0 < row.count }
            for column in layout.order where column < row.count {
                out.append(contentsOf: "    ".utf8)
                out.append(contentsOf: layout.names[column])
                JSONString.append(row[column], to: &out)
                out.append(contentsOf: (column == last ? "\n" : ",\n").utf8)
            }
            out.append(contentsOf: (number == rows.count - 1 ? "  }\n" : "  },\n").utf8)
        }
        out.append(contentsOf: "]".utf8)
        return out
    }

    /// Whether no two column names are the same (compared pair by pair: a header has a dozen
    /// names at most, fewer than a set's hashing is worth).
    static func hasDistinctNames(_ header: [String]) -> Bool {
        guard header.count <= 32 else { return Set(header).count == header.count }
        for (position, name) in header.enumerated() where header[..<position].contains(name) { return false }
        return true
    }

    /// `encode` and a final line feed, as a file holds it (appended, not joined into a copy).
    static func file(header: [String], rows: [[String]]) -> [UInt8] {
        var bytes = encode(header: header, rows: rows)
        bytes.append(0x0A)
        return bytes
    }

    static func byFoundation(header: [String], rows: [[String]]) -> [UInt8] {
        let objects = rows.map { row in Dictionary(uniqueKeysWithValues: zip(header, row)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        return [UInt8]((try? encoder.encode(objects)) ?? Data("[]".utf8))
    }
}

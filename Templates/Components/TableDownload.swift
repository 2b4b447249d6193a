import SitegenText
import SitegenSite

/// A table of a page offered as CSV and JSON beside the page, with the numbers as shown.
struct TableDownload {
    /// File name without extension, unique on its page (`table-1`).
    var name: String
    var header: [String]
    var rows: [[String]]

    func files(pagePath: String) -> [OutputFile] {
        let folder = pagePath.hasSuffix("/") ? pagePath : ""
        return [
            OutputFile(path: folder + name + ".csv", bytes: CSVText.bytes(header: header, rows: rows)),
            OutputFile(path: folder + name + ".json", bytes: json()),
        ]
    }

    func links(_ linker: Linker, pagePath: String) -> HTML {
        "<span class=\"downloads\">\(linker.link(pagePath + name + ".csv", "CSV")) · \(linker.link(pagePath + name + ".json", "JSON"))</span>"
    }

    /// The rows as objects of column name → cell and a line feed: what `JSONEncoder` writes
    /// for `[[String: String]]` (pretty, sorted keys, unescaped slashes), written by `PrettyJSON`
    /// with the header's key layout made once a table (the encoder's tree of values made table
    /// downloads the largest share of JSON work in a build). A row shorter than the header has
    /// only its first columns (as `zip`). Two columns of one name in a row would be one key:
    /// a mistake in a page's code, which traps, as making the encoder's dictionary trapped.
    func json() -> [UInt8] {
        var layouts: [Int: JSONKeyOrder.Layout] = [:]
        var json = PrettyJSON(capacity: rows.count * header.count * 40 + 4)
        json.array(count: rows.count) { json, number in
            let row = rows[number]
            let width = min(row.count, header.count)
            let layout = layouts[width] ?? {
                let names = Array(header[..<width])
                precondition(Self.hasDistinctNames(names), "two columns named alike in table download '\(name)': \(names)")
                let layout = JSONKeyOrder.layout(of: names)
                layouts[width] = layout
                return layout
            }()
            json.object(layout) { json, column in json.string(row[column]) }
        }
        return json.line()
    }

    /// Whether no two column names are the same (compared pair by pair: a header has a dozen
    /// names at most, fewer than a set's hashing is worth).
    static func hasDistinctNames(_ header: [String]) -> Bool {
        guard header.count <= 32 else { return Set(header).count == header.count }
        for (position, name) in header.enumerated() where header[..<position].contains(name) { return false }
        return true
    }
}

import SitegenCore

/// The static search index, in many small files, the way Pagefind chunks its index: a query
/// loads only the files its two-letter pieces need (so `혁신파크` finds `서울혁신파크` and
/// `서울` finds `서울은`: character pieces, not words). Every file is a script that hands its
/// data to the search script, so the search also works when the site is opened from disk.
///
/// - `search/index.js` the entry: how many shards, passages a text file (`C`), ids a page
/// - `search/s/<n>.js` a shard: for each of its pieces the number of passages holding it, its
///   slot, the first page of their ids and where each further page starts
/// - `search/p/<n>/<slot>-<page>.js` a further page of one piece's ids
/// - `search/t/<n>.js` passages `n·C ..< (n+1)·C` with their documents (kind, title, path, context)
///
/// Ids are passage numbers (`SearchPassages`), listed ascending, as base-36 differences.
struct SearchIndex {
    let site: SiteContent

    /// Ids in one page of a piece's list; text files hold passages of about this many bytes.
    static let idsPerPage = 512
    static let textFileBytes = 4_000
    /// Shards are added until the first pages average about this many bytes a shard.
    static let shardBytes = 6_000

    var files: [OutputFile] {
        let passages = SearchPassages(site: site)
        var lists: [UInt64: [Int32]] = [:]
        for (id, passage) in passages.passages.enumerated() {
            let letters = SearchText.normalised(passage.text)
            guard letters.count >= 2 else { continue }
            for i in 0..<(letters.count - 1) {
                let piece = UInt64(letters[i]) << 32 | UInt64(letters[i + 1])
                if lists[piece]?.last != Int32(id) { lists[piece, default: []].append(Int32(id)) }
            }
        }
        let firstPageBytes = lists.values.reduce(0) { $0 + min($1.count, Self.idsPerPage) * 3 + 12 }
        var shardCount = 16
        while firstPageBytes / shardCount > Self.shardBytes { shardCount *= 2 }

        var shards = [[(piece: UInt64, ids: [Int32])]](repeating: [], count: shardCount)
        for (piece, ids) in lists {
            shards[SearchText.shard(UInt32(piece >> 32), UInt32(piece & 0xFFFF_FFFF), count: shardCount)].append((piece, ids))
        }
        var files: [OutputFile] = []
        for (number, entries) in shards.enumerated() {
            var parts: [String] = []
            for (slot, entry) in entries.sorted(by: { $0.piece < $1.piece }).enumerated() {
                let pages = stride(from: 0, to: entry.ids.count, by: Self.idsPerPage).map { Array(entry.ids[$0..<min($0 + Self.idsPerPage, entry.ids.count)]) }
                for (page, ids) in pages.enumerated().dropFirst() {
                    let name = "p/\(number)/\(slot)-\(page)"
                    files.append(Self.file(name, data: "\"\(Self.encode(ids))\""))
                }
                let starts = pages.dropFirst().map { String($0[0], radix: 36) }.joined(separator: ",")
                let key = String(String.UnicodeScalarView([UInt32(entry.piece >> 32), UInt32(entry.piece & 0xFFFF_FFFF)].compactMap(Unicode.Scalar.init)))
                parts.append("\(JSONText.string(key)):[\(entry.ids.count),\(slot),\"\(Self.encode(pages[0]))\",\"\(starts)\"]")
            }
            files.append(Self.file("s/\(number)", data: "{" + parts.joined(separator: ",") + "}"))
        }
        let textBytes = passages.passages.reduce(0) { $0 + $1.text.utf8.count + 8 }
        let perFile = max(8, min(128, Self.textFileBytes * passages.passages.count / max(textBytes, 1)))
        for start in stride(from: 0, to: passages.passages.count, by: perFile) {
            let slice = passages.passages[start..<min(start + perFile, passages.passages.count)]
            var local: [Int: Int] = [:]
            var documents: [String] = []
            var texts: [String] = []
            for passage in slice {
                let position = local[passage.document] ?? {
                    let document = passages.documents[passage.document]
                    documents.append("[" + [document.kind, document.title, document.path, document.context].map(JSONText.string).joined(separator: ",") + "]")
                    local[passage.document] = documents.count - 1
                    return documents.count - 1
                }()
                texts.append("[\(position),\(JSONText.string(passage.text))]")
            }
            files.append(Self.file("t/\(start / perFile)", data: "{\"d\":[\(documents.joined(separator: ","))],\"p\":[\(texts.joined(separator: ","))]}"))
        }
        let entry = "{\"shards\":\(shardCount),\"perFile\":\(perFile),\"perPage\":\(Self.idsPerPage),\"passages\":\(passages.passages.count)}"
        files.append(OutputFile(path: SiteMap.searchEntry, text: "window.SITEGEN_SEARCH_ENTRY = \(entry);\n"))
        files.append(OutputFile(path: "assets/search.js", text: SearchScript.source))
        return files
    }

    /// `search/<name>.js`: hands `data` to the search script.
    private static func file(_ name: String, data: String) -> OutputFile {
        OutputFile(path: "search/\(name).js", text: "SITEGEN_SEARCH_GOT(\"\(name)\",\(data));\n")
    }

    /// Ascending ids: the first in base 36, then each as its difference from the one before.
    static func encode(_ ids: [Int32]) -> String {
        var parts: [String] = []
        parts.reserveCapacity(ids.count)
        var previous: Int32 = 0
        for (position, id) in ids.enumerated() {
            parts.append(String(position == 0 ? id : id - previous, radix: 36))
            previous = id
        }
        return parts.joined(separator: ",")
    }
}

/// JSON string literals, safe inside a script too (U+2028 and U+2029 are escaped).
enum JSONText {
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            case "<": result += "\\u003c"
            default:
                if scalar.value < 0x20 {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

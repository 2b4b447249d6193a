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
        let lists = Self.lists(passages.passages)
        let firstPageBytes = lists.values.reduce(0) { $0 + min($1.count, Self.idsPerPage) * 3 + 12 }
        var shardCount = 16
        while firstPageBytes / shardCount > Self.shardBytes { shardCount *= 2 }

        var shards = [[(piece: UInt64, ids: [Int32])]](repeating: [], count: shardCount)
        for (piece, ids) in lists {
            shards[SearchText.shard(UInt32(piece >> 32), UInt32(piece & 0xFFFF_FFFF), count: shardCount)].append((piece, ids))
        }
        let textBytes = passages.passages.reduce(0) { $0 + $1.text.utf8.count + 8 }
        let perFile = max(8, min(128, Self.textFileBytes * passages.passages.count / max(textBytes, 1)))
        var jobs: [() -> [OutputFile]] = shards.enumerated().map { number, entries in { Self.shardFiles(number, entries) } }
        jobs += stride(from: 0, to: passages.passages.count, by: perFile).map { start in
            { [Self.textFile(start / perFile, passages, range: start..<min(start + perFile, passages.passages.count))] }
        }
        var files = StandardTheme.concurrently(jobs).flatMap { $0 }
        let entry = "{\"shards\":\(shardCount),\"perFile\":\(perFile),\"perPage\":\(Self.idsPerPage),\"passages\":\(passages.passages.count)}"
        files.append(OutputFile(path: SiteMap.searchEntry, text: "window.SITEGEN_SEARCH_ENTRY = \(entry);\n"))
        files.append(OutputFile(path: "assets/search.js", text: SearchScript.source))
        return files
    }

    /// Each two-letter piece with the ids of the passages that hold it, ascending (the passages
    /// are read in parts on all cores, and the parts' lists joined in order).
    private static func lists(_ passages: [SearchPassages.Passage]) -> [UInt64: [Int32]] {
        let partSize = max(1, (passages.count + 7) / 8)
        let parts = StandardTheme.concurrently(stride(from: 0, to: passages.count, by: partSize).map { start in
            { () -> [UInt64: [Int32]] in
                var lists: [UInt64: [Int32]] = [:]
                for id in start..<min(start + partSize, passages.count) {
                    let letters = SearchText.normalised(passages[id].text)
                    guard letters.count >= 2 else { continue }
                    for i in 0..<(letters.count - 1) {
                        let piece = UInt64(letters[i]) << 32 | UInt64(letters[i + 1])
                        if lists[piece]?.last != Int32(id) { lists[piece, default: []].append(Int32(id)) }
                    }
                }
                return lists
            }
        })
        var lists: [UInt64: [Int32]] = [:]
        for part in parts {
            for (piece, ids) in part { lists[piece, default: []] += ids }
        }
        return lists
    }

    /// `s/<number>.js` and the further pages of its pieces.
    private static func shardFiles(_ number: Int, _ entries: [(piece: UInt64, ids: [Int32])]) -> [OutputFile] {
        var files: [OutputFile] = []
        var parts: [String] = []
        for (slot, entry) in entries.sorted(by: { $0.piece < $1.piece }).enumerated() {
            let pages = stride(from: 0, to: entry.ids.count, by: idsPerPage).map { Array(entry.ids[$0..<min($0 + idsPerPage, entry.ids.count)]) }
            for (page, ids) in pages.enumerated().dropFirst() {
                let name = "p/\(number)/\(slot)-\(page)"
                files.append(file(name, data: "\"\(encode(ids))\""))
            }
            let starts = pages.dropFirst().map { String($0[0], radix: 36) }.joined(separator: ",")
            let key = String(String.UnicodeScalarView([UInt32(entry.piece >> 32), UInt32(entry.piece & 0xFFFF_FFFF)].compactMap(Unicode.Scalar.init)))
            parts.append("\(JSONText.string(key)):[\(entry.ids.count),\(slot),\"\(encode(pages[0]))\",\"\(starts)\"]")
        }
        files.append(file("s/\(number)", data: "{" + parts.joined(separator: ",") + "}"))
        return files
    }

    /// `t/<number>.js`: the passages of `range` with their documents.
    private static func textFile(_ number: Int, _ passages: SearchPassages, range: Range<Int>) -> OutputFile {
        var local: [Int: Int] = [:]
        var documents: [String] = []
        var texts: [String] = []
        for passage in passages.passages[range] {
            let position = local[passage.document] ?? {
                let document = passages.documents[passage.document]
                documents.append("[" + [document.kind, document.title, document.path, document.context].map(JSONText.string).joined(separator: ",") + "]")
                local[passage.document] = documents.count - 1
                return documents.count - 1
            }()
            texts.append("[\(position),\(JSONText.string(passage.text))]")
        }
        return file("t/\(number)", data: "{\"d\":[\(documents.joined(separator: ","))],\"p\":[\(texts.joined(separator: ","))]}")
    }

    /// `search/<name>.js`: hands `data` to the search script.
    private static func file(_ name: String, data: String) -> OutputFile {
        OutputFile(path: "search/\(name).js", text: "SITEGEN_SEARCH_GOT(\"\(name)\",\(data));\n")
    }

    /// Ascending ids: the first in base 36, then each as its difference from the one before.
    static func encode(_ ids: [Int32]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ids.count * 3)
        var previous: Int32 = 0
        var digits: [UInt8] = []
        for (position, id) in ids.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            var value = UInt32(position == 0 ? id : id - previous)
            previous = id
            digits.removeAll(keepingCapacity: true)
            repeat {
                let digit = UInt8(value % 36)
                digits.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
                value /= 36
            } while value > 0
            bytes += digits.reversed()
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// JSON string literals, safe inside a script too (U+2028 and U+2029 are escaped).
enum JSONText {
    static func string(_ text: String) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(text.utf8.count + 8)
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            switch byte {
            case UInt8(ascii: "\""): bytes += Array(#"\""#.utf8)
            case UInt8(ascii: "\\"): bytes += Array(#"\\"#.utf8)
            case UInt8(ascii: "<"): bytes += Array(#"\u003c"#.utf8)
            case 0x0A: bytes += Array(#"\n"#.utf8)
            case 0x0D: bytes += Array(#"\r"#.utf8)
            case 0x09: bytes += Array(#"\t"#.utf8)
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                bytes += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            case 0xE2 where utf8.count >= 2 && utf8[utf8.startIndex] == 0x80 && (utf8[utf8.startIndex + 1] == 0xA8 || utf8[utf8.startIndex + 1] == 0xA9):
                // U+2028 and U+2029 end a line in a script before ES2019.
                bytes += Array((utf8[utf8.startIndex + 1] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
                utf8 = utf8.dropFirst(2)
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}

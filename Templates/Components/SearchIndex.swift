import Foundation
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
    /// Ids in one page of a piece's list; text files hold passages of about this many bytes.
    static let idsPerPage = 512
    static let textFileBytes = 4_000
    /// Shards are added until the first pages average about this many bytes a shard.
    static let shardBytes = 6_000
    /// The index's files are made by this many jobs of shards and as many of text files, so
    /// that they are written as they are made (the whole index was 114 MB in memory at 600
    /// releases) and on every core.
    static let jobsPerKind = 16

    /// The passages, and each shard's pieces with their ids: what every file of the index is
    /// made from, computed once, on all cores, before the jobs run.
    let passages: SearchPassages
    let shards: [[(piece: UInt64, ids: SearchIdList)]]
    /// Passages in one text file.
    let perFile: Int

    init(site: SiteContent) {
        passages = SearchPassages(site: site)
        let lists = Self.lists(passages)
        let firstPageBytes = lists.values.reduce(0) { $0 + min($1.count, Self.idsPerPage) * 3 + 12 }
        var shardCount = 16
        while firstPageBytes / shardCount > Self.shardBytes { shardCount *= 2 }
        var shards = [[(piece: UInt64, ids: SearchIdList)]](repeating: [], count: shardCount)
        for (piece, ids) in lists {
            shards[SearchText.shard(UInt32(piece >> 32), UInt32(piece & 0xFFFF_FFFF), count: shardCount)].append((piece, ids))
        }
        self.shards = shards
        let textBytes = passages.text.count + 8 * passages.count
        perFile = max(8, min(128, Self.textFileBytes * passages.count / max(textBytes, 1)))
    }

    /// The jobs that write the index: the entry and the script, then shards and text files,
    /// each job taking every `jobsPerKind`-th file. The last of them to end lets the index go
    /// (its passages and lists were 131 MB at 600 releases).
    var jobs: [RenderJob] {
        let shared = Shared(self, uses: 1 + 2 * Self.jobsPerKind)
        var jobs = [RenderJob { shared.use { [$0.entry, OutputFile(path: "assets/search.js", text: SearchScript.source)] } }]
        for part in 0..<Self.jobsPerKind {
            jobs.append(RenderJob {
                shared.use { index in
                    stride(from: part, to: index.shards.count, by: Self.jobsPerKind).flatMap { Self.shardFiles($0, index.shards[$0]) }
                }
            })
            jobs.append(RenderJob {
                shared.use { index in
                    let perFile = index.perFile, count = index.passages.count
                    return stride(from: part * perFile, to: count, by: perFile * Self.jobsPerKind).map { start in
                        Self.textFile(start / perFile, index.passages, range: start..<min(start + perFile, count))
                    }
                }
            })
        }
        return jobs
    }

    /// The index while some job still needs it.
    private final class Shared: @unchecked Sendable {
        private let lock = NSLock()
        private var index: SearchIndex?
        private var uses: Int

        init(_ index: SearchIndex, uses: Int) {
            self.index = index
            self.uses = uses
        }

        func use<T>(_ body: (SearchIndex) -> T) -> T {
            guard let index = lock.withLock({ self.index }) else { preconditionFailure("each job of the index runs once") }
            defer {
                lock.withLock {
                    uses -= 1
                    if uses == 0 { self.index = nil }
                }
            }
            return body(index)
        }
    }

    /// Every file of the index (for tests).
    var files: [OutputFile] {
        get throws { try jobs.flatMap { try $0.make() } }
    }

    /// `search/index.js`: how many shards, passages a text file, ids a page, passages.
    private var entry: OutputFile {
        let entry = "{\"shards\":\(shards.count),\"perFile\":\(perFile),\"perPage\":\(Self.idsPerPage),\"passages\":\(passages.count)}"
        return OutputFile(path: SiteMap.searchEntry, text: "window.SITEGEN_SEARCH_ENTRY = \(entry);\n")
    }

    /// Each two-letter piece with the ids of the passages that hold it, ascending (the passages
    /// are read in parts on all cores, and the parts' lists joined in order).
    private static func lists(_ passages: SearchPassages) -> [UInt64: SearchIdList] {
        let partSize = max(1, (passages.count + 7) / 8)
        let parts = Concurrently.map(stride(from: 0, to: passages.count, by: partSize).map { start in
            { () -> PieceTable in
                var table = PieceTable(capacity: 1 << 16)
                for id in start..<min(start + partSize, passages.count) {
                    let letters = SearchText.normalised(utf8: passages.utf8(id))
                    guard letters.count >= 2 else { continue }
                    for i in 0..<(letters.count - 1) {
                        table.add(Int32(id), to: UInt64(letters[i]) << 32 | UInt64(letters[i + 1]))
                    }
                }
                return table
            }
        })
        var merged = PieceTable(capacity: parts.map(\.count).max() ?? 0)
        for part in parts {
            for (piece, ids) in zip(part.pieces, part.lists) { merged.add(contentsOf: ids, to: piece) }
        }
        var lists: [UInt64: SearchIdList] = [:]
        lists.reserveCapacity(merged.count)
        for (piece, ids) in zip(merged.pieces, merged.lists) { lists[piece] = ids.compacted() }
        return lists
    }

    /// `s/<number>.js` and the further pages of its pieces.
    private static func shardFiles(_ number: Int, _ entries: [(piece: UInt64, ids: SearchIdList)]) -> [OutputFile] {
        var files: [OutputFile] = []
        var parts: [String] = []
        for (slot, entry) in entries.sorted(by: { $0.piece < $1.piece }).enumerated() {
            let ids = entry.ids.ids
            let pages = stride(from: 0, to: ids.count, by: idsPerPage).map { Array(ids[$0..<min($0 + idsPerPage, ids.count)]) }
            for (page, ids) in pages.enumerated().dropFirst() {
                let name = "p/\(number)/\(slot)-\(page)"
                files.append(file(name, data: "\"\(encode(ids))\""))
            }
            let starts = pages.dropFirst().map { String($0[0], radix: 36) }.joined(separator: ",")
            let key = String(String.UnicodeScalarView([UInt32(entry.piece >> 32), UInt32(entry.piece & 0xFFFF_FFFF)].compactMap(Unicode.Scalar.init)))
            parts.append("\(JSONText.string(key)):[\(ids.count),\(slot),\"\(encode(pages[0]))\",\"\(starts)\"]")
        }
        files.append(file("s/\(number)", data: "{" + parts.joined(separator: ",") + "}"))
        return files
    }

    /// `t/<number>.js`: the passages of `range` with their documents.
    private static func textFile(_ number: Int, _ passages: SearchPassages, range: Range<Int>) -> OutputFile {
        // Written straight into bytes: each passage's text is copied once, escaped, into
        // the file (as strings joined, the file was made three times over).
        var local: [Int32: Int] = [:]
        var documents: [UInt8] = []
        var texts: [UInt8] = []
        texts.reserveCapacity(passages.utf8(range.lowerBound).count * range.count * 5 / 4)
        for passage in range {
            let document = passages.documentOf[passage]
            let position = local[document] ?? {
                let shown = passages.documents[Int(document)]
                documents.append(contentsOf: documents.isEmpty ? "[".utf8 : ",[".utf8)
                for (field, text) in [shown.kind, shown.title, shown.path, shown.context].enumerated() {
                    if field > 0 { documents.append(UInt8(ascii: ",")) }
                    JSONText.append(utf8: Array(text.utf8)[...], to: &documents)
                }
                documents.append(UInt8(ascii: "]"))
                local[document] = local.count
                return local.count - 1
            }()
            texts.append(contentsOf: texts.isEmpty ? "[".utf8 : ",[".utf8)
            texts.append(contentsOf: String(position).utf8)
            texts.append(UInt8(ascii: ","))
            JSONText.append(utf8: passages.utf8(passage), to: &texts)
            texts.append(UInt8(ascii: "]"))
        }
        return file("t/\(number)", data: [Array("{\"d\":[".utf8), documents, Array("],\"p\":[".utf8), texts, Array("]}".utf8)])
    }

    /// `search/<name>.js`: hands `data` to the search script.
    private static func file(_ name: String, data: String) -> OutputFile {
        file(name, data: [Array(data.utf8)])
    }

    /// `search/<name>.js` of data in parts, joined once into the file's bytes.
    private static func file(_ name: String, data parts: [[UInt8]]) -> OutputFile {
        var bytes = Array("SITEGEN_SEARCH_GOT(\"\(name)\",".utf8)
        bytes.reserveCapacity(bytes.count + parts.reduce(0) { $0 + $1.count } + 4)
        for part in parts { bytes += part }
        bytes += ");\n".utf8
        return OutputFile(path: "search/\(name).js", bytes: bytes)
    }

    /// Ascending ids: the first in base 36, then each as its difference from the one before.
    static func encode(_ ids: [Int32]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ids.count * 3)
        var previous: Int32 = 0
        for (position, id) in ids.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            let value = UInt32(position == 0 ? id : id - previous)
            previous = id
            var place: UInt32 = 1
            while place <= value / 36 { place *= 36 }
            var rest = value
            repeat {
                let digit = UInt8(rest / place)
                bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
                rest %= place
                place /= 36
            } while place > 0
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// JSON string literals, safe inside a script too (U+2028 and U+2029 are escaped).
enum JSONText {
    static func string(_ text: String) -> String {
        string(utf8: Array(text.utf8)[...])
    }

    static func string(utf8 text: ArraySlice<UInt8>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count + 8)
        append(utf8: text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The literal of `text`, appended to `bytes`.
    static func append(utf8 text: ArraySlice<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        text.withUnsafeBufferPointer { text in
            // Runs of bytes that need no escape are copied whole.
            var run = 0
            var position = 0
            while position < text.count {
                let byte = text[position]
                let escape: String?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = #"\""#
                case UInt8(ascii: "\\"): escape = #"\\"#
                case UInt8(ascii: "<"): escape = #"\u003c"#
                case 0x0A: escape = #"\n"#
                case 0x0D: escape = #"\r"#
                case 0x09: escape = #"\t"#
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2 where position + 2 < text.count && text[position + 1] == 0x80 && (text[position + 2] == 0xA8 || text[position + 2] == 0xA9):
                    // U+2028 and U+2029 end a line in a script before ES2019.
                    escape = text[position + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
                    length = 3
                default:
                    escape = nil
                }
                if let escape {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<position]))
                    bytes += escape.utf8
                    position += length
                    run = position
                } else {
                    position += 1
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

import Foundation
import SitegenText
import SitegenConcurrency
import SitegenSite

/// The static search index, in many small files, the way Pagefind chunks its index: a query
/// loads only the files its two-letter pieces need (so `혁신파크` finds `서울혁신파크` and
/// `서울` finds `서울은`: character pieces, not words). Every file is a script that hands its
/// data to the search script, so the search also works when the site is opened from disk.
/// How large the files are is the `Layout`'s.
///
/// - `search/index.js` the entry: how many shards, passages a text file, where the site-wide
///   passages start and how many a text file of theirs holds
/// - `search/s/<n>.js` a shard: for each of its pieces the number of passages holding it, the
///   last page of their ids (at most `idsPerPage`), and where each earlier file of ids starts
/// - `search/p/<n>/<a>-<b>-<k>.js` the `k`th `idsPerFile` ids of piece `ab` (code points in
///   base 36) before its last page
/// - `search/t/<n>.js` passages with their documents (kind, title, path, context) and the
///   releases those belong to (path and title, said once a file)
///
/// Ids are passage numbers (`SearchPassages`), listed ascending, as base-36 differences. An
/// archive that grows keeps its passage numbers, so a text file or a file of ids stays the
/// same file from build to build: each is keyed by what it holds, and an incremental build
/// carries it over.
package struct SearchIndex {
    /// The kinds of document, in the order the text files name them by number (the search
    /// script holds the list).
    static let kinds = ["세부사업", "부서", "주요업무", "시의회 요구사항", "점검 결과"]
    /// The shard files are made by this many jobs, each taking every `shardJobs`-th shard.
    static let shardJobs = 16

    /// The passages, and each shard's pieces with their ids (by piece): what every file of the
    /// index is made from, computed once, on all cores, before the jobs run.
    let passages: SearchPassages
    let shards: [[(piece: UInt64, ids: SearchIdList)]]
    /// Where the releases' lists are kept for the next build (`KeptLists`).
    private let memo: ReleaseMemo
    let layout: Layout
    /// The host's profile, which says where a result's page is (`HostProfile.address`).
    let profile: HostProfile

    package init(site: SiteContent, layout: Layout = .standard) {
        self.layout = layout
        profile = site.config.profile
        passages = SearchPassages(site: site)
        memo = (site.prepared as? SearchPassages.ReleaseParts)?.memo ?? .none
        let kept = memo.siteBytes(KeptLists.name).flatMap { try? KeptLists(encoded: $0) }
        let lists = Self.lists(passages, kept: kept)
        let lastPageBytes = lists.reduce(0) { $0 + (($1.ids.count - 1) % layout.idsPerPage + 1) * 3 + 12 }
        var shardCount = 16
        while lastPageBytes / shardCount > layout.shardBytes { shardCount *= 2 }
        var shards = [[(piece: UInt64, ids: SearchIdList)]](repeating: [], count: shardCount)
        for (piece, ids) in lists {
            shards[SearchText.shard(UInt32(piece >> 32), UInt32(piece & 0xFFFF_FFFF), count: shardCount)].append((piece, ids))
        }
        self.shards = shards.map { $0.sorted { $0.piece < $1.piece } }
    }

    /// The jobs that write the index: the entry and the script, the shards (made on every
    /// build), then the full pages of ids and the text files, `filesPerJob` consecutive ones a
    /// job keyed by their keys (a job a file was 18,500 jobs at 600 releases, whose records
    /// and carrying cost more than the few files a coarser job makes again). The last job to
    /// be done lets the index go (its passages and lists were 131 MB at 600 releases).
    package var jobs: [RenderJob] {
        // Pages are grouped within one piece's list.
        var pageGroups: [[Page]] = []
        for page in Self.fullPages(shards, layout: layout) {
            if let last = pageGroups.last?.last, last.shard == page.shard, last.entry == page.entry,
               pageGroups[pageGroups.count - 1].count < Self.filesPerJob {
                pageGroups[pageGroups.count - 1].append(page)
            } else {
                pageGroups.append([page])
            }
        }
        let texts = Concurrently.map(stride(from: 0, to: textFileCount, by: 256).map { first in
            { [self] in (first..<min(first + 256, textFileCount)).map(textKey) }
        }).flatMap { $0 }
        let textGroups = stride(from: 0, to: texts.count, by: Self.filesPerJob).map { $0..<min($0 + Self.filesPerJob, texts.count) }
        let shared = Shared(self, jobs: 2 + Self.shardJobs + pageGroups.count + textGroups.count)
        var jobs = [RenderJob(make: { shared.use { [$0.entry, OutputFile(path: "assets/search.js", text: SearchScript.source)] } },
                              finished: shared.done),
                    RenderJob(make: { shared.use { $0.keepLists() }; return [] }, finished: shared.done)]
        for part in 0..<Self.shardJobs {
            jobs.append(RenderJob(make: {
                shared.use { index in stride(from: part, to: index.shards.count, by: Self.shardJobs).map(index.shardFile) }
            }, finished: shared.done))
        }
        for group in pageGroups {
            jobs.append(RenderJob(key: Self.groupKey("search-pages", group.map(\.key)),
                                  make: { shared.use { index in group.map(index.pageFile) } }, finished: shared.done))
        }
        for group in textGroups {
            jobs.append(RenderJob(key: Self.groupKey("search-texts", Array(texts[group])), make: {
                shared.use { index in
                    // The group's passages read once for its files.
                    let window = index.passages.window(index.textRange(group.first!).lowerBound..<index.textRange(group.last!).upperBound)
                    return group.map { index.textFile($0, in: window) }
                }
            }, finished: shared.done))
        }
        return jobs
    }

    /// Files of the index a job makes, when each file could be kept apart.
    static let filesPerJob = 8

    private static func groupKey(_ kind: String, _ keys: [String]) -> String {
        var key = DependencyKey(kind)
        for part in keys { key.add(part) }
        return key.digest
    }

    /// The index until each of its jobs is done, made or carried.
    private final class Shared: @unchecked Sendable {
        private let lock = NSLock()
        private var index: SearchIndex?
        private var left: Int

        init(_ index: SearchIndex, jobs: Int) {
            self.index = index
            self.left = jobs
        }

        func use<T>(_ body: (SearchIndex) -> T) -> T {
            guard let index = lock.withLock({ self.index }) else { preconditionFailure("each job of the index runs once") }
            return body(index)
        }

        func done() {
            lock.withLock {
                left -= 1
                if left == 0 { index = nil }
            }
        }
    }

    /// Every file of the index (for tests).
    var files: [OutputFile] {
        get throws { try jobs.flatMap { try $0.make() } }
    }

    /// `search/index.js`: how many shards, passages a text file, where the site-wide passages
    /// start and how many a text file of theirs holds, passages.
    private var entry: OutputFile {
        let entry = "{\"shards\":\(shards.count),\"perFile\":\(layout.perFile),\"siteWide\":\(siteWideStart),"
            + "\"siteWidePerFile\":\(layout.siteWidePerFile),\"passages\":\(passages.count)}"
        return OutputFile(path: SiteMap.searchEntry, text: "window.SITEGEN_SEARCH_ENTRY = \(entry);\n")
    }

    /// Keeps the releases' lists in the build cache for the next build (`KeptLists`).
    private func keepLists() {
        memo.storeSiteBytes(KeptLists.encoded(passages, lists: shards), name: KeptLists.name)
    }

    /// `s/<number>.js`: for each piece, how many passages hold it, the last page of their ids,
    /// and the first id of every file of ids before it after the first.
    private func shardFile(_ number: Int) -> OutputFile {
        var parts: [String] = []
        for entry in shards[number] {
            let ids = entry.ids.ids
            let head = layout.head(ids.count)
            var starts: [String] = stride(from: layout.idsPerFile, to: head, by: layout.idsPerFile).map { String(ids[$0], radix: 36) }
            if head > 0 { starts.append(String(ids[head], radix: 36)) }
            let last = ids[head...]
            let key = String(String.UnicodeScalarView([UInt32(entry.piece >> 32), UInt32(entry.piece & 0xFFFF_FFFF)].compactMap(Unicode.Scalar.init)))
            parts.append("\(JSONString.scriptLiteral(key)):[\(ids.count),\"\(Self.encode(Array(last)))\",\"\(starts.joined(separator: ","))\"]")
        }
        return Self.file("s/\(number)", data: "{" + parts.joined(separator: ",") + "}")
    }

    /// `search/<name>.js`: hands `data` to the search script.
    static func file(_ name: String, data: String) -> OutputFile {
        file(name, data: [Array(data.utf8)])
    }

    /// `search/<name>.js` of data in parts, joined once into the file's bytes.
    static func file(_ name: String, data parts: [[UInt8]]) -> OutputFile {
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

import Foundation
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenSite
@testable import SitegenSearch
@testable import SitegenTemplates
@testable import SitegenBuild
import XCTest

/// The search index's pieces, read back the way the search script reads them.
final class SearchIndexTests: XCTestCase {
    func testNormalisedKeepsLettersAndDigitsOnly() {
        XCTAssertEqual(SearchText.normalisedString("서울 혁신-파크 (ABC) 2022"), "서울혁신파크abc2022")
        XCTAssertEqual(SearchText.normalisedString("㈜이퓨앤파트너스 컨소시엄(’21. 1.)"), "이퓨앤파트너스컨소시엄211")
        let decomposed = "서울".decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(decomposed.unicodeScalars), Array("서울".unicodeScalars))
        XCTAssertEqual(SearchText.normalisedString(decomposed), "서울", "conjoining jamo are composed")
    }

    func testLongTextIsCutIntoOverlappingPassages() {
        let words = (1...120).map { "낱말\($0)" }
        let text = words.joined(separator: " ")
        let pieces = SearchPassages.pieces(text)
        XCTAssertGreaterThan(pieces.count, 2)
        XCTAssertTrue(pieces.allSatisfy { $0.count <= SearchPassages.passageLength })
        // Any run of three words (at most 17 characters here) is whole in some passage.
        for start in 0..<(words.count - 2) {
            let run = words[start..<(start + 3)].joined(separator: " ")
            XCTAssertTrue(pieces.contains { $0.contains(run) }, run)
        }
        XCTAssertEqual(SearchPassages.pieces("짧은 글"), ["짧은 글"])
        XCTAssertEqual(SearchPassages.pieces(""), [])
    }

    /// Cutting by scalar (fast) gives what cutting by `Character` gives, on every line of the
    /// five reports; text where a mark joins the scalar before it (the OCR noise `는̇ ̇ ̇` of the
    /// 2020 report: a space carrying a dot above) is cut by `Character`.
    func testCuttingByScalarMatchesCuttingByCharacter() throws {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(SearchPassages.isWhitespace(scalar), scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
        let noisy = "보 이 는\u{307} \u{307} \u{307} 민주주의 의제선정"
        XCTAssertFalse(SearchPassages.eachScalarIsACharacter(noisy))
        XCTAssertEqual(SearchPassages.words(noisy), ["보", "이", "는\u{307}", "민주주의", "의제선정"])
        XCTAssertTrue(SearchPassages.eachScalarIsACharacter("□ 서울혁신파크 운영 (’21. 1.) ㈜이퓨 ① 100％"))
        let reports = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content/releases")
        var lines = 0
        for release in try FileManager.default.contentsOfDirectory(atPath: reports.path) {
            let text = try String(contentsOf: reports.appendingPathComponent("\(release)/report.txt"), encoding: .utf8)
            for line in text.split(separator: "\n").map(String.init) where SearchPassages.eachScalarIsACharacter(line) {
                XCTAssertEqual(SearchPassages.words(line), line.split(whereSeparator: { $0.isWhitespace || $0 == "|" }).map(String.init), line)
                XCTAssertEqual(line.plainWords(splittingAlso: UInt8(ascii: "|")), SearchPassages.words(line).joined(separator: " "), line)
                XCTAssertEqual(SearchPassages.pieces(line + " " + line + " " + line), Self.piecesByCharacter(line + " " + line + " " + line), line)
                lines += 1
            }
        }
        XCTAssertGreaterThan(lines, 3_000)
        XCTAssertNil(noisy.plainWords(splittingAlso: UInt8(ascii: "|")))
        XCTAssertNil(noisy.plainScalarStarts)
        let pieces = [" ", "|", "\t", "\u{3000}", "\u{A0}", "\u{85}", "\u{2028}", "\u{200B}", "가", "a", "·", "①", "\u{E000}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(text.plainWords(splittingAlso: UInt8(ascii: "|")), SearchPassages.words(text).joined(separator: " "), text.debugDescription)
            XCTAssertEqual(text.plainScalarStarts, text.isPlainText ? text.unicodeScalars.indices.map { text.utf8.distance(from: text.startIndex, to: $0) } : nil, text.debugDescription)
        }
    }

    /// The cut as it was written first, by `Character`.
    private static func piecesByCharacter(_ text: String) -> [String] {
        let characters = Array(text), length = SearchPassages.passageLength
        guard characters.count > length else { return text.allSatisfy(\.isWhitespace) ? [] : [text] }
        var result: [String] = []
        var start = 0
        while start < characters.count {
            var end = min(start + length, characters.count)
            if end < characters.count, let space = characters[(start + length / 2)..<end].lastIndex(where: \.isWhitespace) { end = space }
            var low = start, high = end
            while low < high, characters[low].isWhitespace { low += 1 }
            while high > low, characters[high - 1].isWhitespace { high -= 1 }
            if low < high { result.append(String(characters[low..<high])) }
            guard end < characters.count else { break }
            var next = max(end - SearchPassages.overlap, start + 1)
            if let space = characters[next..<end].firstIndex(where: \.isWhitespace) { next = space + 1 }
            start = next
        }
        return result
    }

    /// `광진` stands only in the body of the sample's work item (`- 광진·서초·금천, 예산 16억원`).
    func testABodyWordIsFoundThroughItsShardAndText() throws {
        let pages = try SampleSite.pages([SampleSite.release()])
        func data(_ name: String) throws -> Any {
            let text = try XCTUnwrap(pages["search/\(name).js"], name)
            let json = text[text.index(after: try XCTUnwrap(text.firstIndex(of: ",")))..<(try XCTUnwrap(text.range(of: ");", options: .backwards)).lowerBound)]
            return try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        }
        let entry = try XCTUnwrap(pages["search/index.js"])
        let shards = try XCTUnwrap(Int(try XCTUnwrap(entry.firstMatch(of: #/"shards":(\d+)/#)).output.1))
        let perFile = try XCTUnwrap(Int(try XCTUnwrap(entry.firstMatch(of: #/"perFile":(\d+)/#)).output.1))
        let shard = SearchText.shard(Unicode.Scalar("광").value, Unicode.Scalar("진").value, count: shards)
        let lists = try XCTUnwrap(try data("s/\(shard)") as? [String: [Any]])
        let list = try XCTUnwrap(lists["광진"])
        XCTAssertEqual(list[0] as? Int, 1, "one passage holds 광진")
        let id = try XCTUnwrap(Int(try XCTUnwrap(list[1] as? String), radix: 36))
        let siteWide = try XCTUnwrap(Int(try XCTUnwrap(entry.firstMatch(of: #/"siteWide":(\d+)/#)).output.1))
        XCTAssertLessThan(id, siteWide, "a release's passage")
        let file = try XCTUnwrap(try data("t/\(id / perFile)") as? [String: [[Any]]])
        let passage = try XCTUnwrap(file["p"]?[id % perFile])
        XCTAssertEqual(passage[1] as? String, "- 광진·서초·금천, 예산 16억원")
        let document = try XCTUnwrap(file["d"]?[try XCTUnwrap(passage[0] as? Int)])
        XCTAssertTrue(SearchScript.source.contains(#"var kinds = ["세부사업","부서","주요업무","시의회 요구사항","점검 결과"];"#))
        XCTAssertEqual(document[0] as? Int, 2, "주요업무")
        XCTAssertEqual(document[1] as? String, "1. 마을활력소 조성")
        XCTAssertEqual(document[2] as? String, "items/1/", "the path inside its release")
        XCTAssertEqual(document[3] as? String, "", "the context is the release's title and date alone")
        let release = try XCTUnwrap(file["r"]?[try XCTUnwrap(document[4] as? Int)])
        XCTAssertEqual(release[0] as? String, "releases/2022-03-sample/")
        XCTAssertEqual(file["r"]?.count, 1, "each release said once a file")
        // A program's passage that is its title is not written twice; the site-wide passages
        // (the last, programs) are in text files of their own.
        let count = try XCTUnwrap(Int(try XCTUnwrap(entry.firstMatch(of: #/"passages":(\d+)/#)).output.1))
        let siteWidePerFile = try XCTUnwrap(Int(try XCTUnwrap(entry.firstMatch(of: #/"siteWidePerFile":(\d+)/#)).output.1))
        let last = (siteWide + perFile - 1) / perFile + (count - 1 - siteWide) / siteWidePerFile
        let programs = try XCTUnwrap(try data("t/\(last)") as? [String: [[Any]]])
        let program = try XCTUnwrap(programs["d"]?.last)
        XCTAssertEqual(program[0] as? Int, 0, "세부사업")
        XCTAssertEqual(program.count, 4, "no release")
        XCTAssertEqual(programs["p"]?.last?.count, 1, "the passage is the program's name")
        XCTAssertNil(pages["search/index.json"], "one copy of the index")
    }

    /// Any layout's files give back every list and every passage, read as the search script
    /// reads them: a piece's ids from its shard and its files of ids, each file starting where
    /// the shard says; a passage's text and document from the text file `textFileOf` names.
    func testEveryLayoutGivesBackEachListAndPassage() throws {
        let site = SiteContent(releases: try Self.realReleases(copies: 2), config: SiteConfig())
        let tiny = SearchIndex.Layout(perFile: 7, siteWidePerFile: 3, idsPerPage: 16, idsPerFile: 40, shardBytes: 2_000)
        func decode(_ text: String) -> [Int32] {
            var last: Int32 = 0
            return text.split(separator: ",").enumerated().map { last = ($0.offset == 0 ? 0 : last) + Int32($0.element, radix: 36)!; return last }
        }
        // The script's first part of a list starts at 0, each later one at its first id.
        for layout in [SearchIndex.Layout.standard, .small, tiny] {
            let index = SearchIndex(site: site, layout: layout)
            var files: [String: [UInt8]] = [:]
            for file in try index.files { files[file.path] = Array(file.bytes) }
            func data(_ name: String) throws -> Any {
                let text = String(decoding: try XCTUnwrap(files["search/\(name).js"], name), as: UTF8.self)
                let json = text[text.index(after: try XCTUnwrap(text.firstIndex(of: ",")))..<(try XCTUnwrap(text.range(of: ");", options: .backwards)).lowerBound)]
                return try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
            }
            var parts = 0
            for (shard, entries) in index.shards.enumerated() {
                let lists = try XCTUnwrap(try data("s/\(shard)") as? [String: [Any]])
                for entry in entries {
                    let key = String(String.UnicodeScalarView([UInt32(entry.piece >> 32), UInt32(entry.piece & 0xFFFF_FFFF)].compactMap(Unicode.Scalar.init)))
                    let info = try XCTUnwrap(lists[key])
                    let starts = [0] + decodeStarts(try XCTUnwrap(info[2] as? String))
                    var ids: [Int32] = []
                    for number in 0..<(starts.count - 1) {
                        let part = decode(try XCTUnwrap(try data(SearchIndex.pageName(shard, entry.piece, number)) as? String))
                        if number > 0 { XCTAssertEqual(part.first, Int32(starts[number]), "where file \(number) of \(key) starts") }
                        XCTAssertLessThanOrEqual(part.count, layout.idsPerFile)
                        ids += part
                        parts += 1
                    }
                    let last = decode(try XCTUnwrap(info[1] as? String))
                    if starts.count > 1 { XCTAssertEqual(last.first, Int32(starts[starts.count - 1]), "where the last page of \(key) starts") }
                    XCTAssertLessThanOrEqual(last.count, layout.idsPerPage)
                    XCTAssertEqual(ids + last, entry.ids.ids, key)
                    XCTAssertEqual(info[0] as? Int, entry.ids.count)
                }
            }
            XCTAssertEqual(parts, files.keys.filter { $0.hasPrefix("search/p/") }.count, "every file of ids is read")
            if layout == tiny { XCTAssertGreaterThan(parts, 100) }
            let siteWide = index.siteWideStart, releaseFiles = (siteWide + layout.perFile - 1) / layout.perFile
            for id in 0..<index.passages.count {
                let (number, place) = id < siteWide ? (id / layout.perFile, id % layout.perFile)
                    : (releaseFiles + (id - siteWide) / layout.siteWidePerFile, (id - siteWide) % layout.siteWidePerFile)
                let file = try XCTUnwrap(try data("t/\(number)") as? [String: [[Any]]])
                let passage = try XCTUnwrap(file["p"]?[place])
                let document = try XCTUnwrap(file["d"]?[try XCTUnwrap(passage[0] as? Int)])
                let (utf8, _, expected) = index.passages.passage(id)
                XCTAssertEqual(passage.count > 1 ? passage[1] as? String : document[1] as? String, String(decoding: utf8, as: UTF8.self))
                XCTAssertEqual(SearchIndex.kinds[try XCTUnwrap(document[0] as? Int)], expected.kind)
                XCTAssertEqual(document[1] as? String, expected.title)
                let release = document.count > 4 ? try XCTUnwrap(file["r"]?[try XCTUnwrap(document[4] as? Int)]) : nil
                XCTAssertEqual(((release?[0] as? String) ?? "") + (try XCTUnwrap(document[2] as? String)), expected.path)
                let context = try XCTUnwrap(document[3] as? String)
                XCTAssertEqual(release.map { context.isEmpty ? $0[1] as! String : context + " · " + ($0[1] as! String) } ?? context, expected.context)
            }
            XCTAssertEqual(files.keys.filter { $0.hasPrefix("search/t/") }.count, index.textFileCount)
        }
        func decodeStarts(_ text: String) -> [Int] { text.split(separator: ",").map { Int($0, radix: 36)! } }
    }

    /// Read from the highest number down, passages give the order results are listed in:
    /// programs, departments, then the releases newest first, each document's passages in order.
    func testPassagesNumberedSoThatResultsListFromTheHighest() throws {
        let releases = try ContentLoader(contentDirectory: Self.content).loadReleases()
        let site = SiteContent(releases: releases, config: SiteConfig())
        let passages = SearchPassages(site: site)
        let documents = (0..<passages.count).reversed().map { passages.passage($0).shown }
        var listed: [String] = []
        for document in documents where listed.last != document.path { listed.append(document.path) }
        XCTAssertEqual(listed.count, Set(listed).count, "each document's passages are numbered together")
        let programs = site.programs.map { SiteMap.program($0.slug) }
        let departments = site.departmentLineages.map { SiteMap.departmentLineage($0.slug) }
        XCTAssertEqual(Array(listed.prefix(programs.count)), programs)
        XCTAssertEqual(Array(listed.dropFirst(programs.count).prefix(departments.count)), departments)
        let releaseOrder = listed.dropFirst(programs.count + departments.count).map { $0.split(separator: "/")[1] }
        var newestFirst: [Substring] = []
        for id in releaseOrder where newestFirst.last != id { newestFirst.append(id) }
        XCTAssertEqual(newestFirst.map(String.init), site.releases.reversed().map(\.release.id))
        // Within a release: its work items in order, then demands, then findings.
        let newest = try XCTUnwrap(site.releases.last).release
        let items = listed.filter { $0.hasPrefix("releases/\(newest.id)/items/") }
        XCTAssertEqual(items, newest.report.workItems.map { SiteMap.item(newest.id, number: $0.number) })
    }

    /// A newer release leaves the older releases' passage numbers as they were, so the index's
    /// files that hold only those (text files, full pages of ids) keep their keys and bytes,
    /// and an incremental build carries them.
    func testANewerReleaseKeepsTheFilesOfTheOlderOnes() throws {
        // The five reports and copies of them 5, 10 and 15 years on: lists long enough for
        // pages of ids that hold only the older releases' passages.
        let releases = try Self.realReleases(copies: 4)
        func keyed(_ releases: [Release]) throws -> (files: [String: (key: String, bytes: [UInt8])], releasePassages: Int) {
            let index = SearchIndex(site: SiteContent(releases: releases, config: SiteConfig()))
            var files: [String: (key: String, bytes: [UInt8])] = [:]
            for job in index.jobs {
                guard let key = job.key else { continue }
                for file in try job.make() { files[file.path] = (key, Array(file.bytes)) }
            }
            let passages = index.passages
            let releasePassages = (0..<passages.count).first { ["세부사업", "부서"].contains(passages.passage($0).shown.kind) }
            return (files, try XCTUnwrap(releasePassages))
        }
        let before = try keyed(Array(releases.dropLast())), after = try keyed(releases)
        var kept = 0, pages = 0
        for (path, file) in before.files {
            if let later = after.files[path], later.key == file.key {
                XCTAssertEqual(later.bytes, file.bytes, "the same key, the same bytes: \(path)")
            }
            if path.hasPrefix("search/t/"), let number = Int(path.dropFirst("search/t/".count).dropLast(3)),
               (number / SearchIndex.filesPerJob + 1) * SearchIndex.filesPerJob * SearchIndex.Layout.standard.perFile <= before.releasePassages {
                // Its job's files all hold the older releases' passages only.
                XCTAssertEqual(after.files[path]?.key, file.key, path)
                kept += 1
            }
            if path.hasPrefix("search/p/"), after.files[path]?.key == file.key { pages += 1 }
        }
        XCTAssertGreaterThan(kept, 50, "the older releases' text files")
        XCTAssertGreaterThan(pages, 0, "full pages of ids kept")
    }

    private static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")

    /// The five real reports, and `copies - 1` copies of them 5, 10, 15 … years on, in order.
    private static func realReleases(copies: Int) throws -> [Release] {
        let real = try ContentLoader(contentDirectory: content).loadReleases()
        return try (0..<copies).flatMap { copy in
            try real.map { release in
                var later = release
                later.id = "\(copy)-" + release.id
                later.metadata.date = try XCTUnwrap(YearMonth(year: release.metadata.date.year + 5 * copy, month: release.metadata.date.month))
                return later
            }
        }.sorted { ($0.metadata.date, $0.id) < ($1.metadata.date, $1.id) }
    }

    /// The releases' lists the last build kept (`KeptLists`) make the same index as lists cut
    /// anew: when a release is added, when an older release changed (the others' lists are
    /// kept), the oldest, and when the kept bytes are damaged (they are not used).
    func testListsKeptByTheLastBuildMakeTheSameIndex() throws {
        let releases = try Self.realReleases(copies: 3)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kept-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        var keys = Dictionary(uniqueKeysWithValues: releases.map { ($0.id, "key-" + $0.id) })
        func files(_ releases: [Release], cached: Bool) throws -> (files: [String: [UInt8]], reused: Int) {
            let memo = cached ? ReleaseMemo(cache: BuildCache(folder: folder, identity: "test"), contentKeys: keys) : .none
            var site = SiteContent(releases: releases, config: SiteConfig())
            site.contentKeys = keys
            let kept = memo.siteBytes(SearchIndex.KeptLists.name).flatMap { try? SearchIndex.KeptLists(encoded: $0) }
            site.prepared = StandardTheme().prepare(releases, memo: memo)
            let index = SearchIndex(site: site)
            var files: [String: [UInt8]] = [:]
            for job in index.jobs {
                for file in try job.make() { files[file.path] = Array(file.bytes) }
            }
            return (files, kept?.reusable(for: index.passages).reduce(0) { $0 + $1.count } ?? 0)
        }
        func assertSame(_ made: [String: [UInt8]], _ expected: [String: [UInt8]], line: UInt = #line) {
            XCTAssertEqual(Set(made.keys), Set(expected.keys), line: line)
            for (path, bytes) in expected where made[path] != bytes { XCTFail("\(path) differs", line: line) }
        }
        _ = try files(Array(releases.dropLast()), cached: true)
        let added = try files(releases, cached: true)
        XCTAssertGreaterThan(added.reused, 0, "the older releases' lists were read back")
        assertSame(added.files, try files(releases, cached: false).files)
        // An older release changed: the others' lists are kept.
        keys[releases[5].id] = "edited-5"
        let edited = try files(releases, cached: true)
        XCTAssertGreaterThan(edited.reused, 0)
        XCTAssertLessThan(edited.reused, added.reused)
        assertSame(edited.files, try files(releases, cached: false).files)
        keys[releases[0].id] = "edited-0"
        let oldest = try files(releases, cached: true)
        XCTAssertGreaterThan(oldest.reused, edited.reused / 2, "the releases after the oldest")
        assertSame(oldest.files, try files(releases, cached: false).files)
        // Damaged or cut bytes are not used.
        let memo = ReleaseMemo(cache: BuildCache(folder: folder, identity: "test"), contentKeys: keys)
        let bytes = try XCTUnwrap(memo.siteBytes(SearchIndex.KeptLists.name))
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 100)) {
            XCTAssertThrowsError(try SearchIndex.KeptLists(encoded: Array(bytes[..<length])), "\(length) of \(bytes.count) bytes")
        }
        memo.storeSiteBytes(Array(bytes[..<(bytes.count / 2)]), name: SearchIndex.KeptLists.name)
        assertSame(try files(releases, cached: true).files, try files(releases, cached: false).files)
        // Sections swapped: each piece read in a section not its own is refused.
        var kept = try SearchIndex.KeptLists(encoded: bytes)
        let whole = [0..<Int(Int32.max)]
        XCTAssertNoThrow(try kept.tables(section: 0, in: whole))
        kept.sections.swapAt(0, 1)
        XCTAssertThrowsError(try kept.tables(section: 0, in: whole))
        // Bytes with a section left out are refused whole: its pieces would be missing.
        var writer = ModelWriter()
        writer.write(kept.parts) { writer, part in
            writer.write(part.key)
            writer.write(part.count)
        }
        writer.write(Array(kept.sections.dropLast())) { $0.write(bytes: $1) }
        XCTAssertThrowsError(try SearchIndex.KeptLists(encoded: writer.bytes))
        writer = ModelWriter()
        writer.write(kept.parts) { writer, part in
            writer.write(part.key)
            writer.write(part.count)
        }
        writer.write(kept.sections) { $0.write(bytes: $1) }
        XCTAssertNoThrow(try SearchIndex.KeptLists(encoded: writer.bytes), "the same bytes with every section are read")
        // A list is read only when its ids ascend and agree with its count and last id.
        for (count, last, ids, valid) in [(2, 5, [3, 2], true), (2, 3, [3, 0], false), (3, 5, [3, 2], false), (2, 4, [3, 2], false), (1, 200, [0xC8], false)] {
            var writer = ModelWriter()
            writer.write(count)
            writer.write(last)
            writer.write(bytes: ids.map(UInt8.init))
            var reader = ModelReader(writer.bytes)
            XCTAssertEqual((try? SearchIdList(from: &reader)) != nil, valid, "\(count) \(last) \(ids)")
        }
    }

    /// The build cuts each release's passages while it indexes the site (`prepare`); the jobs
    /// make the same files from a site that was not prepared, and take what was.
    func testPreparedAndUnpreparedSitesMakeTheSameFiles() throws {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content")
        let releases = try ContentLoader(contentDirectory: content).loadReleases()
        let site = SiteContent(releases: releases, config: SiteConfig())
        let theme = StandardTheme()
        let unprepared = MemorySink()
        _ = try JobRunner(sink: unprepared).run(theme.jobs(for: site))
        var prepared = site
        prepared.prepared = theme.prepare(releases, memo: .none)
        let sink = MemorySink()
        _ = try JobRunner(sink: sink).run(theme.jobs(for: prepared))
        XCTAssertEqual(sink.files.count, unprepared.files.count)
        XCTAssertEqual(sink.files, unprepared.files)
        XCTAssertTrue((prepared.prepared as? SearchPassages.ReleaseParts)?.take().isEmpty == true, "the index took the parts")
    }

    /// A release's passages kept in the build cache read back as cut; bytes it did not write
    /// whole are refused (and the passages cut anew); the memo makes them once.
    func testReleasePassagesKeptInTheCacheReadBackAsCut() throws {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content")
        let releases = try ContentLoader(contentDirectory: content).loadReleases()
        for release in releases {
            let cut = try XCTUnwrap(SearchPassages.ReleaseParts([release]).take()[release.id]).passages
            let read = try SearchPassages(encoded: cut.encoded)
            XCTAssertEqual(read.text, cut.text)
            XCTAssertEqual(read.ends, cut.ends)
            XCTAssertEqual(read.documentOf, cut.documentOf)
            XCTAssertEqual(read.documents.map { [$0.kind, $0.title, $0.path, $0.context] },
                           cut.documents.map { [$0.kind, $0.title, $0.path, $0.context] })
            let bytes = cut.encoded
            for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 200)) {
                XCTAssertThrowsError(try SearchPassages(encoded: Array(bytes[..<length])))
            }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("memo-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let release = releases[0]
        let memo = ReleaseMemo(cache: BuildCache(folder: folder, identity: "test"), contentKeys: [release.id: "key"])
        var made = 0
        XCTAssertEqual(memo.bytes("kind", release: release.id) { made += 1; return [1, 2, 3] }, [1, 2, 3])
        XCTAssertEqual(memo.bytes("kind", release: release.id) { made += 1; return [] }, [1, 2, 3])
        XCTAssertEqual(made, 1, "kept, not made again")
        // A damaged file in the cache: the parts are cut anew, the same as without a cache.
        let damaged = ReleaseMemo(cache: BuildCache(folder: folder, identity: "test"), contentKeys: [release.id: "other"])
        _ = damaged.bytes(SearchPassages.memoKind, release: release.id) { [0xFF, 0x00] }
        let parts = try XCTUnwrap(SearchPassages.ReleaseParts([release], memo: damaged).take()[release.id]).passages
        XCTAssertEqual(parts.text, try XCTUnwrap(SearchPassages.ReleaseParts([release]).take()[release.id]).passages.text)
    }

    func testScriptLiteralsEscapeWhatAScriptMustNotSee() {
        XCTAssertEqual(JSONString.scriptLiteral("a\"b\\c\n</script>\u{2028}"), #""a\"b\\c\n\u003c/script>\u2028""#)
    }

    private static let pieces = ["서울", "혁신", "파크", " ", "(", ")", "·", "운영", "가", "a", "B", "Z", "1", "\u{301}", "é", "E\u{301}",
                                 "\u{1100}\u{1161}", "①", "Ⅻ", "Ａ", "ß", "İ", "Σ", "ς", "\u{F900}", "\u{2126}", "\u{3005}", "\u{2028}",
                                 "\u{2029}", "\"", "\\", "<", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{7F}", "\u{E2}", "€", "😀", "\u{FFFF}"]

    private static func randomTexts(_ count: Int) -> [String] {
        var generator = SystemRandomNumberGenerator()
        return ["", "가", "\u{2028}", "a\u{2029}", "\u{E2}\u{80}"] + (0..<count).map { _ in
            (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    /// The byte reading against the reading over a `String`'s scalars it stands for, including
    /// text that NFC changes and bytes that are not UTF-8.
    func testNormalisedFromBytesIsNormalisedFromText() {
        for text in Self.randomTexts(30_000) {
            XCTAssertEqual(SearchText.normalised(utf8: Array(text.utf8)[...]), SearchText.normalised(text), text)
        }
        var generator = SystemRandomNumberGenerator()
        let odd: [[UInt8]] = [[0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xEA, 0xB0], [0xFF]]
        for _ in 0..<3_000 {
            let bytes = (0..<Int.random(in: 0...6, using: &generator)).flatMap { _ in
                Bool.random(using: &generator) ? odd.randomElement(using: &generator)! : Array(Self.pieces.randomElement(using: &generator)!.utf8)
            }
            XCTAssertEqual(SearchText.normalised(utf8: bytes[...]), SearchText.normalised(String(decoding: bytes, as: UTF8.self)), "\(bytes)")
        }
    }

    /// Escaping by runs of bytes against escaping byte by byte.
    func testScriptLiteralsAreTheByteByByteEscape() {
        for text in Self.randomTexts(30_000) {
            XCTAssertEqual(JSONString.scriptLiteral(text), Self.escapedByteByByte(text), text)
        }
    }

    private static func escapedByteByByte(_ text: String) -> String {
        var result = "\""
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.popFirst() {
            switch byte {
            case UInt8(ascii: "\""): result += #"\""#
            case UInt8(ascii: "\\"): result += #"\\"#
            case UInt8(ascii: "<"): result += #"\u003c"#
            case 0x0A: result += #"\n"#
            case 0x0D: result += #"\r"#
            case 0x09: result += #"\t"#
            case 0..<0x20: result += String(format: "\\u%04x", byte)
            default:
                if byte == 0xE2, bytes.starts(with: [0x80, 0xA8]) || bytes.starts(with: [0x80, 0xA9]) {
                    result += bytes.dropFirst().first == 0xA8 ? #"\u2028"# : #"\u2029"#
                    bytes = bytes.dropFirst(2)
                } else {
                    result += String(decoding: [byte] + bytes.prefix { $0 & 0xC0 == 0x80 }, as: UTF8.self)
                    bytes = bytes.drop { $0 & 0xC0 == 0x80 }
                }
            }
        }
        return result + "\""
    }

    /// The piece table against a `Dictionary` of the same lists, through many growths.
    func testPieceTableKeepsWhatADictionaryKeeps() {
        var generator = SystemRandomNumberGenerator()
        var table = PieceTable(capacity: 4)
        var expected: [UInt64: [Int32]] = [:]
        var order: [UInt64] = []
        for id in Int32(0)..<3_000 {
            for _ in 0..<Int.random(in: 0...20, using: &generator) {
                let piece = UInt64.random(in: 0x30...0x30 + 40, using: &generator) << 32 | UInt64.random(in: 0xAC00...0xAC00 + 400, using: &generator)
                table.add(id, to: piece)
                if expected[piece] == nil { order.append(piece) }
                if expected[piece, default: []].last != id { expected[piece, default: []].append(id) }
            }
        }
        XCTAssertEqual(table.pieces, order, "pieces in the order first added")
        XCTAssertEqual(table.count, expected.count)
        for (piece, ids) in zip(table.pieces, table.lists) {
            XCTAssertEqual(ids.ids, expected[piece])
        }
        var joined = PieceTable()
        joined.add(contentsOf: table.lists[0], to: table.pieces[0])
        var later = SearchIdList()
        later.append(5_000)
        joined.add(contentsOf: later, to: table.pieces[0])
        XCTAssertEqual(joined.lists[0].ids, expected[table.pieces[0]]! + [5_000])
    }

    /// Ids as base-36 differences, against `String(_:radix:)`.
    func testIdsAreEncodedAsBase36Differences() {
        XCTAssertEqual(SearchIndex.encode([]), "")
        XCTAssertEqual(SearchIndex.encode([0, 35, 36, 72, 1367, 1368]), "0,z,1,10,zz,1")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let scales: [Int32] = [1, 36, 1_296, 46_656, 1_679_616]
            var ids: [Int32] = []
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                let step = Int32.random(in: 1...scales.randomElement(using: &generator)!, using: &generator)
                ids.append((ids.last ?? -1) + step)
            }
            var expected: [String] = []
            for (position, id) in ids.enumerated() {
                expected.append(String(position == 0 ? id : id - ids[position - 1], radix: 36))
            }
            XCTAssertEqual(SearchIndex.encode(ids), expected.joined(separator: ","))
        }
    }
}

import Foundation
import SitegenText
import SitegenConcurrency
import SitegenContent
import SitegenSite

/// What the search finds: documents (a program, a department, a work item, a council demand,
/// a finding), each cut into short passages, so that a result can show the passage that
/// matched.
///
/// Passages are numbered so that a growing archive keeps its numbers, and the index's files
/// with them (`SearchIndex`): the releases oldest first, then the departments and programs,
/// which change with every release, last. The search walks the numbers downwards, so each part
/// is numbered backwards: results are listed programs first, then departments, then the
/// releases newest first (work items with their bodies, demands with their actions, findings).
package struct SearchPassages {
    struct Document {
        var kind: String
        var title: String
        var path: String
        var context: String
        /// A release's document: the release's path and what its context ends with (the
        /// release's title and date), which the text files say once for all its documents.
        var release: (path: String, from: String)? = nil
    }

    private(set) var documents: [Document] = []
    /// A part's passages' text, UTF-8, one after another (one buffer instead of thousands of
    /// strings); `ends[n]` is where passage `n` ends, `documentOf[n]` its document.
    private(set) var text: [UInt8] = []
    private(set) var ends: [Int] = []
    private(set) var documentOf: [Int32] = []

    /// The site's passages (`init(site:)`) are its parts' as they were cut, each read backwards
    /// in place, not copied into one buffer: the copy was as large again as the parts (108 MB
    /// of text at 2,400 releases) while it was made, and was held through the search's jobs.
    /// A release's part is read back from the build cache where it is used (`Part`).
    /// The non-empty parts, and the first passage and first document of each.
    private(set) var held: [Part] = []
    private(set) var heldStarts: [Int] = []
    private(set) var heldDocumentStarts: [Int32] = []
    private var heldCount = 0
    private var documentCount = 0

    var count: Int { held.isEmpty ? ends.count : heldCount }

    /// The parts of the numbering in order, each release's passages and then the site-wide
    /// ones, with what a part's passages are made from: a release's content key (they are cut
    /// from the release alone, which the build cache's memo relies on too), or nil.
    private(set) var parts: [(passages: Range<Int>, key: String?)] = []

    /// The UTF-8 of passage `local` of a part as it was cut.
    func ownUTF8(_ local: Int) -> ArraySlice<UInt8> {
        text[(local == 0 ? 0 : ends[local - 1])..<ends[local]]
    }

    /// Passages hold at most this many characters; longer text is cut at spaces, each piece
    /// repeating the last words of the one before, so that a short query cut in two by the
    /// split is still found whole in the next piece.
    static let passageLength = 160
    static let overlap = 24

    init(site: SiteContent) {
        // Each release's passages are cut on all cores (while the site was indexed, when the
        // build prepared them: `ReleaseParts`), then numbered in order.
        let prepared = (site.prepared as? ReleaseParts)?.take() ?? [:]
        let releases = Concurrently.map(site.releases.map { index in
            { prepared[index.release.id] ?? Part(held: Self(release: index.release)) }
        })
        var sitewide = Self()
        for program in site.programs {
            let releases = program.releases.map { site.releases[$0].release.metadata.date.description }
            sitewide.add(Document(kind: "세부사업", title: program.names[0], path: SiteMap.program(program.slug),
                                  context: "보고서 \(releases.count)건 (\(releases.first ?? "")–\(releases.last ?? ""))"),
                         texts: [program.names.joined(separator: " · ")])
        }
        for lineage in site.departmentLineages {
            let names = Array(Set(lineage.appearances.map(\.name))).sorted()
            sitewide.add(Document(kind: "부서", title: lineage.name, path: SiteMap.departmentLineage(lineage.slug),
                                  context: "보고서 \(lineage.appearances.count)건"), texts: [names.joined(separator: " · ")])
        }
        let keys = site.releases.map { site.contentKeys[$0.release.id] } + [nil]
        let parts = releases + [Part(held: sitewide)]
        for (part, key) in zip(parts, keys) {
            let start = count
            hold(part)
            self.parts.append((start..<count, key))
        }
    }

    private init() {}

    /// Numbers `part`'s passages next, last first (see the numbering above), and its
    /// documents after the parts' before it.
    private mutating func hold(_ part: Part) {
        let documentOffset = Int32(documentCount)
        documentCount += part.documentCount
        guard part.count > 0 else { return }
        heldStarts.append(heldCount)
        heldDocumentStarts.append(documentOffset)
        heldCount += part.count
        held.append(part)
    }

    /// Each release's passages by release id, cut on all cores: what the theme prepares
    /// (`SiteTheme.prepare`) while the build indexes the site.
    /// The index takes them (`take`), so that they are not held, with the site every job
    /// holds, to the end of the build (40 MB at 600 releases). Parts the memo keeps in the
    /// build cache are not held at all: read back when the index uses them.
    package final class ReleaseParts: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String: Part]
        /// Where the index keeps the lists of the releases' passages for the next build.
        let memo: ReleaseMemo

        /// Each release's passages as `memo` kept them from the last build, or cut anew (and
        /// kept for the next).
        package init(_ releases: [Release], memo: ReleaseMemo = .none) {
            self.memo = memo
            let cut = Concurrently.map(releases.map { release in {
                let read = {
                    memo.value(SearchPassages.memoKind, release: release.id, make: { SearchPassages(release: release) },
                               encode: \.encoded, decode: SearchPassages.init(encoded:))
                }
                let passages = read()
                guard memo.keeps(release: release.id) else { return Part(held: passages) }
                return Part(count: passages.count, documentCount: passages.documents.count, read: read)
            } })
            parts = Dictionary(zip(releases.map(\.id), cut), uniquingKeysWith: { first, _ in first })
        }

        func take() -> [String: Part] {
            lock.withLock {
                defer { parts = [:] }
                return parts
            }
        }
    }

    /// The name of a release's passages in the build cache (`ReleaseMemo`).
    static let memoKind = "search-passages-2"

    /// The passages as bytes, for the build cache: what `init(encoded:)` reads.
    var encoded: [UInt8] {
        var writer = ModelWriter(capacity: text.count + 8 * ends.count + 256 * documents.count)
        writer.write(documents) { writer, document in
            for field in [document.kind, document.title, document.path, document.context] { writer.write(field) }
            writer.write(document.release.map { [$0.path, $0.from] } ?? []) { $0.write($1) }
        }
        writer.write(bytes: text)
        writer.write(ends) { $0.write($1) }
        writer.write(documentOf) { $0.write(Int($1)) }
        return writer.bytes
    }

    /// Passages as `encoded` wrote them; throws on bytes it did not write whole.
    init(encoded: [UInt8]) throws {
        var reader = ModelReader(encoded)
        documents = try reader.array { reader in
            var document = Document(kind: try reader.string(), title: try reader.string(), path: try reader.string(), context: try reader.string())
            let release = try reader.array { try $0.string() }
            guard release.isEmpty || release.count == 2 else { throw ModelReader.Malformed() }
            if release.count == 2 { document.release = (release[0], release[1]) }
            return document
        }
        text = try reader.byteArray()
        ends = try reader.array { try $0.int() }
        documentOf = try reader.array { Int32(truncatingIfNeeded: try $0.int()) }
        guard reader.isAtEnd, ends.count == documentOf.count, (ends.last ?? 0) == text.count, (ends.first ?? 0) >= 0,
              zip(ends, ends.dropFirst()).allSatisfy({ $0 <= $1 }), documentOf.allSatisfy({ (0..<Int32(documents.count)).contains($0) }),
              String(validating: text, as: UTF8.self) != nil
        else { throw ModelReader.Malformed() }
    }

    /// One release's passages: work items with their bodies, demands with their actions,
    /// findings.
    private init(release: Release) {
        let from = "\(release.metadata.title) · \(release.metadata.date.label)"
        let of = (path: SiteMap.release(release.id), from: from)
        for item in release.report.workItems {
            add(Document(kind: "주요업무", title: "\(item.number). \(item.title)", path: SiteMap.item(release.id, number: item.number),
                         context: from, release: of),
                texts: [item.title] + Self.paragraphs(item.body))
        }
        for demand in release.report.audit?.items ?? [] {
            let title = demand.demand.count > 90 ? String(demand.demand.prefix(89)) + "…" : demand.demand
            add(Document(kind: "시의회 요구사항", title: title, path: SiteMap.audit(release.id) + "#demand-\(demand.number)",
                         context: "\(demand.status.rawValue) · \(demand.departments.joined(separator: ", ")) · \(from)", release: of),
                texts: [demand.demand] + demand.actions)
        }
        for (position, finding) in release.report.findings.enumerated() {
            add(Document(kind: "점검 결과", title: "\(finding.kind.label) · \(finding.line)행",
                         path: SiteMap.finding(release.id, number: position + 1), context: from, release: of),
                texts: [finding.message])
        }
    }

    private mutating func add(_ document: Document, texts: [String]) {
        documents.append(document)
        for text in texts {
            for piece in Self.pieces(text) {
                self.text += piece.utf8
                ends.append(self.text.count)
                documentOf.append(Int32(documents.count - 1))
            }
        }
    }

    /// A body as printed, in paragraphs: wrapped lines joined, a new paragraph at a blank line
    /// or a line that opens with a mark (`□ ○ - ※ 1.` …); table rows one a paragraph.
    static func paragraphs(_ body: [String]) -> [String] {
        var result: [String] = []
        var current: [String] = []
        func close() {
            if !current.isEmpty { result.append(current.joined(separator: " ")) }
            current = []
        }
        for line in body {
            let words = line.plainWords(splittingAlso: UInt8(ascii: "|")) ?? Self.words(line).joined(separator: " ")
            guard let first = words.unicodeScalars.first else { close(); continue }
            if line.has("\t") || line.has("|") {
                close()
                result.append(words)
                continue
            }
            if !first.properties.isAlphabetic || first.properties.numericType != nil { close() }
            current.append(words)
        }
        close()
        return result
    }

    /// The words of a line: split at whitespace characters and at `|`.
    static func words(_ line: String) -> [String] {
        guard Self.eachScalarIsACharacter(line) else {
            return line.split(whereSeparator: { $0.isWhitespace || $0 == "|" }).map(String.init)
        }
        return line.unicodeScalars.split(whereSeparator: { isWhitespace($0) || $0 == "|" }).map { String($0) }
    }

    /// The text cut at spaces into pieces of at most `passageLength` characters (a word longer
    /// than that is cut where it must), consecutive pieces overlapping by about `overlap`.
    static func pieces(_ text: String) -> [String] {
        // Cut by scalar where every scalar is a character, each scalar known by where its bytes
        // start (an array of the scalars and one of their string indices cost as much as the
        // cutting; asking plainness apart read the text twice).
        if let starts = text.plainScalarStarts {
            var text = text
            return text.withUTF8 { bytes in
                pieces(starts, isWhitespace: { UTF8Whitespace.width(bytes, at: $0) > 0 }) { scalars in
                    let end = scalars.endIndex < starts.count ? starts[scalars.endIndex] : bytes.count
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[scalars.startIndex]..<end]), as: UTF8.self)
                }
            }
        }
        return pieces(Array(text), isWhitespace: \.isWhitespace) { String($0) }
    }

    private static func pieces<Unit>(_ units: [Unit], isWhitespace: (Unit) -> Bool, string: (ArraySlice<Unit>) -> String) -> [String] {
        guard units.count > passageLength else { return units.allSatisfy(isWhitespace) ? [] : [string(units[...])] }
        var result: [String] = []
        var start = 0
        while start < units.count {
            var end = min(start + passageLength, units.count)
            if end < units.count, let space = units[(start + passageLength / 2)..<end].lastIndex(where: isWhitespace) {
                end = space
            }
            var low = start
            var high = end
            while low < high, isWhitespace(units[low]) { low += 1 }
            while high > low, isWhitespace(units[high - 1]) { high -= 1 }
            if low < high { result.append(string(units[low..<high])) }
            guard end < units.count else { break }
            var next = max(end - overlap, start + 1)
            if let space = units[next..<end].firstIndex(where: isWhitespace) { next = space + 1 }
            start = next
        }
        return result
    }

    /// Unicode's White_Space (what `Character.isWhitespace` asks of a character's first
    /// scalar), without a property lookup for ASCII or above U+3000, the last White_Space
    /// scalar (Hangul is all above it).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80: return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
        case 0x3001...: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// Whether every character of the text is one Unicode scalar, so that it can be cut by
    /// scalar with the same result as by `Character` (grapheme breaking was most of the search
    /// index's time): the parser's own test, `String.isPlainText`.
    static func eachScalarIsACharacter(_ text: String) -> Bool {
        text.isPlainText
    }
}

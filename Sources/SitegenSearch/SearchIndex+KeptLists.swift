import SitegenText

/// The pieces' lists of the releases' passages, kept in the build cache for the next build
/// (`ReleaseMemo.siteBytes`). The releases' passages are numbered first, oldest release first,
/// each release's cut from the release alone (`SearchPassages`): while the releases before a
/// passage are the same, it keeps its number, and the lists of their passages are the same. A
/// build that adds a release reads the others' lists back instead of cutting 33 MB of passages
/// into pieces again (0.4 s of the two cores at 600 releases); it cuts the new release's
/// passages and the site-wide ones.
extension SearchIndex {
    struct KeptLists {
        static let name = "search-lists"

        /// The releases the lists were made from, in order: content key and passage count.
        private(set) var parts: [(key: String, count: Int)] = []
        /// The pieces with their lists, in sections that are read on all cores when they are
        /// used (read on one core, they were the longest task of the index).
        var sections: [[UInt8]] = []
        static let sectionCount = 8

        /// The lists of `lists` (every piece of the site) that hold the releases' passages of
        /// `passages`, as bytes.
        static func encoded(_ passages: SearchPassages, lists: [[(piece: UInt64, ids: SearchIdList)]]) -> [UInt8] {
            let releases = passages.parts.prefix { $0.key != nil }
            let bound = Int32(releases.last?.passages.upperBound ?? 0)
            var writer = ModelWriter(capacity: 16 << 20)
            writer.write(releases.compactMap { part in part.key.map { ($0, part.passages.count) } }) { writer, part in
                writer.write(part.0)
                writer.write(part.1)
            }
            var sections = (0..<sectionCount).map { _ in [(piece: UInt64, ids: SearchIdList)]() }
            for shard in lists {
                for entry in shard where (entry.ids.first ?? bound) < bound {
                    sections[Int(entry.piece % UInt64(sectionCount))].append((entry.piece, entry.ids.prefix(below: bound)))
                }
            }
            writer.write(sections) { writer, section in
                var bytes = ModelWriter(capacity: 2 << 20)
                bytes.write(section) { writer, entry in
                    writer.write(Int(entry.piece))
                    entry.ids.write(to: &writer)
                }
                writer.write(bytes: bytes.bytes)
            }
            return writer.bytes
        }

        /// Reads the releases the bytes were made from; throws on bytes `encoded` did not write.
        init(encoded: [UInt8]) throws {
            var reader = ModelReader(encoded)
            parts = try reader.array { reader in (try reader.string(), try reader.int()) }
            guard parts.allSatisfy({ !$0.key.isEmpty && $0.count >= 0 }) else { throw ModelReader.Malformed() }
            sections = try reader.array { try $0.byteArray() }
            // Every section, or the pieces of a missing one would be missing from the lists.
            guard reader.isAtEnd, sections.count == Self.sectionCount else { throw ModelReader.Malformed() }
        }

        /// The ranges of `passages`' passages whose lists these hold, ascending: those of the
        /// releases that are the same in both (content key and passage count), as long as the
        /// releases before them have as many passages in both (so that they are numbered alike).
        /// An edited release leaves the releases after it reusable.
        func reusable(for passages: SearchPassages) -> [Range<Int>] {
            var ranges: [Range<Int>] = []
            for (kept, part) in zip(parts, passages.parts) {
                guard let key = part.key, part.passages.count == kept.count else { break }
                guard key == kept.key, !part.passages.isEmpty else { continue }
                if let last = ranges.last, last.upperBound == part.passages.lowerBound {
                    ranges[ranges.count - 1] = last.lowerBound..<part.passages.upperBound
                } else {
                    ranges.append(part.passages)
                }
            }
            return ranges
        }

        /// The ids of section `section`'s lists in each of `ranges` (which `reusable` gave), a
        /// table a range; throws on bytes `encoded` did not write (a piece twice, ids that do
        /// not ascend or lie beyond the releases). Sections hold different pieces.
        func tables(section: Int, in ranges: [Range<Int>]) throws -> [PieceTable] {
            var reader = ModelReader(sections[section])
            let total = parts.reduce(0) { $0 + $1.count }
            var tables = ranges.map { _ in PieceTable(capacity: 1 << 16) }
            let count = try reader.int()
            guard count >= 0 else { throw ModelReader.Malformed() }
            for _ in 0..<count {
                let piece = UInt64(bitPattern: Int64(try reader.int()))
                let ids = try SearchIdList(from: &reader)
                guard piece != 0, piece % UInt64(Self.sectionCount) == UInt64(section), Int(ids.last) < total else {
                    throw ModelReader.Malformed()
                }
                for (range, list) in zip(ranges.indices, Self.split(ids, into: ranges)) where list.count > 0 {
                    let before = tables[range].count
                    tables[range].add(contentsOf: list, to: piece)
                    guard tables[range].count == before + 1 else { throw ModelReader.Malformed() }
                }
            }
            guard reader.isAtEnd else { throw ModelReader.Malformed() }
            return tables
        }

        /// The ids of `list` in each of `ranges` (ascending, apart); one range from 0 is the
        /// list's first ids, taken whole.
        private static func split(_ list: SearchIdList, into ranges: [Range<Int>]) -> [SearchIdList] {
            if ranges.count == 1, ranges[0].lowerBound == 0 { return [list.prefix(below: Int32(ranges[0].upperBound))] }
            var lists = ranges.map { _ in SearchIdList() }
            var range = 0
            for id in list.ids {
                while range < ranges.count, ranges[range].upperBound <= Int(id) { range += 1 }
                guard range < ranges.count else { break }
                if ranges[range].contains(Int(id)) { lists[range].append(id) }
            }
            return lists
        }
    }
}

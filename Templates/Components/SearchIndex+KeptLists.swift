import SitegenCore

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
        /// The rest of the bytes: the pieces with their lists, read when they are used.
        private var body: ModelReader

        /// The lists of `lists` (every piece of the site) that hold the releases' passages of
        /// `passages`, as bytes.
        static func encoded(_ passages: SearchPassages, lists: [[(piece: UInt64, ids: SearchIdList)]]) -> [UInt8] {
            let releases = passages.parts.prefix { $0.key != nil }
            let bound = Int32(releases.last?.passages.upperBound ?? 0)
            var writer = ModelWriter(capacity: 16 << 20)
            writer.write(Array(releases)) { writer, part in
                writer.write(part.key ?? "")
                writer.write(part.passages.count)
            }
            var kept: [(piece: UInt64, ids: SearchIdList)] = []
            for shard in lists {
                for entry in shard where (entry.ids.first ?? bound) < bound {
                    kept.append((entry.piece, entry.ids.prefix(below: bound)))
                }
            }
            writer.write(kept) { writer, entry in
                writer.write(Int(entry.piece))
                entry.ids.write(to: &writer)
            }
            return writer.bytes
        }

        /// Reads the releases the bytes were made from; throws on bytes `encoded` did not write.
        init(encoded: [UInt8]) throws {
            var reader = ModelReader(encoded)
            parts = try reader.array { reader in (try reader.string(), try reader.int()) }
            guard parts.allSatisfy({ !$0.key.isEmpty && $0.count >= 0 }) else { throw ModelReader.Malformed() }
            body = reader
        }

        /// How many of `passages`' passages, from the first, these lists hold: those of the
        /// leading releases that are the same in both (content key and passage count).
        func reusable(for passages: SearchPassages) -> Int {
            var reused = 0
            for (kept, part) in zip(parts, passages.parts) {
                guard let key = part.key, key == kept.key, part.passages.count == kept.count else { break }
                reused = part.passages.upperBound
            }
            return reused
        }

        /// The lists' ids below `bound` (which `reusable` gave) as a table; throws on bytes
        /// `encoded` did not write (a piece twice, ids that do not ascend or lie beyond the
        /// releases).
        func table(below bound: Int32) throws -> PieceTable {
            var reader = body
            let total = parts.reduce(0) { $0 + $1.count }
            var table = PieceTable(capacity: 1 << 17)
            let count = try reader.int()
            guard count >= 0 else { throw ModelReader.Malformed() }
            for _ in 0..<count {
                let piece = UInt64(bitPattern: Int64(try reader.int()))
                let ids = try SearchIdList(from: &reader)
                guard piece != 0, Int(ids.last) < total else { throw ModelReader.Malformed() }
                let kept = ids.prefix(below: bound)
                guard kept.count > 0 else { continue }
                let before = table.count
                table.add(contentsOf: kept, to: piece)
                guard table.count == before + 1 else { throw ModelReader.Malformed() }
            }
            guard reader.isAtEnd else { throw ModelReader.Malformed() }
            return table
        }
    }
}

import SitegenText
import SitegenConcurrency

/// The index's lists: each two-letter piece with the passages that hold it.
extension SearchIndex {
    /// Each two-letter piece with the ids of the passages that hold it, ascending. The
    /// passages are cut into pieces in parts on all cores, but those whose lists the last
    /// build kept (`KeptLists`), which are read back meanwhile; then the parts are `joined`.
    static func lists(_ passages: SearchPassages, kept: KeptLists?) -> [(piece: UInt64, ids: SearchIdList)] {
        let reused = kept?.reusable(for: passages) ?? []
        // The passages to cut: around and after the reused ranges, in parts of about an eighth.
        var cut: [Range<Int>] = []
        var next = 0
        for range in reused + [passages.count..<passages.count] {
            if next < range.lowerBound { cut.append(next..<range.lowerBound) }
            next = range.upperBound
        }
        let partSize = max(1, (cut.reduce(0) { $0 + $1.count } + 7) / 8)
        cut = cut.flatMap { range in stride(from: range.lowerBound, to: range.upperBound, by: partSize).map { $0..<min($0 + partSize, range.upperBound) } }
        // Each task gives tables with the passages they hold: a kept section's a table a reused
        // range, a cut part's one.
        var work: [() -> [(passages: Range<Int>, table: PieceTable)]?] = []
        if let kept, !reused.isEmpty {
            work += kept.sections.indices.map { section in
                { (try? kept.tables(section: section, in: reused)).map { Array(zip(reused, $0)) } }
            }
        }
        work += cut.map { range in { [(range, table(of: passages, range))] } }
        let made = Concurrently.map(work)
        // Kept lists that cannot be read are made again.
        guard !made.contains(where: { $0 == nil }) else { return lists(passages, kept: nil) }
        // The tables in the order of their passages (a piece is in one kept section only, so
        // the sections' tables of one range may come in any order).
        return joined(made.flatMap { $0! }.sorted { $0.passages.lowerBound < $1.passages.lowerBound }.map(\.table))
    }

    /// The pieces of passages `range`, each with the ids of the passages that hold it.
    private static func table(of passages: SearchPassages, _ range: Range<Int>) -> PieceTable {
        var table = PieceTable(capacity: 1 << 16)
        passages.forEach(in: range) { id, utf8 in
            let letters = SearchText.normalised(utf8: utf8)
            guard letters.count >= 2 else { return }
            for i in 0..<(letters.count - 1) {
                table.add(Int32(id), to: UInt64(letters[i]) << 32 | UInt64(letters[i + 1]))
            }
        }
        return table
    }

    /// The lists of `parts` (tables of passages in ascending order) joined piece by piece, on
    /// all cores, each core joining the pieces of its own groups (joined on one core, this was
    /// 0.15 s of an incremental build at 600 releases, with the other core idle).
    private static func joined(_ parts: [PieceTable]) -> [(piece: UInt64, ids: SearchIdList)] {
        let groups = 8
        func group(_ piece: UInt64) -> Int { Int(truncatingIfNeeded: (piece &* 0x9E37_79B9_7F4A_7C15) >> 61) }
        return Concurrently.map((0..<groups).map { number in
            { () -> [(piece: UInt64, ids: SearchIdList)] in
                var merged = PieceTable(capacity: (parts.map(\.count).max() ?? 0) / groups)
                for part in parts {
                    for (piece, ids) in zip(part.pieces, part.lists) where group(piece) == number {
                        merged.add(contentsOf: ids, to: piece)
                    }
                }
                return zip(merged.pieces, merged.lists).map { ($0, $1.compacted()) }
            }
        }).flatMap { $0 }
    }
}

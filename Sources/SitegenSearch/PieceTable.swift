/// The search index's two-letter pieces, each with the list of passages holding it: an open
/// addressing table keyed by the piece's two code points. A 600-release site's passages hold
/// 50 million pieces; `Dictionary` hashed each through SipHash, a third of making the lists.
/// A piece is never 0 (its letters are code points of letters and digits), which marks a
/// free slot.
struct PieceTable {
    private var keys: [UInt64]
    private var slots: [Int32]
    private var mask: Int
    /// The top bits of the key times a large odd number choose its first slot.
    private var shift: UInt64
    private(set) var pieces: [UInt64] = []
    private(set) var lists: [SearchIdList] = []

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    var count: Int { pieces.count }

    /// The position of `piece` in `pieces` and `lists`, added with an empty list if new.
    mutating func position(of piece: UInt64) -> Int {
        precondition(piece != 0, "a piece has two letters")
        var slot = Int(truncatingIfNeeded: (piece &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let key = keys[slot]
            if key == piece { return Int(slots[slot]) }
            if key == 0 { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = piece
        slots[slot] = Int32(pieces.count)
        pieces.append(piece)
        lists.append(SearchIdList())
        if pieces.count * 2 > keys.count { grow() }
        return pieces.count - 1
    }

    /// Adds passage `id` to the list of `piece`, once.
    mutating func add(_ id: Int32, to piece: UInt64) {
        let position = position(of: piece)
        lists[position].appendOnce(id)
    }

    /// Adds a list whose ids all come after those of `piece`'s list.
    mutating func add(contentsOf ids: SearchIdList, to piece: UInt64) {
        let position = position(of: piece)
        lists[position].append(contentsOf: ids)
    }

    private mutating func grow() {
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        for (position, piece) in pieces.enumerated() {
            var slot = Int(truncatingIfNeeded: (piece &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = piece
            slots[slot] = Int32(position)
        }
    }
}

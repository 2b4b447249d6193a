/// Finding whitespace in UTF-8 bytes, scalar by scalar, with the answer a reading by `Character`
/// would give. Each scan returns `nil` when a scalar next to whitespace might join it into one
/// `Character` (see `UTF8Whitespace`); the caller then reads by `Character`.
enum WhitespaceScan {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// The byte range left when whitespace is trimmed from both ends (empty when all is whitespace).
    static func trimmed(_ bytes: Bytes) -> Range<Int>? {
        var start = 0
        while start < bytes.count {
            let width = UTF8Whitespace.width(bytes, at: start)
            if width == 0 { break }
            start += width
        }
        guard start < bytes.count else { return 0..<0 }
        var last = bytes.count - 1  // the first byte of the last non-whitespace scalar
        while true {
            while bytes[last] & 0xC0 == 0x80 { last -= 1 }
            if UTF8Whitespace.width(bytes, at: last) == 0 { break }
            last -= 1
        }
        guard UTF8Whitespace.standsApart(bytes, at: start),
              UTF8Whitespace.standsApart(bytes, at: last) else { return nil }
        return start..<(last + UTF8Whitespace.scalarLength(bytes[last]))
    }

    /// The byte ranges of the runs of non-whitespace.
    static func tokens(_ bytes: Bytes) -> [Range<Int>]? {
        var tokens: [Range<Int>] = []
        var tokenStart: Int?
        var previous = 0  // the first byte of the previous scalar
        var index = 0
        while index < bytes.count {
            let width = UTF8Whitespace.width(bytes, at: index)
            if width > 0 {
                if let start = tokenStart {
                    guard UTF8Whitespace.standsApart(bytes, at: previous) else { return nil }
                    tokens.append(start..<index)
                    tokenStart = nil
                }
                previous = index
                index += width
            } else {
                if tokenStart == nil {
                    guard index == 0 || UTF8Whitespace.standsApart(bytes, at: index) else { return nil }
                    tokenStart = index
                }
                previous = index
                index += UTF8Whitespace.scalarLength(bytes[index])
            }
        }
        if let start = tokenStart { tokens.append(start..<bytes.count) }
        return tokens
    }

    /// Whether every character is whitespace.
    static func isBlank(_ bytes: Bytes) -> Bool? {
        var index = 0
        while index < bytes.count {
            let width = UTF8Whitespace.width(bytes, at: index)
            if width == 0 {
                return index == 0 || UTF8Whitespace.standsApart(bytes, at: index) ? false : nil
            }
            index += width
        }
        return true
    }
}

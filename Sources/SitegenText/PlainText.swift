/// Text whose every scalar is a `Character` of its own and already in NFC, so that counting,
/// comparing and matching prefixes by scalars gives what `Character`s give: text whose every
/// scalar is `ScalarClass.plain` (ASCII but CR, Latin, Hangul syllables, CJK, punctuation,
/// symbols, shapes, full-width forms, private use). Combining marks, Hangul jamo, CR (which
/// joins LF) and the few scalars NFC replaces (Ω, K, Å, 〈 〉, ⫝̸, CJK compatibility
/// ideographs) are not plain.
package enum PlainText {
    /// Whether the scalar starting at `index` is plain. The scalars of most report text are
    /// answered from their first byte (what `ScalarClass` says of every scalar so led).
    package static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        if lead < 0x80 { return lead != 0x0D }
        if lead < 0xCC { return true }  // U+0080–02FF
        if lead == 0xEB || lead == 0xEC { return true }  // U+B000–CFFF: Hangul syllables, most of them
        return ScalarClass.of(bytes, at: index).contains(.plain)
    }

    /// The number of characters and whether one is a Hangul syllable (가…힣); `nil` unless plain.
    package static func countAndHangul(_ bytes: UnsafeBufferPointer<UInt8>) -> (count: Int, hangul: Bool)? {
        var count = 0, hangul = false, index = 0
        while index < bytes.count {
            guard isPlain(bytes, at: index) else { return nil }
            if !hangul, (0xEA...0xED).contains(bytes[index]) {
                hangul = (0xAC00...0xD7A3).contains(UTF8Whitespace.scalar(bytes, at: index))
            }
            count += 1
            index += UTF8Whitespace.scalarLength(bytes[index])
        }
        return (count, hangul)
    }

    /// Whether the text with its whitespace removed starts with `prefix` (plain, no whitespace);
    /// `nil` when a scalar it looks at is not plain.
    static func compactHasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool? {
        var index = 0, matched = 0
        while index < bytes.count {
            let width = UTF8Whitespace.width(bytes, at: index)
            if width > 0 { index += width; continue }
            // The scalar after the prefix, or after a difference, must not join the one before it.
            guard isPlain(bytes, at: index) else { return nil }
            if matched == prefix.count { return true }
            let length = UTF8Whitespace.scalarLength(bytes[index])
            guard matched + length <= prefix.count,
                  (0..<length).allSatisfy({ bytes[index + $0] == prefix[matched + $0] }) else {
                return nextIsPlain(bytes, after: index + length) ? false : nil
            }
            matched += length
            index += length
        }
        return matched == prefix.count
    }

    /// Whether the first non-whitespace scalar from `index` on, if any, is plain.
    private static func nextIsPlain(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        var index = index
        while index < bytes.count {
            let width = UTF8Whitespace.width(bytes, at: index)
            if width == 0 { return isPlain(bytes, at: index) }
            index += width
        }
        return true
    }
}

extension String {
    /// Whether every scalar of the text is plain (`PlainText`): then cutting or counting it by
    /// scalars gives what cutting or counting it by `Character`s gives.
    public var isPlainText: Bool {
        var text = self
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                guard PlainText.isPlain(bytes, at: index) else { return false }
                index += UTF8Whitespace.scalarLength(bytes[index])
            }
            return true
        }
    }
}

extension String {
    /// Where each scalar's bytes start, in plain text (`isPlainText`), where a scalar is a
    /// character; `nil` when the text is not plain. One pass for both answers.
    public var plainScalarStarts: [Int]? {
        var text = self
        return text.withUTF8 { bytes -> [Int]? in
            var starts: [Int] = []
            starts.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                guard PlainText.isPlain(bytes, at: index) else { return nil }
                starts.append(index)
                index += UTF8Whitespace.scalarLength(bytes[index])
            }
            return starts
        }
    }

    /// The words of plain text (`isPlainText`), split at White_Space and at the ASCII
    /// `separator`, joined by single spaces (no string made per word): what splitting its
    /// scalars there and joining the pieces gives. `nil` when the text is not plain.
    public func plainWords(splittingAlso separator: UInt8) -> String? {
        var text = self
        return text.withUTF8 { bytes -> String? in
            var plain = true
            // Each word's bytes are copied whole, straight into the string's storage.
            let words = String(unsafeUninitializedCapacity: bytes.count) { out -> Int in
                var written = 0
                var wordStart: Int? = nil
                var pendingSpace = false
                func endWord(at end: Int) {
                    guard let start = wordStart else { return }
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    _ = UnsafeMutableBufferPointer(rebasing: out[written...]).initialize(from: word)
                    written += word.count
                    wordStart = nil
                }
                var index = 0
                while index < bytes.count {
                    guard PlainText.isPlain(bytes, at: index) else { plain = false; return 0 }
                    if bytes[index] == separator || UTF8Whitespace.width(bytes, at: index) > 0 {
                        endWord(at: index)
                        pendingSpace = written > 0
                    } else if wordStart == nil {
                        if pendingSpace { out[written] = 0x20; written += 1; pendingSpace = false }
                        wordStart = index
                    }
                    index += UTF8Whitespace.scalarLength(bytes[index])
                }
                endWord(at: bytes.count)
                return written
            }
            return plain ? words : nil
        }
    }
}

extension String {
    /// Whether `other` occurs in the text, as Foundation's `contains` answers it: by a byte
    /// search when both are plain text, where the two agree (Foundation's search, through
    /// NSString, was 1.8 % of a 600-release build from the program pages alone), and by
    /// Foundation otherwise.
    public func containsText(_ other: String) -> Bool {
        containsText(other, otherIsPlain: other.isPlainText)
    }

    /// `containsText` for a text asked about many times, whose plainness is known already.
    public func containsText(_ other: String, otherIsPlain: Bool) -> Bool {
        otherIsPlain && isPlainText ? has(other) : contains(other)
    }
}

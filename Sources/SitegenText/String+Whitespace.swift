/// Whitespace as the parser sees it: Unicode's White_Space (including U+3000 and U+00A0), read
/// on the UTF-8 bytes with the same result as reading `Character`s (`WhitespaceScan`), which
/// stays the way for the rare text the byte reading cannot vouch for.
extension String {
    /// Trimmed of all Unicode whitespace (including U+3000).
    package var trimmedAll: String {
        if let range = utf8.withContiguousStorageIfAvailable(WhitespaceScan.trimmed) ?? nil {
            return range.count == utf8.count ? self : String(self[utf8Range(range)])
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }

    /// Tokens separated by any run of Unicode whitespace.
    package var whitespaceTokens: [Substring] {
        if let ranges = utf8.withContiguousStorageIfAvailable(WhitespaceScan.tokens) ?? nil {
            return ranges.map { self[utf8Range($0)] }
        }
        return split(whereSeparator: { $0.isWhitespace })
    }

    /// Whether every character is whitespace (true for the empty string).
    var isAllWhitespace: Bool {
        if let blank = utf8.withContiguousStorageIfAvailable(WhitespaceScan.isBlank) ?? nil { return blank }
        return allSatisfy { $0.isWhitespace }
    }

    /// The text with every whitespace scalar removed (matched on the UTF-8 bytes: the
    /// scalar-property lookups were a sixth of parsing a long report).
    package var withoutSpaces: String {
        var text = self
        return text.withUTF8 { bytes -> String in
            var first = 0
            while first < bytes.count, UTF8Whitespace.width(bytes, at: first) == 0 { first += 1 }
            guard first < bytes.count else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var written = 0
                var runStart = 0
                var index = first
                func copyRun(to end: Int) {
                    let run = UnsafeBufferPointer(rebasing: bytes[runStart..<end])
                    _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(from: run)
                    written += run.count
                }
                while index < bytes.count {
                    let width = UTF8Whitespace.width(bytes, at: index)
                    if width == 0 { index += 1; continue }
                    copyRun(to: index)
                    index += width
                    runStart = index
                }
                copyRun(to: bytes.count)
                return written
            }
        }
    }

    /// The string indices of a range of UTF-8 offsets.
    private func utf8Range(_ range: Range<Int>) -> Range<String.Index> {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return start..<utf8.index(start, offsetBy: range.count)
    }
}

extension Character {
    package var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

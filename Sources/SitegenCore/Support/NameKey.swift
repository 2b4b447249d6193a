import Foundation

/// Normalised names, the keys by which rows are recognised across tables and releases.
public enum NameKey {
    /// A department name without the letter-spacing PDFs add (`시 민 참 여 과` → `시민참여과`).
    public static func department(_ printed: String) -> String {
        String(printed.precomposedStringWithCanonicalMapping.unicodeScalars.filter { !isSpace($0) })
    }

    /// A program name with spacing and punctuation removed, NFC.
    public static func program(_ printed: String) -> String {
        let scalars = printed.precomposedStringWithCanonicalMapping.unicodeScalars.filter { scalar in
            !isSpace(scalar) && !CharacterSet.punctuationCharacters.contains(scalar)
                && !CharacterSet.symbols.contains(scalar)
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Program names every department prints for its own running costs.
    public static let genericPrograms: Set<String> = ["기본경비", "행정운영경비", "인건비", "기본경비계"]

    /// The generic name a program key stands for: the key itself when it is one
    /// (`기본경비`), or the generic name when the report printed the row's own department after it
    /// (`기본경비(갈등조정담당관)`, key `기본경비갈등조정담당관`, in 갈등조정담당관's rows); else `nil`.
    public static func generic(_ key: String, department: String?) -> String? {
        if genericPrograms.contains(key) { return key }
        guard let department else { return nil }
        let suffix = program(department)
        guard !suffix.isEmpty, key.hasSuffix(suffix) else { return nil }
        let base = String(key.dropLast(suffix.count))
        return genericPrograms.contains(base) ? base : nil
    }

    /// Whitespace, including the ideographic space (U+3000) and no-break space PDFs leave.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }
}

extension String {
    /// Trimmed of all Unicode whitespace (including U+3000).
    var trimmedAll: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }

    /// Tokens separated by any run of Unicode whitespace.
    var whitespaceTokens: [Substring] {
        split(whereSeparator: { $0.isWhitespace })
    }

    /// The text with every whitespace character removed.
    var withoutSpaces: String {
        String(unicodeScalars.filter { !$0.properties.isWhitespace })
    }
}

extension StringProtocol {
    /// Whether `needle` occurs in the text: a byte search over UTF-8 (Foundation's `contains`
    /// goes through NSString, which dominated the ingest's profile).
    func has(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n -> Bool in
            guard let first = n.first else { return true }
            let search = { (h: UnsafeBufferPointer<UInt8>) -> Bool in
                guard h.count >= n.count else { return false }
                var start = 0
                let last = h.count - n.count
                while start <= last {
                    if h[start] == first {
                        var matched = 1
                        while matched < n.count && h[start + matched] == n[matched] { matched += 1 }
                        if matched == n.count { return true }
                    }
                    start += 1
                }
                return false
            }
            if let found = self.utf8.withContiguousStorageIfAvailable(search) { return found }
            var copy = String(self)
            return copy.withUTF8(search)
        }
    }
}

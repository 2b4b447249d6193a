/// Hangul decomposed into jamo, so that names differing by one stroke of OCR (`토로`/`토론`,
/// `위하`/`위한`) differ by one letter, not one whole syllable.
public enum Jamo {
    /// Each syllable as its initial, medial and (if any) final jamo; other characters as themselves.
    public static func decompose(_ text: String) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(text.unicodeScalars.count * 3)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0xAC00...0xD7A3).contains(value) {
                let index = value - 0xAC00
                result.append(0x1100 + index / 588)
                result.append(0x1161 + (index % 588) / 28)
                if index % 28 > 0 { result.append(0x11A7 + index % 28) }
            } else {
                result.append(value)
            }
        }
        return result
    }

    /// Levenshtein distance, or `nil` once it is sure to exceed `limit`.
    public static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var best = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                best = min(best, current[j])
            }
            if best > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}

/// Text fit for a link preview (`og:title`, `og:description`, a card): no control characters and
/// no bidirectional controls (U+202E would turn the rest of a chat message around), spaces
/// collapsed, and at most `limit` characters, cut on a character (grapheme) boundary with `…`.
public enum PreviewText {
    public static func clean(_ text: String, limit: Int) -> String {
        cleanPlain(text, limit: limit) ?? cleanByCharacters(text, limit: limit)
    }

    /// `clean` of any text, scalar by scalar with Unicode's White_Space, cut by `Character`s:
    /// what text that is not plain gets, and the oracle of `cleanPlain`'s tests.
    static func cleanByCharacters(_ text: String, limit: Int) -> String {
        var kept = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            let space = scalar.properties.isWhitespace
            if !space && isControl(scalar) { continue }
            if space && lastWasSpace { continue }
            kept.append(space ? " " : scalar)
            lastWasSpace = space
        }
        var result = String(kept)
        while result.last == " " { result.removeLast() }
        return cut(result, limit: limit)
    }

    /// `text` (no trailing space) when it has at most `limit` characters, otherwise its first
    /// `limit - 1` characters (at least one) without trailing spaces, and `…`.
    static func cut(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(max(1, limit - 1)))
        while cut.last == " " { cut.removeLast() }
        return cut + "…"
    }

    /// C0 and C1 controls, and the bidirectional marks, embeddings, overrides and isolates.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar.value)
    }

    /// `isControl` of a scalar's value (read from UTF-8 by `cleanPlain`).
    static func isControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

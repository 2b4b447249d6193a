/// What a Unicode scalar is to the byte readings that stand in for `Character` readings: the
/// one table behind `PlainText` (plain text), `UTF8Whitespace` (whitespace, and what stands
/// apart from it) and the caption's date reading (`DateBytes`).
///
/// A reading by scalars gives what a reading by `Character`s gives only where every scalar is a
/// character of its own. Which scalars are is a judgement about grapheme clusters and NFC, made
/// here once, block by block, for the blocks report text is made of; everything else is left
/// to the `Character` code. The table is a `switch`, so it costs no start-up and no lazy
/// global on the hot paths. The tests check every scalar of it against the `Character`s, NFC
/// and Unicode's White_Space.
package struct ScalarClass: OptionSet, Sendable {
    package let rawValue: UInt8

    package init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Never makes one `Character` with a whitespace or ASCII scalar beside it (no combining,
    /// joining or Prepend mark): whitespace and the runs between it can be cut by scalars.
    package static let standsApart = ScalarClass(rawValue: 1 << 0)
    /// Plain: a `Character` of its own beside any other plain scalar, and unchanged by NFC, so
    /// that counting, comparing and matching prefixes by scalars gives what `Character`s give.
    /// Every plain scalar stands apart.
    package static let plain = ScalarClass(rawValue: 1 << 1)
    /// White_Space (U+0009–000D, U+0020, U+0085, U+00A0, U+1680, U+2000–200A, U+2028, U+2029,
    /// U+202F, U+205F, U+3000): what `Character.isWhitespace` and a regular expression's `\s`
    /// ask of a character's first scalar.
    package static let whitespace = ScalarClass(rawValue: 1 << 2)

    /// The class of a scalar: the table. Blocks that stand apart and are plain, unless a line
    /// above takes the scalar first; every scalar not named (combining marks, joiners, Prepend
    /// marks, the supplementary planes) is none of the three, and left to the `Character` code.
    package static func of(_ scalar: UInt32) -> ScalarClass {
        switch scalar {
        // A `switch` of ranges asks them in order: the blocks of most report text come first, as
        // no line below takes any of their scalars. (Asked last, they made the table 0.9 % of a
        // clean 600-release build; first, 0.3 %.)
        case 0xAC00...0xD7A3,  // Hangul syllables
             0x4E00...0x9FFF:  // CJK ideographs
            return [.plain, .standsApart]
        case 0x0009...0x000C, 0x0020, 0x0085, 0x00A0, 0x2002...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return [.plain, .standsApart, .whitespace]
        case 0x000D:  // CR, which makes one character with a following LF
            return [.standsApart, .whitespace]
        case 0x2000, 0x2001:  // NFC makes them U+2002, U+2003
            return [.standsApart, .whitespace]
        case 0x1680:  // Ogham space mark
            return .whitespace
        case 0x1100...0x11FF,  // Hangul jamo, which join one another
             0x2126, 0x212A, 0x212B, 0x2329, 0x232A, 0x2ADC,  // NFC replaces Ω, K, Å, 〈, 〉, ⫝̸
             0xF900...0xFAFF:  // CJK compatibility ideographs, most of which NFC replaces
            return .standsApart
        case 0x0000...0x02FF,  // ASCII, Latin-1, Latin Extended, IPA, spacing modifiers
             0x200B, 0x2010...0x205F,  // general punctuation
             0x2070...0x20CF,  // super- and subscripts, currency
             0x2100...0x2BFF,  // letterlike symbols, number forms, arrows, mathematical operators, technical
                               // symbols, enclosed alphanumerics, box drawing, shapes, dingbats
             0x2E00...0x2FFF,  // supplemental punctuation, CJK radicals
             0x3001...0x3029,  // CJK symbols and punctuation (U+302A–302F are marks)
             0x3030...0x3096,  // and Hiragana (U+3099, U+309A are marks)
             0x309B...0x33FF,  // Katakana, Bopomofo, compatibility jamo, enclosed CJK, CJK compatibility
             0x3400...0x4DBF,  // CJK ideographs, extension A
             0xE000...0xF8FF,  // private use
             0xFF00...0xFF9D,  // full-width and half-width forms (U+FF9E, U+FF9F are marks)
             0xFFA0...0xFFEF:
            return [.plain, .standsApart]
        default:
            return []
        }
    }

    /// The class of the scalar starting at `index` (valid UTF-8).
    package static func of(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> ScalarClass {
        of(UTF8Whitespace.scalar(bytes, at: index))
    }
}

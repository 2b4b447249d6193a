/// Unicode whitespace read straight from UTF-8 bytes, and the test that tells when a reading by
/// scalars gives the same answer as a reading by `Character`s.
///
/// `Character.isWhitespace` asks whether a character's *first* scalar is White_Space. Reading
/// scalars instead agrees whenever every whitespace scalar stands as a character of its own
/// (or in `\r\n`): nothing that extends a character (a combining mark, SpacingMark, ZWJ) follows
/// it, and no Prepend mark comes before it. The callers read scalars while checking that the
/// scalars next to whitespace are `standsApart`, and leave the rare text where one is not
/// to their `Character` code, so both readings always give the same bytes.
/// (Asking `Character.isWhitespace` of every character was a fifth of parsing a report.)
public enum UTF8Whitespace {
    /// The length in bytes of the White_Space scalar at `index`, or 0: U+0009–000D, U+0020,
    /// U+0085, U+00A0, U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    public static func width(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        let remaining = bytes.count - index
        switch byte {
        case 0xC2:
            return remaining >= 2 && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0) ? 2 : 0
        case 0xE1:
            return remaining >= 3 && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard remaining >= 3 else { return 0 }
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            if second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF) { return 3 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            return remaining >= 3 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// The length in bytes of the scalar whose first byte is `lead` (valid UTF-8).
    public static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar starting at `index` (valid UTF-8).
    package static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        switch scalarLength(bytes[index]) {
        case 1: return lead
        case 2: return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        case 3: return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        default:
            return (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        }
    }

    /// Whether the scalar at `index` is one that never makes one `Character` with a whitespace or
    /// ASCII scalar beside it: the blocks report text is made of (ASCII and Latin, Hangul, CJK,
    /// general punctuation, symbols, arrows, shapes, full-width forms, private use), none of which
    /// holds a combining, Prepend or joining mark. Anything else is left to the `Character` code.
    package static func standsApart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if bytes[index] < 0xCC { return true }  // U+0000–02FF
        switch scalar(bytes, at: index) {
        case 0x1100...0x11FF, 0x2000...0x200B, 0x2010...0x205F, 0x2070...0x20CF, 0x2100...0x2BFF,
             0x2E00...0x2FFF, 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xE000...0xFAFF, 0xFF00...0xFF9D, 0xFFA0...0xFFEF:
            return true
        default:
            return false
        }
    }
}

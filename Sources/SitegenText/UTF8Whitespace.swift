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
    /// The length in bytes of the White_Space scalar at `index` (`ScalarClass.whitespace`), or 0.
    /// Only these first bytes start one: ASCII, C2 (U+0085, U+00A0), E1 (U+1680), E2 (U+2000–205F)
    /// and E3 (U+3000); the others are answered without decoding.
    public static func width(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        guard byte == 0xC2 || (0xE1...0xE3).contains(byte) else { return 0 }
        let length = scalarLength(byte)
        guard length <= bytes.count - index, ScalarClass.of(bytes, at: index).contains(.whitespace) else { return 0 }
        return length
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

    /// Whether the scalar at `index` never makes one `Character` with a whitespace or ASCII scalar
    /// beside it (`ScalarClass.standsApart`): the blocks report text is made of (ASCII and Latin,
    /// Hangul, CJK, general punctuation, symbols, arrows, shapes, full-width forms, private use),
    /// none of which holds a combining, Prepend or joining mark. Anything else is left to the
    /// `Character` code.
    package static func standsApart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if bytes[index] < 0xCC { return true }  // U+0000–02FF
        return ScalarClass.of(bytes, at: index).contains(.standsApart)
    }
}

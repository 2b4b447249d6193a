/// A JSON string literal: `"` and `\` escaped, the control characters as `\b \f \n \r \t` or
/// `\u00XX`, everything else (slashes, Hangul) as it is — what `JSONEncoder` writes with
/// `.withoutEscapingSlashes`, for every JSON file sitegen writes. The search files are read
/// inside a script, so there (`.insideScript`) `<` is `\u003c` too (no `</script>`), U+2028 and
/// U+2029 are `\u2028` and `\u2029` (they end a line in a script before ES2019), and backspace
/// and form feed are `\u0008` and `\u000c` (as the search files have always had them).
///
/// Runs of bytes that need no escape are copied whole. `ReleaseJSONTests` holds the encoder's
/// kind against `JSONEncoder`, `SearchIndexTests` the script's against an escape byte by byte.
public enum JSONString {
    public enum Escaping: Sendable {
        /// As `JSONEncoder` escapes, for `.json` files.
        case likeTheEncoder
        /// Safe inside a `<script>` and any script before ES2019, for the search files.
        case insideScript
    }

    public static func append(_ text: String, to out: inout [UInt8], _ escaping: Escaping = .likeTheEncoder) {
        // Read in place (a copy to call `withUTF8` on cost a retain and a release a string).
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { append(utf8: $0, to: &out, escaping) }
        if done == nil {
            var text = text
            text.withUTF8 { append(utf8: $0, to: &out, escaping) }
        }
    }

    public static func append(utf8 text: ArraySlice<UInt8>, to out: inout [UInt8], _ escaping: Escaping = .likeTheEncoder) {
        text.withUnsafeBufferPointer { append(utf8: $0, to: &out, escaping) }
    }

    public static func literal(_ text: String, _ escaping: Escaping = .likeTheEncoder) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        append(text, to: &out, escaping)
        return out
    }

    /// The literal as a `String`, for a script's source.
    public static func scriptLiteral(_ text: String) -> String {
        String(decoding: literal(text, .insideScript), as: UTF8.self)
    }

    private static let hex = Array("0123456789abcdef".utf8)
    private static let lessThan = Array(#"\u003c"#.utf8)
    private static let lineSeparator = Array(#"\u2028"#.utf8)
    private static let paragraphSeparator = Array(#"\u2029"#.utf8)

    /// Whether U+2028 or U+2029 starts at `position` (E2 80 A8, E2 80 A9).
    private static func isLineOrParagraphSeparator(_ text: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        position + 2 < text.count && text[position + 1] == 0x80 && text[position + 2] & 0xFE == 0xA8
    }

    static func append(utf8 text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], _ escaping: Escaping) {
        let script = escaping == .insideScript
        out.append(UInt8(ascii: "\""))
        var run = 0
        var position = 0
        while position < text.count {
            let byte = text[position]
            let escaped = byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                || script && (byte == UInt8(ascii: "<") || byte == 0xE2 && isLineOrParagraphSeparator(text, at: position))
            guard escaped else {
                position += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<position]))
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x08 where !script: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C where !script: out += [0x5C, UInt8(ascii: "f")]
            case UInt8(ascii: "<"): out += lessThan
            case 0xE2:
                out += text[position + 2] == 0xA8 ? lineSeparator : paragraphSeparator
                position += 2
            default: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
            position += 1
            run = position
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...]))
        out.append(UInt8(ascii: "\""))
    }
}

/// A JSON string literal exactly as `JSONEncoder` writes it with `.withoutEscapingSlashes`:
/// `"` and `\` escaped, the control characters as `\b \f \n \r \t` or `\u00XX`, everything
/// else (slashes, Hangul) as it is. For the files sitegen writes by hand instead of through
/// the encoder's value tree (the site manifest, table downloads); tests compare them with
/// the encoder.
public enum JSONString {
    private static let hex = Array("0123456789abcdef".utf8)

    public static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(utf8: $0, to: &out) }
    }

    /// Runs of bytes that need no escape are copied whole.
    static func append(utf8 text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var run = 0
        for position in 0..<text.count {
            let byte = text[position]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<position]))
            run = position + 1
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            default: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...]))
        out.append(UInt8(ascii: "\""))
    }

    public static func literal(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        append(text, to: &out)
        return out
    }
}

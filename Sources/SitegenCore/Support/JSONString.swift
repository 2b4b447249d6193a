/// A JSON string literal exactly as `JSONEncoder` writes it with `.withoutEscapingSlashes`:
/// `"` and `\` escaped, the control characters as `\b \f \n \r \t` or `\u00XX`, everything
/// else (slashes, Hangul) as it is. For the files sitegen writes by hand instead of through
/// the encoder's value tree (the site manifest, table downloads); tests compare them with
/// the encoder.
public enum JSONString {
    private static let hex = Array("0123456789abcdef".utf8)

    public static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    public static func literal(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        append(text, to: &out)
        return out
    }
}

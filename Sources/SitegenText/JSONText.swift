/// JSON string literals, safe inside a script too (U+2028 and U+2029 are escaped).
package enum JSONText {
    package static func string(_ text: String) -> String {
        string(utf8: Array(text.utf8)[...])
    }

    static func string(utf8 text: ArraySlice<UInt8>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count + 8)
        append(utf8: text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The literal of `text`, appended to `bytes`.
    package static func append(utf8 text: ArraySlice<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        text.withUnsafeBufferPointer { text in
            // Runs of bytes that need no escape are copied whole.
            var run = 0
            var position = 0
            while position < text.count {
                let byte = text[position]
                let escape: String?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = #"\""#
                case UInt8(ascii: "\\"): escape = #"\\"#
                case UInt8(ascii: "<"): escape = #"\u003c"#
                case 0x0A: escape = #"\n"#
                case 0x0D: escape = #"\r"#
                case 0x09: escape = #"\t"#
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2 where position + 2 < text.count && text[position + 1] == 0x80 && (text[position + 2] == 0xA8 || text[position + 2] == 0xA9):
                    // U+2028 and U+2029 end a line in a script before ES2019.
                    escape = text[position + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
                    length = 3
                default:
                    escape = nil
                }
                if let escape {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<position]))
                    bytes += escape.utf8
                    position += length
                    run = position
                } else {
                    position += 1
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

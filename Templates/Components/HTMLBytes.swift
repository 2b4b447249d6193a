/// Markup written piece by piece into one growing buffer of UTF-8 bytes, for markup made a
/// line or a row at a time (the source view's lines, the budget tables' rows): no `HTML`
/// value is made per line, nor per piece. The same contract as `HTML`: literals are trusted
/// markup, text is always escaped as `Escape.html` escapes it.
struct HTMLBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Trusted markup.
    mutating func literal(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text, escaped.
    mutating func text(_ text: String) {
        Escape.append(text, to: &bytes)
    }

    /// Trusted markup made by the string templates.
    mutating func html(_ html: HTML) {
        bytes += html.bytes
    }

    /// A number, as `HTML`'s interpolation writes it.
    mutating func number(_ value: Int) {
        text(String(value))
    }

    /// Report text as readers see it (`Reading.text`: private-use bullets as `•`, U+2024 as
    /// `·`), escaped. The bytes must be whole UTF-8 scalars.
    mutating func readingText(_ text: UnsafeBufferPointer<UInt8>) {
        escaped(text, reading: true)
    }

    /// Runs of bytes that need nothing are copied whole (most of a report's bytes: Hangul).
    private mutating func escaped(_ text: UnsafeBufferPointer<UInt8>, reading: Bool = false) {
        var run = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            let replacement: StaticString
            var length = 1
            switch byte {
            case 0x26, 0x3C, 0x3E, 0x22, 0x27:
                replacement = Escape.entity(byte)!
            // U+E000–U+F8FF (EE 80 80 – EF A3 BF) and U+2024 (E2 80 A4), three bytes each.
            case 0xEE where reading && index + 2 < text.count,
                 0xEF where reading && index + 2 < text.count && text[index + 1] <= 0xA3:
                replacement = "•"
                length = 3
            case 0xE2 where reading && index + 2 < text.count && text[index + 1] == 0x80 && text[index + 2] == 0xA4:
                replacement = "·"
                length = 3
            default:
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<index]))
            literal(replacement)
            index += length
            run = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...]))
    }

    /// The markup written, for a string template (the bytes are whole UTF-8: literals and
    /// strings, escaped byte by byte in ASCII).
    var html: HTML { HTML(trustedBytes: bytes) }
}

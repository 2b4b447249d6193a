import SitegenContent

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
        bytes += String(value).utf8
    }

    /// Report text as readers see it (`Reading.text`: private-use bullets as `•`, U+2024 as
    /// `·`), escaped. The bytes must be whole UTF-8 scalars; runs of bytes that need nothing
    /// are copied whole (most of a report's bytes: Hangul).
    mutating func readingText(_ text: UnsafeBufferPointer<UInt8>) {
        var run = 0
        var index = 0
        while index < text.count {
            let replacement: StaticString
            let length: Int
            let byte = text[index]
            if byte < 0x80, let entity = Escape.entity(byte) {
                (replacement, length) = (entity, 1)
            } else if byte >= 0xE2, let shown = Reading.mapped(text, at: index) {
                (replacement, length) = (shown, 3)
            } else {
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

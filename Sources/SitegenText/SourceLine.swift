/// One line of a report, with its 1-based number.
public struct SourceLine: Equatable, Sendable {
    public let number: Int
    public let text: String
    /// The text without any whitespace, for keyword matching: made once a line, since the
    /// parsers ask it of every line four or five times (made each time, it was 2 % of a
    /// clean 600-release build).
    public let compact: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
        compact = text.withoutSpaces
    }

    /// The line with no visible content.
    public var isBlank: Bool { text.isAllWhitespace }

    /// `compact.hasPrefix(prefix)` for a prefix without whitespace, read on the bytes where the
    /// text is plain (`PlainText`) without building `compact`.
    package func compactHasPrefix(_ prefix: StaticString) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes in
            prefix.withUTF8Buffer { PlainText.compactHasPrefix(bytes, $0) }
        }
        return (answer ?? nil) ?? compact.hasPrefix(prefix.description)
    }
}

extension SourceLine {
    /// Splits text into numbered lines (`\n`, `\r\n` and `\r` all end a line; a final
    /// line terminator does not start another line).
    /// (The split is on UTF-8 bytes, which gives the same lines as splitting on characters,
    /// since a line terminator always stands as a character of its own, but without
    /// comparing every character of the report as a string.)
    public static func lines(of text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        // Each line is copied out of the text as a slice of it, which the standard library
        // copies without validating the bytes again (`String(decoding:)` validated every line,
        // 0.6 % of a clean 600-release build). Lines start and end at line breaks, which are
        // ASCII and so on scalar boundaries.
        let utf8 = text.utf8
        var bytes = text
        bytes.withUTF8 { all in
            guard let base = all.baseAddress else { return }
            forEachLine(of: all) { line in
                let start = utf8.index(utf8.startIndex, offsetBy: line.baseAddress.map { $0 - base } ?? 0)
                let end = utf8.index(start, offsetBy: line.count)
                lines.append(SourceLine(number: lines.count + 1, text: String(text[start..<end])))
            }
        }
        return lines
    }

    /// The number of lines `lines(of:)` gives, without making them.
    package static func count(of text: String) -> Int {
        var count = 0
        forEachLine(of: text) { _ in count += 1 }
        return count
    }

    /// Calls `body` with the UTF-8 bytes of each line, in order, without making the lines (the
    /// line numbered n is the nth call). Lines end where `lines(of:)` ends them.
    public static func forEachLine(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { forEachLine(of: $0, body) }
    }

    /// `forEachLine(of:_:)` on a text's bytes.
    static func forEachLine(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                body(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                index += 1
                start = index
            } else if byte == 0x0D {
                body(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                index += index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count { body(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
    }
}

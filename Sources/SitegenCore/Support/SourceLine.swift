/// One line of a report, with its 1-based number.
public struct SourceLine: Equatable, Sendable {
    public let number: Int
    public let text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }

    /// The line with no visible content.
    public var isBlank: Bool { text.allSatisfy { $0.isWhitespace } }

    /// The text without any whitespace, for keyword matching.
    public var compact: String { text.withoutSpaces }
}

extension SourceLine {
    /// Splits text into numbered lines (`\n`, `\r\n` and `\r` all end a line; a final
    /// line terminator does not start another line).
    public static func lines(of text: String) -> [SourceLine] {
        var pieces = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        if let last = pieces.last, last.isEmpty { pieces.removeLast() }
        return pieces.enumerated().map { SourceLine(number: $0.offset + 1, text: String($0.element)) }
    }
}

import SitegenText

/// Markup that is safe by construction: in an `HTML` literal the literal text is trusted
/// markup and every interpolated `String` is escaped. Already-built `HTML` passes through.
/// The only way to inject unescaped text is `HTML(unescaped:)`, used for cmark-gfm's output.
public struct HTML: ExpressibleByStringInterpolation, Equatable, Sendable, CustomStringConvertible {
    /// The markup's UTF-8 bytes. Pages are written as bytes, so markup is kept as bytes: a
    /// template appends its pieces to an array, which costs less than growing a string, and
    /// a page's markup reaches its file without being validated as a string again.
    public private(set) var bytes: [UInt8]

    public init(stringLiteral value: String) {
        bytes = Array(value.utf8)
    }

    public init(stringInterpolation: Interpolation) {
        bytes = stringInterpolation.bytes
    }

    /// Markup from a trusted producer (cmark-gfm with raw HTML disabled). Never for user text.
    public init(unescaped markup: String) {
        bytes = Array(markup.utf8)
    }

    /// Markup already written as bytes by a trusted writer (the joins below, `SourceListing`):
    /// whole UTF-8.
    init(trustedBytes: [UInt8]) {
        bytes = trustedBytes
    }

    public static let empty = HTML(stringLiteral: "")

    /// The markup as a string.
    public var markup: String { String(decoding: bytes, as: UTF8.self) }

    public var isEmpty: Bool { bytes.isEmpty }

    public var description: String { markup }

    public struct Interpolation: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) {
            var literal = literal
            literal.withUTF8 { bytes.append(contentsOf: $0) }
        }

        /// Text is always escaped.
        public mutating func appendInterpolation(_ text: String) {
            Escape.append(text, to: &bytes)
        }

        public mutating func appendInterpolation(_ text: String?) {
            if let text { Escape.append(text, to: &bytes) }
        }

        public mutating func appendInterpolation(_ html: HTML) {
            bytes += html.bytes
        }

        public mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { bytes += part.bytes }
        }

        public mutating func appendInterpolation(_ number: Int) {
            bytes += String(number).utf8
        }
    }
}

extension Array where Element == HTML {
    /// The parts one after another.
    public var joined: HTML {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(reduce(0) { $0 + $1.bytes.count })
        for part in self { bytes += part.bytes }
        return HTML(trustedBytes: bytes)
    }

    /// The parts with `separator` between them.
    public func joined(separator: HTML) -> HTML {
        var bytes: [UInt8] = []
        for (index, part) in enumerated() {
            if index > 0 { bytes += separator.bytes }
            bytes += part.bytes
        }
        return HTML(trustedBytes: bytes)
    }
}

/// Escaping for HTML text and attribute values.
public enum Escape {
    /// `text`, escaped, appended to `bytes`.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { text in
            guard needsEscaping(text) else { return bytes.append(contentsOf: text) }
            for byte in text {
                if let entity = entity(byte) {
                    entity.withUTF8Buffer { bytes.append(contentsOf: $0) }
                } else {
                    bytes.append(byte)
                }
            }
        }
    }

    public static func html(_ text: String) -> String {
        // Most text has nothing to escape: asked of the contiguous bytes, not the view's
        // iterator (the question alone was 2.4 % of a 600-release build).
        guard text.utf8.withContiguousStorageIfAvailable(needsEscaping) ?? text.utf8.contains(where: isSpecial)
        else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What a byte of text is written as in HTML, when not as itself.
    static func entity(_ byte: UInt8) -> StaticString? {
        switch byte {
        case 0x26: return "&amp;"
        case 0x3C: return "&lt;"
        case 0x3E: return "&gt;"
        case 0x22: return "&quot;"
        case 0x27: return "&#39;"
        default: return nil
        }
    }

    static func isSpecial(_ byte: UInt8) -> Bool {
        entity(byte) != nil
    }

    /// Whether any byte is `& < > " '`, eight bytes at a time: a word has a byte equal to `b`
    /// when `word ^ b…b` has a zero byte, which `(v - 0x01…01) & ~v & 0x80…80` tells without
    /// false answers. (A byte at a time, the question alone was 1.5 % of a clean build.)
    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if hasZeroByte(word ^ (ones &* 0x26)) || hasZeroByte(word ^ (ones &* 0x3C)) || hasZeroByte(word ^ (ones &* 0x3E))
                || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x27)) { return true }
            index += 8
        }
        while index < bytes.count {
            if isSpecial(bytes[index]) { return true }
            index += 1
        }
        return false
    }
}

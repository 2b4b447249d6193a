import SitegenText

/// `NumericToken` read on the UTF-8 bytes of a trimmed cell: the same rules as the reading by
/// `Character`s, which took a tenth of parsing (string comparisons for every character tested).
/// Where a combining mark could make a character of a digit the bytes cannot say, and the
/// `Character` reading decides.
extension NumericToken {
    enum Reading {
        case number(NumericToken)
        case text
        case unsure
    }

    /// Reads a trimmed cell that is not a none mark.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, printed: String) -> Reading {
        var index = 0
        var negative = false
        if bytes.count >= 3, bytes[0] == 0xE2, bytes[1] == 0x96, [0xB2, 0xB3, 0xB5].contains(bytes[2]) {  // ▲ △ ▵
            negative = true
            index = 3
            while index < bytes.count {
                let width = UTF8Whitespace.width(bytes, at: index)
                if width == 0 { break }
                index += width
            }
        }
        let start = index
        var hasDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 {
                // A scalar that starts a character of its own is text; a mark may join a digit.
                return UTF8Whitespace.standsApart(bytes, at: index) ? .text : .unsure
            }
            if isDigit(byte) { hasDigit = true } else if byte != comma && byte != dot && byte != percent { return .text }
            index += 1
        }
        guard hasDigit else { return .text }
        return .number(classify(UnsafeBufferPointer(rebasing: bytes[start...]), negative: negative, printed: printed))
    }

    /// The body is digits, commas, points and percent signs, with a digit.
    private static func classify(_ body: UnsafeBufferPointer<UInt8>, negative: Bool, printed: String) -> NumericToken {
        let percentCount = body.lazy.filter { $0 == percent }.count
        if percentCount == 1, body.last == percent {
            let digits = UnsafeBufferPointer(rebasing: body.dropLast())
            guard !digits.contains(comma), let rate = rate(digits) else { return .malformed(printed) }
            return .percent(negative ? PrintedRate(scaled: -rate.scaled, decimals: rate.decimals) : rate)
        }
        guard percentCount == 0 else { return .malformed(printed) }
        if body.contains(dot) {
            guard !body.contains(comma), let rate = rate(body) else { return .malformed(printed) }
            return .decimal(negative ? PrintedRate(scaled: -rate.scaled, decimals: rate.decimals) : rate)
        }
        guard isWellGrouped(body), let value = integer(body.lazy.filter(isDigit)), value <= maxAmount else {
            return .malformed(printed)
        }
        return .integer(negative ? -value : value)
    }

    /// `PrintedRate(parsing:)` on digits with at most one point: digits before it, one to six after.
    private static func rate(_ text: UnsafeBufferPointer<UInt8>) -> PrintedRate? {
        let parts = text.split(separator: dot, omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty, parts.count == 1 || (1...6).contains(parts[1].count),
              let scaled = integer(parts.joined()) else { return nil }
        return PrintedRate(scaled: scaled, decimals: parts.count == 2 ? parts[1].count : 0)
    }

    /// `1234`, `1,234` and `12,345,678` are well grouped; `211,1000` and `5103,640` are not.
    private static func isWellGrouped(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
        let groups = digits.split(separator: comma, omittingEmptySubsequences: false)
        guard let head = groups.first, !head.isEmpty, groups.allSatisfy({ !$0.isEmpty }) else { return false }
        if groups.count == 1 { return digits.count <= 15 }
        return head.count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// The value of ASCII digits, `nil` when it does not fit in an `Int` (as `Int(String)`).
    private static func integer<S: Sequence<UInt8>>(_ digits: S) -> Int? {
        var value = 0
        for digit in digits {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = shifted.addingReportingOverflow(Int(digit - 0x30))
            if overflow || carry { return nil }
            value = sum
        }
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private static let comma = UInt8(ascii: ","), dot = UInt8(ascii: "."), percent = UInt8(ascii: "%")
}

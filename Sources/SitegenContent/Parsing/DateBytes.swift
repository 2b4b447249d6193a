import SitegenText

/// `Patterns.fullDate`, `(?:^|[^\d])(\d{4}|\d{2})\.\s*(\d{1,2})\.\s*(\d{1,2})(?!\d)`, matched on
/// UTF-8 bytes for the lines it can be: the regular expression on every caption line was
/// 1.3 % of a clean 600-release build.
///
/// In Swift's regular expressions `\d` is any character with a numeric value (`①`, `²`,
/// `Ⅱ`, `一`, full-width digits) and characters can join combining marks, so bytes are read
/// only where every scalar is printable ASCII, a tab, a Hangul syllable or one of a few
/// punctuation marks: there a character is a scalar, a digit is `0`–`9`, and `\s` is a
/// space, a tab or U+3000. Other lines go to the regular expression (`TableCaption.date`),
/// which is the test's oracle.
enum DateBytes {
    typealias Bytes = UnsafeBufferPointer<UInt8>
    /// The numbers as printed: the year has two or four digits.
    typealias Printed = (year: Int, month: Int, day: Int)

    static func isReadable(_ bytes: Bytes) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                guard lead >= 0x20 && lead < 0x7F || lead == 0x09 else { return false }
                index += 1
                continue
            }
            let length = UTF8Whitespace.scalarLength(lead)
            guard index + length <= bytes.count else { return false }
            switch UTF8Whitespace.scalar(bytes, at: index) {
            case 0xAC00...0xD7A3, 0x00B7, 0x2018...0x201F, 0x2022, 0x2026, 0x203B, 0x25A1, 0x25CB, 0x25E6, 0x3000, 0xFF08, 0xFF09, 0xFF1A:
                index += length
            default:
                return false
            }
        }
        return true
    }

    /// The numbers of the first match; nil when none matches.
    static func firstDate(_ bytes: Bytes) -> Printed? {
        for start in bytes.indices where isDigit(bytes, start) && !isDigit(bytes, start - 1) {
            if let date = match(bytes, at: start) { return date }
        }
        return nil
    }

    /// The match whose year starts at `start` (after the start or a character not a digit).
    private static func match(_ bytes: Bytes, at start: Int) -> Printed? {
        // `\d{4}` is tried before `\d{2}`; each must be followed by `.`.
        let yearEnd: Int
        if (start..<start + 4).allSatisfy({ isDigit(bytes, $0) }), isDot(bytes, start + 4) {
            yearEnd = start + 4
        } else if isDigit(bytes, start + 1), isDot(bytes, start + 2) {
            yearEnd = start + 2
        } else {
            return nil
        }
        // `(\d{1,2})\.`: a run of one or two digits, then `.`.
        let monthStart = skipSpaces(bytes, from: yearEnd + 1)
        let monthEnd = digitsEnd(bytes, from: monthStart)
        guard (1...2).contains(monthEnd - monthStart), isDot(bytes, monthEnd) else { return nil }
        // `(\d{1,2})(?!\d)`: a run of one or two digits.
        let dayStart = skipSpaces(bytes, from: monthEnd + 1)
        let dayEnd = digitsEnd(bytes, from: dayStart)
        guard (1...2).contains(dayEnd - dayStart) else { return nil }
        return (number(bytes, start..<yearEnd), number(bytes, monthStart..<monthEnd), number(bytes, dayStart..<dayEnd))
    }

    private static func isDigit(_ bytes: Bytes, _ index: Int) -> Bool {
        bytes.indices.contains(index) && (0x30...0x39).contains(bytes[index])
    }

    private static func isDot(_ bytes: Bytes, _ index: Int) -> Bool {
        bytes.indices.contains(index) && bytes[index] == UInt8(ascii: ".")
    }

    private static func digitsEnd(_ bytes: Bytes, from start: Int) -> Int {
        var end = start
        while isDigit(bytes, end) { end += 1 }
        return end
    }

    /// Past the run of `\s` (space, tab, U+3000 = E3 80 80) from `start`.
    private static func skipSpaces(_ bytes: Bytes, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x20 || bytes[index] == 0x09 {
                index += 1
            } else if index + 2 < bytes.count, bytes[index] == 0xE3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                index += 3
            } else {
                break
            }
        }
        return index
    }

    private static func number(_ bytes: Bytes, _ range: Range<Int>) -> Int {
        range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
    }
}

import SitegenText

/// `Patterns.fullDate`, `(?:^|[^\d])(\d{4}|\d{2})\.\s*(\d{1,2})\.\s*(\d{1,2})(?!\d)`, matched on
/// UTF-8 bytes for the lines it can be: the regular expression on every caption line was
/// 1.3 % of a clean 600-release build, and is still 1.2 % of a clean build's instructions
/// (callgrind on every tenth release of the 602-release corpus: 11.70 G without the bytes,
/// 11.55 G with them).
///
/// In Swift's regular expressions `\d` is any character with a numeric value (`①`, `²`,
/// `Ⅱ`, `一`, full-width digits), `\s` any White_Space character, and characters can join
/// combining marks, so bytes are read only where every scalar is plain (`ScalarClass.plain`:
/// there a character is a scalar) and none but `0`–`9` has a numeric value (Unicode's
/// Numeric_Type): there a digit is `0`–`9` and `\s` a White_Space scalar. Other lines go to the
/// regular expression (`TableCaption.date`), which is the test's oracle.
enum DateBytes {
    typealias Bytes = UnsafeBufferPointer<UInt8>
    /// The numbers as printed: the year has two or four digits.
    typealias Printed = (year: Int, month: Int, day: Int)

    static func isReadable(_ bytes: Bytes) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = UTF8Whitespace.scalarLength(lead)
            guard index + length <= bytes.count else { return false }
            let scalar = UTF8Whitespace.scalar(bytes, at: index)
            guard ScalarClass.of(scalar).contains(.plain),
                  lead < 0x80 || Unicode.Scalar(scalar)?.properties.numericType == nil else { return false }
            index += length
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

    /// Past the run of `\s` (White_Space scalars) from `start`.
    private static func skipSpaces(_ bytes: Bytes, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let width = UTF8Whitespace.width(bytes, at: index)
            guard width > 0 else { break }
            index += width
        }
        return index
    }

    private static func number(_ bytes: Bytes, _ range: Range<Int>) -> Int {
        range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
    }
}

import SitegenText

/// The words around a table that say what it is: its title, unit and as-of date.
struct TableCaption {
    var title: String?
    var unit: MoneyUnit?
    var asOf: Day?

    /// Reads the caption from the lines just before a table (after the previous table) and,
    /// since PDF text sometimes prints it below, from the few lines just after it.
    static func find(for table: RawTable, in lines: [SourceLine], after previousEnd: Int, releaseYear: Int) -> TableCaption {
        // Only the lines between the previous table and this one are looked at (looking through
        // every line of the report for every table made long reports quadratic).
        let start = firstIndex(in: lines, after: previousEnd)
        let end = max(start, firstIndex(in: lines, after: table.firstLine - 1))
        let before = lines[start..<end].lazy.reversed().filter { !$0.isBlank }.prefix(6).reversed()
        let after = lines[firstIndex(in: lines, after: table.lastLine)...].lazy.filter { !$0.isBlank }.prefix(3)
        var caption = TableCaption()
        for line in before.reversed() { caption.absorb(line) }
        for line in table.header { caption.absorbUnit(line) }
        for line in after where caption.unit == nil || caption.title == nil { caption.absorb(line, titleOnlyIfMarked: true) }
        if caption.asOf == nil {
            caption.asOf = headerDate(table.header.map(\.compact).joined(), year: releaseYear)
        }
        return caption
    }

    /// The position of the first line numbered above `number` (lines are in order).
    private static func firstIndex(in lines: [SourceLine], after number: Int) -> Int {
        lines.prefixEnd { $0.number <= number }
    }

    private mutating func absorb(_ line: SourceLine, titleOnlyIfMarked: Bool = false) {
        absorbUnit(line)
        if title == nil, let candidate = Self.titleText(line.text), !(titleOnlyIfMarked && !Self.isMarked(line.text)) {
            title = candidate
        }
    }

    private mutating func absorbUnit(_ line: SourceLine) {
        let compact = line.compact
        if unit == nil, let found = Self.unit(in: compact) { unit = found }
        if asOf == nil, compact.has("기준") || compact.has("단위"), let date = Self.date(in: line.text) { asOf = date }
    }

    /// `단위 : 천원`, `단위:백만)`, `단위: 백만 원`.
    static func unit(in compact: String) -> MoneyUnit? {
        // Most lines hold no 단위: they are not asked through Foundation.
        guard compact.containsText("단위"), let range = compact.range(of: "단위") else { return nil }
        let rest = compact[range.upperBound...].drop { $0 == ":" || $0 == "：" }
        if rest.hasPrefix("천원") { return .thousandWon }
        if rest.hasPrefix("백만") { return .millionWon }
        if rest.hasPrefix("원") { return .won }
        return nil
    }

    /// `'22.7.1.`, `’22. 3. 23.`, `2022. 7. 1.` → 2022-07-01: the first match of
    /// `Patterns.fullDate`, when it is a real month and day (a two-digit year is of the 2000s).
    static func date(in text: String) -> Day? {
        var text = text
        let readable = text.withUTF8(DateBytes.isReadable)
        guard let printed = readable ? text.withUTF8(DateBytes.firstDate) : dateByPattern(text) else { return nil }
        return Day(year: printed.year < 100 ? printed.year + 2000 : printed.year, month: printed.month, day: printed.day)
    }

    /// The numbers of the first match of `Patterns.fullDate` (nil when they are not all ASCII):
    /// `DateBytes.firstDate`'s oracle, and the reading of the lines it cannot read.
    static func dateByPattern(_ text: String) -> DateBytes.Printed? {
        guard text.utf8.contains(UInt8(ascii: ".")), let match = text.firstMatch(of: Patterns.fullDate),
              let year = Int(match.output.1), let month = Int(match.output.2), let day = Int(match.output.3) else { return nil }
        return (year, month, day)
    }

    /// `집행액(6.30.기준)` in a header gives month and day; the year is the release's.
    static func headerDate(_ compact: String, year: Int) -> Day? {
        guard compact.has("기준"), let match = compact.firstMatch(of: Patterns.headerDate),
              let month = Int(match.output.1), let day = Int(match.output.2) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    static func isMarked(_ text: String) -> Bool {
        guard let first = text.trimmedAll.unicodeScalars.first else { return false }
        return LineShape.bulletMarks.contains(first) || LineShape.romanNumerals.contains(first)
    }

    /// A line that names a table: short, not a caption, not a row.
    static func titleText(_ text: String) -> String? {
        var body = text.trimmedAll
        if body.containsText("단위"), let paren = body.range(of: "(단위") ?? body.range(of: "（단위") { body = String(body[..<paren.lowerBound]) }
        // Leading marks dropped without a regular expression (two per line before every table
        // were a tenth of reading a long report); a Roman numeral only where one can start.
        body = String(body.drop { $0.isWhitespace || "#※○□‣▶◆-－·•".contains($0) })
        if let first = body.first, "ⅠⅡⅢⅣⅤⅥIV".contains(first) {
            body = body.replacingOccurrences(of: #"^(?:[ⅠⅡⅢⅣⅤⅥ]|IV|V?I{1,3})\s*\.\s*"#, with: "", options: .regularExpression)
        }
        body = body.trimmedAll
        guard !body.isEmpty, body.count <= 40, !body.hasPrefix("("), !body.hasPrefix("（") else { return nil }
        return TextCleanup.collapseLetterSpacing(body)
    }
}

import Foundation

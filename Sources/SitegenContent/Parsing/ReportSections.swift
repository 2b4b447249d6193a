import SitegenText

/// The parts of a report: 일반현황 (I), the main business (III), and the audit report that
/// may follow. Each part keeps the original line numbers.
struct ReportSections {
    let general: ArraySlice<SourceLine>
    let mainBusiness: ArraySlice<SourceLine>
    let beforeAudit: ArraySlice<SourceLine>
    let audit: ArraySlice<SourceLine>

    init(lines: [SourceLine]) {
        let auditStart = lines.firstIndex { $0.text.has("처리결과") && $0.compact.wholeMatch(of: Patterns.auditTitle) != nil } ?? lines.endIndex
        let beforeAudit = lines[..<auditStart]
        let headings = beforeAudit.compactMap { line in Self.romanHeading(line).map { (level: $0, index: line.number - 1) } }
        let second = headings.first { $0.level >= 2 }?.index ?? auditStart
        let mainStart = headings.first { $0.level == 3 }?.index
        let mainEnd = mainStart.flatMap { start in
            beforeAudit[(start + 1)...].first { Self.endsMainBusiness($0) }.map { $0.number - 1 }
        } ?? auditStart
        general = lines[0..<second]
        mainBusiness = mainStart.map { lines[$0..<mainEnd] } ?? lines[0..<0]
        self.beforeAudit = beforeAudit
        audit = lines[auditStart...]
    }

    /// `Ⅲ. 주요업무 보고`, `# Ⅲ. …`, `II . 정책비전`, `IV. 2022 세부사업별 예산 현황` → 3, 2, 4.
    static func romanHeading(_ line: SourceLine) -> Int? {
        // Most lines are told apart by their first letter, before the text is trimmed.
        guard let lead = leadScalar(line.text), "ⅠⅡⅢⅣⅤⅥIV".unicodeScalars.contains(lead) else { return nil }
        let text = line.text.trimmedAll.drop { $0 == "#" || $0 == " " || LineShape.isPrivateUse($0.unicodeScalars.first!) }
        guard let first = text.first, "ⅠⅡⅢⅣⅤⅥIV".contains(first),
              let match = text.prefixMatch(of: Patterns.romanHeading) ?? text.prefixMatch(of: Patterns.romanHeadingBeforeYear)
        else { return nil }
        let numerals = ["Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6]
        return numerals[String(match.output.1)]
    }

    /// The first scalar that is not whitespace, `#` or private use (read on the bytes: the
    /// property lookups were a third of finding the parts).
    private static func leadScalar(_ text: String) -> Unicode.Scalar? {
        let lead = text.utf8.withContiguousStorageIfAvailable { bytes -> UInt32? in
            var index = 0
            while index < bytes.count {
                let width = UTF8Whitespace.width(bytes, at: index)
                if width > 0 { index += width; continue }
                let scalar = UTF8Whitespace.scalar(bytes, at: index)
                if scalar != 0x23, !(0xE000...0xF8FF).contains(scalar) { return scalar }
                index += UTF8Whitespace.scalarLength(bytes[index])
            }
            return nil
        }
        guard let lead else {
            return text.unicodeScalars.first { !$0.properties.isWhitespace && $0 != "#" && !LineShape.isPrivateUse($0) }
        }
        return lead.flatMap(Unicode.Scalar.init)
    }

    /// The main business ends at the next part, an appendix (`별 첨`), or the year's budget table.
    static func endsMainBusiness(_ line: SourceLine) -> Bool {
        if let level = romanHeading(line), level >= 4 { return true }
        if line.compactHasPrefix("별첨") { return true }
        let compact = line.compact
        return compact.first?.isASCIIDigit == true && compact.hasSuffix("현황") && compact.wholeMatch(of: Patterns.yearBudgetTitle) != nil
    }
}

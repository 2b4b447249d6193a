import SitegenText

/// Rules that tell what a line of report text is: a table row, a header, a caption, a heading.
enum LineShape {
    static let maximumWrappedNameLines = 5
    static let maximumHeaderLines = 16

    static func isPipeRow(_ line: SourceLine) -> Bool {
        // On the bytes: spaces, then `|` as a character of its own; else by characters.
        let answer = line.text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var index = 0
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            guard index < bytes.count else { return false }
            guard bytes[index] == UInt8(ascii: "|") else {
                return UTF8Whitespace.standsApart(bytes, at: index) ? false : nil
            }
            return index + 1 == bytes.count || UTF8Whitespace.standsApart(bytes, at: index + 1) ? true : nil
        }
        return (answer ?? nil) ?? (line.text.drop(while: { $0 == " " }).first == "|")
    }

    static func isTabRow(_ line: SourceLine) -> Bool {
        line.text.has("\t")
    }

    /// Cells of a pipe row; `nil` for the `|---|---|` separator row.
    static func pipeCells(_ text: String) -> [String]? {
        let cells = PipeSplit.cells(text.trimmedAll).map { String($0).trimmedAll }
        let isSeparator = cells.allSatisfy { cell in
            !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" }
        }
        return isSeparator ? nil : cells
    }

    /// Cells of a tab row, without the empty cells some exports leave at the end.
    static func tabCells(_ text: String) -> [String] {
        var cells = tabSplit(text).map { String($0).trimmedAll }
        while let last = cells.last, last.isEmpty { cells.removeLast() }
        return cells
    }

    /// `text.split(separator: "\t", omittingEmptySubsequences: false)`, on the bytes: a tab is a
    /// control, always a character of its own.
    static func tabSplit(_ text: String) -> [Substring] {
        var parts: [Substring] = []
        var start = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == 0x09 {
            parts.append(text[start..<index])
            start = text.utf8.index(after: index)
        }
        parts.append(text[start...])
        return parts
    }

    /// A row is data, not header, when at least two of its value cells are numbers.
    static func looksLikeData(_ cells: [String]) -> Bool {
        cells.filter { NumericToken(cell: $0)?.isValue == true }.count >= 2
    }

    /// Where the run of number cells that closes a space-split row starts, if it closes with numbers.
    static func numericTail(_ tokens: [String]) -> Int? {
        var split = tokens.count
        while split > 0, NumericToken(cell: tokens[split - 1]) != nil { split -= 1 }
        guard split < tokens.count else { return nil }
        // A row needs at least one real number, not only dashes.
        guard tokens[split...].contains(where: { NumericToken(cell: $0)?.isValue == true }) else { return nil }
        return split
    }

    static func numericTokenCount(_ tokens: [String]) -> Int {
        tokens.filter { NumericToken(cell: $0)?.isValue == true }.count
    }

    /// The first line of a space-split table header: `구 분 …` or `사업명 …`.
    static func startsHeader(_ line: SourceLine) -> Bool {
        line.compactHasPrefix("구분") || line.compactHasPrefix("사업명")
    }

    /// Words only a table header uses.
    static func isHeaderText(_ line: SourceLine) -> Bool {
        let compact = line.compact
        return headerWords.contains { compact.has($0) }
    }

    static let headerWords = [
        "구분", "사업명", "예산현액", "집행액", "집행률", "원인행위", "지출", "증감", "예상액", "잔액",
        "본예산", "최종예산", "편성액", "당초예산", "(A)", "(B)", "(B/A)", "(A-B)", "단위", "기준",
    ]

    /// A line that cannot belong to a space-split table: a bullet, a heading, a caption.
    static func endsSpacedTable(_ line: SourceLine) -> Bool {
        let text = line.text.trimmedAll
        guard let first = text.unicodeScalars.first else { return false }
        if bulletMarks.contains(first) || isPrivateUse(first) || romanNumerals.contains(first) { return true }
        if text.hasPrefix("- ") || text.hasPrefix("* ") { return true }
        return isCaption(line)
    }

    /// `(단위 : 천원, ’22.7.1.기준)` and the like.
    static func isCaption(_ line: SourceLine) -> Bool {
        guard line.compactHasPrefix("(") || line.compactHasPrefix("（") else { return false }
        let compact = line.compact
        return ["단위:", "단위：", "기준)", "기준,"].contains { compact.has($0) }
    }

    static func isPrivateUse(_ scalar: Unicode.Scalar) -> Bool {
        (0xE000...0xF8FF).contains(scalar.value)
    }

    static let bulletMarks: Set<Unicode.Scalar> = [
        "□", "■", "○", "◦", "●", "◎", "※", "‣", "▶", "▷", "➠", "◆", "◇", "▪", "∙", "•", "★", "☞",
        "⇒", "→", "－", "#", "<", "〈", "【", "「", "✓", "ㅇ", "*", "＊", "①", "②", "③", "④", "⑤",
    ]
    static let romanNumerals: Set<Unicode.Scalar> = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ"]
}

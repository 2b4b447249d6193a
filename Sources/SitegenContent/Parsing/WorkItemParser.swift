import SitegenText

/// Reads the items of the main-business part: numbered headings (`1  서울혁신파크 운영`,
/// `# 1 …`, `4|…`, a number alone above its title), or unnumbered headings that repeat a
/// title of the chapter's circled list (`① …`). Items are numbered per chapter.
struct WorkItemParser {
    let lines: ArraySlice<SourceLine>

    private struct Heading {
        var number: Int
        var title: String
        var index: Int
        var titleIndex: Int
    }

    func parse() -> [WorkItem] {
        let all = Array(lines)
        guard !all.isEmpty else { return [] }
        // Each line trimmed once (the rules below each trimmed every line again).
        let trimmed = all.map(\.text.trimmedAll)
        let circled = circledTitles(trimmed)
        var headings: [Int: Heading] = [:]
        var chapters: [Int: WorkItem.Chapter] = [:]
        for index in all.indices.dropFirst() {
            if let heading = numberedHeading(at: index, in: all, trimmed: trimmed)
                ?? circledHeading(at: index, trimmed: trimmed, titles: circled) {
                headings[index] = heading
            } else if let chapter = Self.chapterHeading(trimmed: trimmed[index]) {
                chapters[index] = chapter
            }
        }
        // A run of headings with nothing between them is a table of contents, not items.
        let contents = headings.filter { index, heading in
            guard let next = all[(index + 1)...].firstIndex(where: { !$0.isBlank }) else { return false }
            return headings[next] != nil && next != heading.titleIndex
        }
        for index in contents.keys { headings[index] = nil }
        return assemble(all, headings: headings, chapters: chapters)
    }

    private func assemble(_ all: [SourceLine], headings: [Int: Heading], chapters: [Int: WorkItem.Chapter]) -> [WorkItem] {
        var items: [WorkItem] = []
        var chapter: WorkItem.Chapter?
        var chapterTitles: [Int: String] = [:]
        var expected = 1
        var open: (heading: Heading, chapter: WorkItem.Chapter?)?
        func close(at end: Int) {
            guard let (heading, itemChapter) = open else { return }
            var body = all[(heading.titleIndex + 1)..<end].map(\.text)
            while body.last?.allSatisfy(\.isWhitespace) == true { body.removeLast() }
            let number = itemChapter.map { "\($0.number)-\(heading.number)" } ?? "\(heading.number)"
            items.append(WorkItem(number: number, chapter: itemChapter, title: heading.title, body: body,
                                  firstLine: all[heading.index].number, lastLine: all[max(end - 1, heading.titleIndex)].number))
            open = nil
        }
        for index in all.indices {
            if let found = chapters[index] {
                let current = chapter?.number ?? 0
                guard found.number == current + 1 || found.number == 1 else { continue }
                close(at: index)
                let title = chapterTitles[found.number] ?? found.title
                chapterTitles[found.number] = title
                chapter = WorkItem.Chapter(number: found.number, title: title)
                expected = 1
            } else if let heading = headings[index], heading.number == expected {
                close(at: index)
                open = (heading, chapter)
                expected += 1
            }
        }
        close(at: all.count)
        // Keep the last reading of each number: an earlier one is a contents page.
        var seen = Set<String>()
        return items.reversed().filter { seen.insert($0.number).inserted }.reversed()
    }

    /// `1  서울혁신파크 운영`, `## 2 민주주의 주간`, `4|국내외 …`, `5ㅣ기부 …`, `1] 갈등 …`, or a lone `3`.
    private func numberedHeading(at index: Int, in all: [SourceLine], trimmed: [String]) -> Heading? {
        let line = all[index]
        guard !LineShape.isTabRow(line), !LineShape.isPipeRow(line) else { return nil }
        let text = trimmed[index].drop { $0 == "#" || $0 == " " }
        guard text.first?.isASCIIDigit == true else { return nil }
        // Two characters at most, so eight bytes at most: longer lines skip the pattern.
        if text.utf8.count <= 8, text.wholeMatch(of: Patterns.itemNumberAlone) != nil, let number = Int(text),
           let next = all[(index + 1)...].firstIndex(where: { !$0.isBlank }), Self.isTitle(trimmed[next]) {
            return Heading(number: number, title: trimmed[next], index: index, titleIndex: next)
        }
        // The pattern's one or two digits are followed by a space, `|`, `ㅣ` or `]`: lines whose
        // second and third characters are neither (`2022. 3.`, `1,234`) are not matched at all.
        let separates = { (character: Character) in character.isWhitespace || character == "|" || character == "ㅣ" || character == "]" }
        guard text.dropFirst().prefix(2).contains(where: separates),
              let match = text.wholeMatch(of: Patterns.numberedHeading),
              let number = Int(match.output.1) else { return nil }
        let title = String(match.output.2).trimmedAll
        guard Self.isTitle(title), !Self.looksLikeData(title) else { return nil }
        return Heading(number: number, title: title, index: index, titleIndex: index)
    }

    /// A line repeating a title of a circled list (`① 안전하고 쾌적한 …`) without its number.
    private func circledHeading(at index: Int, trimmed: [String], titles: [String: Int]) -> Heading? {
        guard !titles.isEmpty else { return nil }
        let text = trimmed[index]
        guard Self.isTitle(text), let first = text.unicodeScalars.first, !Self.circledDigits.keys.contains(first),
              let number = titles[NameKey.program(text)] else { return nil }
        return Heading(number: number, title: text, index: index, titleIndex: index)
    }

    private func circledTitles(_ trimmed: [String]) -> [String: Int] {
        var titles: [String: Int] = [:]
        for line in trimmed {
            let text = line.drop { $0 == "-" || $0 == " " }
            guard let first = text.unicodeScalars.first, let number = Self.circledDigits[first] else { continue }
            let title = NameKey.program(String(text.dropFirst()))
            if !title.isEmpty, titles[title] == nil { titles[title] = number }
        }
        return titles
    }

    /// `1. 시민이 주체가 되는 사회혁신 추진`, `## 2. …`, ` 4. 청년 자립 지원 및`.
    static func chapterHeading(trimmed: String) -> WorkItem.Chapter? {
        let text = trimmed.drop { $0 == "#" || $0 == " " || LineShape.isPrivateUse($0.unicodeScalars.first!) }
        // `([1-9])\.`: the second character must be `.` before the pattern is tried.
        guard text.first?.isASCIIDigit == true, text.dropFirst().first == ".",
              let match = text.wholeMatch(of: Patterns.chapterHeading), let number = Int(match.output.1) else { return nil }
        let title = TextCleanup.collapseLetterSpacing(String(match.output.2).trimmedAll)
        guard isTitle(title), !title.has(":") else { return nil }
        return WorkItem.Chapter(number: number, title: title)
    }

    static func isTitle(_ text: String) -> Bool {
        let (count, hangul) = (text.utf8.withContiguousStorageIfAvailable(PlainText.countAndHangul) ?? nil)
            ?? (text.count, text.contains(where: { ("가"..."힣").contains($0) }))
        guard count > 0, count <= 60, hangul else { return false }
        guard let first = text.unicodeScalars.first, !listMarks.contains(first), !LineShape.isPrivateUse(first) else { return false }
        return !text.has("\t") && !text.hasPrefix("(") && !text.hasPrefix("-")
    }

    /// `1 2,000 3,000`: numbers after the first, not a title.
    static func looksLikeData(_ title: String) -> Bool {
        let tokens = title.whitespaceTokens.map(String.init)
        if tokens.first.map({ $0.has(",") || $0.has("%") }) == true { return true }
        return LineShape.numericTokenCount(tokens) >= 2
    }

    /// Marks that open a list entry, never a heading (brackets such as 「 may open a title).
    static let listMarks: Set<Unicode.Scalar> = [
        "□", "■", "○", "◦", "●", "◎", "※", "‣", "▶", "▷", "➠", "◆", "◇", "▪", "∙", "•", "★", "☞",
        "⇒", "→", "－", "*", "＊", "ㅇ", "✓", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩",
    ]

    static let circledDigits: [Unicode.Scalar: Int] = [
        "①": 1, "②": 2, "③": 3, "④": 4, "⑤": 5, "⑥": 6, "⑦": 7, "⑧": 8, "⑨": 9, "⑩": 10,
    ]
}

import SitegenText

/// Reads a 행정사무감사 처리결과 보고서: every council demand with its kind, department,
/// status and the department's answer, and the summary table's printed counts.
///
/// Each item ends in `(담당관)` then `□ 추진상황 : 추진중`; its demand is the `○` paragraph
/// just above the department, and its answer runs to the next demand.
struct AuditParser {
    let lines: ArraySlice<SourceLine>

    func parse() -> AuditReport {
        let all = Array(lines)
        let statusIndices = all.indices.filter { all[$0].text.has("추진상황") && all[$0].compact.hasPrefix("□추진상황:") }
        let kinds = sectionKinds(all)
        var items: [AuditItem] = []
        var demandStarts: [Int] = []
        var answerStarts: [Int] = []
        for statusIndex in statusIndices {
            guard let (departmentStart, departments) = departmentLines(above: statusIndex, in: all),
                  let demandStart = all[..<departmentStart].lastIndex(where: { $0.text.trimmedAll.hasPrefix("○") }),
                  let status = Self.status(all[statusIndex].compact) else { continue }
            let demand = TextCleanup.joinWrapped(all[demandStart..<departmentStart].map { String($0.text.trimmedAll.drop { $0 == "○" }) })
            demandStarts.append(demandStart)
            answerStarts.append(statusIndex + 1)
            items.append(AuditItem(number: items.count + 1, kind: kinds[demandStart],
                                   departments: departments, status: status.0, printedStatus: status.1,
                                   demand: demand, actions: [], sourceLine: all[demandStart].number))
        }
        // The answer of an item runs from its status line to the next item's demand.
        for position in items.indices {
            let from = answerStarts[position]
            let to = position + 1 < demandStarts.count ? demandStarts[position + 1] : all.count
            items[position].actions = all[from..<max(from, to)].map(\.text.trimmedAll)
                .filter { !$0.isEmpty && !Self.isPageHeader($0) }
        }
        return AuditReport(title: all.first.map { $0.text.trimmedAll } ?? "행정사무감사 처리결과",
                           items: items, printedCounts: printedCounts(all), firstLine: all.first?.number ?? 1)
    }

    /// `(청년정책담당관)` or `(사회혁신담당관, 지역공동체담당관,` / `청년정책담당관)` above the status.
    private func departmentLines(above statusIndex: Int, in all: [SourceLine]) -> (Int, [String])? {
        var index = statusIndex - 1
        while index >= 0, all[index].isBlank { index -= 1 }
        guard index >= 0, all[index].text.trimmedAll.hasSuffix(")") else { return nil }
        var start = index
        while start >= 0, !all[start].text.trimmedAll.hasPrefix("("), statusIndex - start < 4 { start -= 1 }
        guard start >= 0, all[start].text.trimmedAll.hasPrefix("(") else { return nil }
        let joined = all[start...index].map(\.compact).joined()
        let names = joined.dropFirst().dropLast().split(separator: ",").map(String.init).filter { !$0.isEmpty }
        return names.isEmpty ? nil : (start, names)
    }

    /// The kind of demand each line is under, from the section headings (시정·처리 요구사항,
    /// 건의사항, 기타사항), read in one pass.
    private func sectionKinds(_ all: [SourceLine]) -> [AuditItem.Kind] {
        var current = AuditItem.Kind.correction
        return all.map { line in
            let heading: AuditItem.Kind? = line.compactHasPrefix("건의사항") ? .suggestion
                : line.compactHasPrefix("기타사항") || line.compactHasPrefix("자료제출등기타사항") ? .other
                : line.compactHasPrefix("시정") && line.compact.has("요구사항") ? .correction : nil
            // A heading has no number in it (unless it heads 조치결과); asked only of headings,
            // since `isNumber` on every character of every line was half of reading the audit.
            if let heading, !line.compact.contains(where: \.isNumber) || line.compact.has("조치결과") { current = heading }
            return current
        }
    }

    static func status(_ compact: String) -> (AuditItem.Status, String)? {
        let printed = String(compact.dropFirst("□추진상황:".count))
        switch printed {
        case "완료", "추진완료": return (.done, printed)
        case "추진중": return (.inProgress, printed)
        case "검토중": return (.underReview, printed)
        case "미반영", "반영불가": return (.notAdopted, printed)
        default: return nil
        }
    }

    static func isPageHeader(_ text: String) -> Bool {
        let compact = text.withoutSpaces
        return compact.hasSuffix("조치결과및향후추진계획") || compact.hasSuffix("조치결과")
            || ["건의사항", "기타사항", "시정·처리요구사항"].contains(compact)
    }

    /// The 조치내역 table: `구 분 계 완 료 추진중 검토중 미반영` over rows of counts.
    private func printedCounts(_ all: [SourceLine]) -> [String: [String: Int]] {
        guard let header = all.firstIndex(where: { $0.compact.hasPrefix("구분계완료추진중") }) else { return [:] }
        let statuses = ["계", AuditItem.Status.done.rawValue, AuditItem.Status.inProgress.rawValue,
                        AuditItem.Status.underReview.rawValue, AuditItem.Status.notAdopted.rawValue]
        var counts: [String: [String: Int]] = [:]
        for line in all[(header + 1)...].prefix(12) where !line.isBlank {
            let tokens = line.text.whitespaceTokens.map(String.init)
            guard let split = LineShape.numericTail(tokens), tokens.count - split == statuses.count else { continue }
            let label = NameKey.department(tokens[..<split].joined())
            let kind: String
            if label == "계" { kind = "계" }
            else if label.hasPrefix("시정") { kind = AuditItem.Kind.correction.rawValue }
            else if label.hasPrefix("건의") { kind = AuditItem.Kind.suggestion.rawValue }
            else if label.hasPrefix("기타") { kind = AuditItem.Kind.other.rawValue }
            else { continue }
            counts[kind] = Dictionary(uniqueKeysWithValues: zip(statuses, tokens[split...].compactMap { Int($0) }))
        }
        return counts
    }
}

import SitegenText

/// `cross-table-mismatch`: the same program printed with different amounts in two tables of
/// one release. Programs are grouped by identity in one pass.
///
/// A program whose budget the report splits over several work items (the same name in two
/// items' 예산집행 현황) is consistent when its item rows add up to the summary row; only a
/// sum that differs is reported. Rows of summary tables are compared with each other as they are.
enum CrossTableCheck {
    static let compared: [ColumnRole] = [.budget, .committed, .executed]

    private struct Entry {
        var line: BudgetLine
        var table: BudgetTable
    }

    static func findings(in tables: [BudgetTable]) -> [Finding] {
        var order: [String] = []
        var groups: [String: [Entry]] = [:]
        // Each row's identity key made once (it normalises the label): a summary table's rows
        // all, an item table's program rows.
        let identityKeys = tables.map { table in
            table.lines.map { line in table.workItem == nil || line.kind == .program ? line.identityKey : "" }
        }
        let summaryKeys = Set(tables.indices.filter { tables[$0].workItem == nil }.flatMap { identityKeys[$0] })
        for (t, table) in tables.enumerated() {
            for (l, line) in table.lines.enumerated() where line.kind == .program {
                let key = groupKey(line, identityKey: identityKeys[t][l], inItem: table.workItem != nil, summaryKeys: summaryKeys)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(Entry(line: line, table: table))
            }
        }
        return order.flatMap { findings(for: groups[$0]!) }
    }

    /// An item row named `사업 (세부 내용)` is part of the summary's `사업` when the summary has no
    /// row of its own full name.
    private static func groupKey(_ line: BudgetLine, identityKey key: String, inItem: Bool, summaryKeys: Set<String>) -> String {
        guard inItem, !summaryKeys.contains(key),
              let open = line.label.lastIndex(of: "("), line.label.trimmedAll.hasSuffix(")") else { return key }
        let base = NameKey.program(String(line.label[..<open]))
        return summaryKeys.contains(base) ? base : key
    }

    private static func findings(for entries: [Entry]) -> [Finding] {
        guard entries.count > 1 else { return [] }
        let summary = entries.filter { $0.table.workItem == nil }
        let items = entries.filter { $0.table.workItem != nil }
        var findings: [Finding] = []
        // Summary tables against the first summary table.
        if let first = summary.first {
            for other in summary.dropFirst() { findings += differences(other, first) }
        }
        if let reference = summary.first {
            if items.count == 1 {
                findings += differences(items[0], reference)
            } else if items.count > 1 {
                findings += splitDifferences(items, reference)
            }
        } else if let first = items.first {
            // No summary row: item tables that differ are parts of one program, not a contradiction,
            // unless they are in the same item.
            for other in items.dropFirst() where other.table.workItem == first.table.workItem {
                findings += differences(other, first)
            }
        }
        return findings
    }

    private static func differences(_ entry: Entry, _ reference: Entry) -> [Finding] {
        compared.compactMap { role in
            guard let a = reference.line.amounts[role], let b = entry.line.amounts[role], a != b else { return nil }
            let later = entry.line.firstLine > reference.line.firstLine ? entry : reference
            let earlier = later.line.firstLine == entry.line.firstLine ? reference : entry
            return Finding(kind: .crossTableMismatch, line: later.line.firstLine,
                message: "‘\(later.line.label)’의 \(role.koreanLabel)이 이 표(\(later.table.title))에는 \(Won.format(later.line.amounts[role]!)), \(earlier.line.firstLine)행의 표(\(earlier.table.title))에는 \(Won.format(earlier.line.amounts[role]!))으로 인쇄되어 다릅니다.")
        }
    }

    private static func splitDifferences(_ items: [Entry], _ reference: Entry) -> [Finding] {
        compared.compactMap { role in
            guard let total = reference.line.amounts[role] else { return nil }
            let parts = items.compactMap { $0.line.amounts[role] }
            guard parts.count == items.count else { return nil }
            guard let sum = CheckedArithmetic.sum(parts) else {
                return CheckedArithmetic.tooLarge(reference.line.label, line: reference.line.firstLine, what: "\(role.koreanLabel) 합계")
            }
            guard sum != total else { return nil }
            let lines = items.map { String($0.line.firstLine) }.joined(separator: ", ")
            return Finding(kind: .crossTableMismatch, line: reference.line.firstLine,
                message: "‘\(reference.line.label)’의 \(role.koreanLabel)이 이 표(\(reference.table.title))에는 \(Won.format(total))으로 인쇄되었지만 이 사업을 나누어 실은 주요업무 표들(\(lines)행)의 합은 \(Won.format(sum))입니다.")
        }
    }
}

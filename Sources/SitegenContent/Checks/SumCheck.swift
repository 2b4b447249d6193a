import SitegenText

/// `sum-mismatch`: a total, subtotal or department row that differs from the sum of the rows
/// beneath it. The rows beneath are those up to the next row of the same or a higher level;
/// only the nearest level is added (a total adds its departments, not their programs).
enum SumCheck {
    static func level(_ kind: BudgetLine.Kind, label: String) -> Int {
        switch kind {
        case .total: return 0
        case .subtotal: return label.withoutSpaces.hasSuffix("(계)") || label.withoutSpaces == "소계" ? 1 : 2
        case .department: return 2
        case .program: return 3
        }
    }

    static func findings(in table: BudgetTable) -> [Finding] {
        let levels = table.lines.map { level($0.kind, label: $0.label) }
        var findings: [Finding] = []
        for (index, parent) in table.lines.enumerated() where levels[index] < 3 {
            var children: [Int] = []
            var next = index + 1
            while next < table.lines.count, levels[next] > levels[index] {
                children.append(next)
                next += 1
            }
            guard let nearest = children.map({ levels[$0] }).min() else { continue }
            let direct = children.filter { levels[$0] == nearest }.map { table.lines[$0] }
            for role in table.columns where !role.isRate {
                guard let printed = parent.amounts[role] else { continue }
                let values = direct.map { $0.amounts[role] }
                // A child with no value (`-`) adds nothing; a malformed one makes the sum unknown.
                guard !direct.isEmpty, values.contains(where: { $0 != nil }) || printed == 0 else { continue }
                if direct.contains(where: { child in child.amounts[role] == nil && malformed(child, role) }) { continue }
                guard let sum = CheckedArithmetic.sum(values.map { $0 ?? 0 }), let gap = CheckedArithmetic.difference(printed, sum) else {
                    findings.append(CheckedArithmetic.tooLarge(parent.label, line: parent.lastLine, what: "\(role.koreanLabel) 합계"))
                    continue
                }
                guard sum != printed else { continue }
                var message = "‘\(parent.label)’의 \(role.koreanLabel)이 \(Won.format(printed))으로 인쇄되었지만 그 아래 \(direct.count)개 행의 합은 \(Won.format(sum))입니다(차이 \(Won.format(gap)))."
                if table.unit != .won, gap.magnitude <= UInt(direct.count) * UInt(table.unit.wonPerUnit) / 2 {
                    message += " \(table.unit.rawValue) 단위로 반올림한 값의 합이라 생긴 차이일 수 있습니다."
                }
                findings.append(Finding(kind: .sumMismatch, line: parent.lastLine, message: message))
            }
        }
        return findings
    }

    /// Whether the row's cell for `role` was printed but could not be read.
    private static func malformed(_ line: BudgetLine, _ role: ColumnRole) -> Bool {
        line.unreadable.contains(role)
    }
}

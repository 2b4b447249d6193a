/// `cross-table-mismatch`: the same program printed with different amounts in two tables of
/// one release. Programs are grouped by normalised name in one pass.
enum CrossTableCheck {
    static let compared: [ColumnRole] = [.budget, .committed, .executed]

    static func findings(in tables: [BudgetTable]) -> [Finding] {
        var first: [String: (line: BudgetLine, table: BudgetTable)] = [:]
        var findings: [Finding] = []
        for table in tables {
            for line in table.lines where line.kind == .program {
                guard let earlier = first[line.identityKey] else {
                    first[line.identityKey] = (line, table)
                    continue
                }
                for role in compared {
                    guard let a = earlier.line.amounts[role], let b = line.amounts[role], a != b else { continue }
                    findings.append(Finding(kind: .crossTableMismatch, line: line.firstLine,
                        message: "‘\(line.label)’의 \(role.koreanLabel)이 이 표(\(table.title))에는 \(Won.format(b)), \(earlier.line.firstLine)행의 표(\(earlier.table.title))에는 \(Won.format(a))으로 인쇄되어 다릅니다."))
                }
            }
        }
        return findings
    }
}

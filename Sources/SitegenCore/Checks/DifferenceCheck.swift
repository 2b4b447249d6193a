/// `difference-mismatch`: a difference printed in a row that is not the difference of the
/// row's own amounts — 증감 against this year's and last year's budget, 집행잔액 against
/// 예산현액 and 집행액.
enum DifferenceCheck {
    static func findings(in table: BudgetTable) -> [Finding] {
        let prior: ColumnRole? = table.columns.contains(.priorFinal) ? .priorFinal
            : table.columns.contains(.priorBudget) ? .priorBudget : nil
        return table.lines.flatMap { line -> [Finding] in
            var findings: [Finding] = []
            if let prior, let change = line.amounts[.change], let budget = line.budget, let before = line.amounts[prior] {
                if let difference = CheckedArithmetic.difference(budget, before) {
                    if change != difference {
                        findings.append(Finding(kind: .differenceMismatch, line: line.lastLine,
                            message: "‘\(line.label)’의 증감이 \(Won.format(change))으로 인쇄되었지만 예산 \(Won.format(budget)) − \(prior.koreanLabel) \(Won.format(before))은 \(Won.format(difference))입니다."))
                    }
                } else {
                    findings.append(CheckedArithmetic.tooLarge(line.label, line: line.lastLine, what: "증감"))
                }
            }
            if let remaining = line.amounts[.remaining], let budget = line.budget, let executed = line.executed {
                if let difference = CheckedArithmetic.difference(budget, executed) {
                    if remaining != difference {
                        findings.append(Finding(kind: .differenceMismatch, line: line.lastLine,
                            message: "‘\(line.label)’의 집행잔액이 \(Won.format(remaining))으로 인쇄되었지만 예산현액 \(Won.format(budget)) − 집행액 \(Won.format(executed))은 \(Won.format(difference))입니다."))
                    }
                } else {
                    findings.append(CheckedArithmetic.tooLarge(line.label, line: line.lastLine, what: "집행잔액"))
                }
            }
            return findings
        }
    }
}

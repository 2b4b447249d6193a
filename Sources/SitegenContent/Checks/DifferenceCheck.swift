import SitegenText

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
                findings += check(line, printed: change, what: "증감", minuend: ("예산", budget), subtrahend: (prior.koreanLabel, before))
            }
            if let remaining = line.amounts[.remaining], let budget = line.budget, let executed = line.executed {
                findings += check(line, printed: remaining, what: "집행잔액", minuend: ("예산현액", budget), subtrahend: ("집행액", executed))
            }
            return findings
        }
    }

    /// A printed difference (`what`) against minuend − subtrahend: a finding when they differ,
    /// or when the difference is too large to compute.
    private static func check(_ line: BudgetLine, printed: Int, what: String,
                              minuend: (label: String, value: Int), subtrahend: (label: String, value: Int)) -> [Finding] {
        guard let difference = CheckedArithmetic.difference(minuend.value, subtrahend.value) else {
            return [CheckedArithmetic.tooLarge(line.label, line: line.lastLine, what: what)]
        }
        guard printed != difference else { return [] }
        return [Finding(kind: .differenceMismatch, line: line.lastLine,
                        message: "‘\(line.label)’의 \(what)이 \(Won.format(printed))으로 인쇄되었지만 \(minuend.label) \(Won.format(minuend.value)) − \(subtrahend.label) \(Won.format(subtrahend.value))은 \(Won.format(difference))입니다.")]
    }
}

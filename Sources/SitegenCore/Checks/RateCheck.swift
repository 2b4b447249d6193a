import Foundation

/// `rate-mismatch`: a printed rate that differs from amount ÷ budget by more than one unit of
/// its last printed digit (so both rounding and truncation pass).
enum RateCheck {
    static let pairs: [(amount: ColumnRole, rate: ColumnRole)] = [
        (.executed, .rate), (.committed, .committedRate), (.yearEndEstimate, .yearEndRate),
    ]

    static func findings(in table: BudgetTable) -> [Finding] {
        table.lines.flatMap { line in
            pairs.compactMap { pair -> Finding? in
                guard let printed = line.rates[pair.rate], let amount = line.amounts[pair.amount],
                      let budget = line.budget, budget > 0 else { return nil }
                let computed = Double(amount) / Double(budget) * 100
                guard abs(computed - printed.value) > printed.precision + 1e-9 else { return nil }
                let shown = String(format: "%.\(max(printed.decimals, 1))f", computed)
                return Finding(kind: .rateMismatch, line: line.lastLine,
                               message: "‘\(line.label)’의 \(pair.rate.koreanLabel)이 \(printed)%로 인쇄되었지만 \(pair.amount.koreanLabel) \(Won.format(amount)) ÷ 예산현액 \(Won.format(budget))은 \(shown)%입니다.")
            }
        }
    }
}

import Foundation
import SitegenText

/// `rate-mismatch`: a printed rate that is neither the exact rate nor what the table's own
/// rounding convention makes of it.
///
/// Reports round (half-up) or truncate. Each table's convention is inferred from its rows
/// where the two give different printed digits; a row is flagged when its printed rate is
/// neither exact nor what that convention gives, and the message says what the table does
/// elsewhere. Where no row tells the conventions apart, either is accepted. Two allowances:
/// amounts printed in 천원 or 백만원 were rounded to that unit, so any rate the unrounded
/// amounts could give is accepted; and a rate just under 100 may be printed as 99(.9) where
/// rounding would print 100, since 100% would claim a budget fully spent.
enum RateCheck {
    static let pairs: [(amount: ColumnRole, rate: ColumnRole)] = [
        (.executed, .rate), (.committed, .committedRate), (.yearEndEstimate, .yearEndRate),
    ]

    enum Convention: Equatable {
        case halfUp, truncation

        var korean: String { self == .halfUp ? "반올림" : "버림" }
    }

    /// One printed rate against its amounts, in units of the printed last digit.
    struct Reading {
        var line: BudgetLine
        var pair: (amount: ColumnRole, rate: ColumnRole)
        var printed: PrintedRate
        var amount: Int
        var budget: Int
        /// What each convention prints for the lowest and highest rate the (unit-rounded) amounts allow.
        var halfUp: ClosedRange<Int>
        var truncated: ClosedRange<Int>
        /// The exact rate is a whole number of printed units and equals `truncated`.
        var exact: Bool

        func accepts(_ convention: Convention) -> Bool {
            let value = printed.scaled
            switch convention {
            case .truncation:
                return truncated.contains(value)
            case .halfUp:
                let full = 100 * RateCheck.pow10(printed.decimals)
                let belowFull = amount < budget && halfUp.upperBound == full && value == full - 1
                return halfUp.contains(value) || belowFull
            }
        }

        /// The convention this row shows, when only one of them gives its printed digits.
        var votes: Convention? {
            switch (accepts(.halfUp), accepts(.truncation)) {
            case (true, false): return .halfUp
            case (false, true): return .truncation
            default: return nil
            }
        }
    }

    static func findings(in table: BudgetTable) -> [Finding] {
        let readings = table.lines.flatMap { line in pairs.compactMap { reading(line, $0, unit: table.unit.wonPerUnit) } }
        let votes = readings.compactMap(\.votes)
        let rounded = votes.filter { $0 == .halfUp }.count, truncated = votes.count - rounded
        let convention: Convention? = rounded > truncated ? .halfUp : truncated > rounded ? .truncation : nil
        return readings.compactMap { finding($0, convention: convention, evidence: max(rounded, truncated)) }
    }

    static func reading(_ line: BudgetLine, _ pair: (amount: ColumnRole, rate: ColumnRole), unit: Int) -> Reading? {
        guard let printed = line.rates[pair.rate], let amount = line.amounts[pair.amount],
              let budget = line.budget, budget > unit, amount >= 0, printed.scaled >= 0, printed.decimals <= 6 else { return nil }
        let scale = 100 * pow10(printed.decimals)
        // Amounts in won are whole units of the table: each was rounded by at most half a unit.
        let half = unit > 1 ? unit / 2 : 0
        guard let exact = divide(amount, scale: scale, by: budget),
              let low = divide(max(amount - half, 0), scale: scale, by: budget + half),
              let high = divide(amount + half, scale: scale, by: budget - half) else { return nil }
        func halfUp(_ d: (quotient: Int, remainder: Int, divisor: Int)) -> Int {
            d.remainder * 2 >= d.divisor ? d.quotient + 1 : d.quotient
        }
        return Reading(line: line, pair: pair, printed: printed, amount: amount, budget: budget,
                       halfUp: halfUp(low)...halfUp(high), truncated: low.quotient...high.quotient,
                       exact: exact.remainder == 0)
    }

    private static func finding(_ r: Reading, convention: Convention?, evidence: Int) -> Finding? {
        let printed = r.printed.scaled
        if r.exact && r.truncated.contains(printed) { return nil }
        guard let exact = divide(r.amount, scale: 100 * pow10(r.printed.decimals), by: r.budget) else { return nil }
        // Decided before the message is written: formatting it for every accepted rate was most of the check.
        if let convention {
            guard !r.accepts(convention) else { return nil }
        } else {
            guard !r.accepts(.halfUp), !r.accepts(.truncation) else { return nil }
        }
        let nearest = exact.remainder * 2 >= exact.divisor ? exact.quotient + 1 : exact.quotient
        let computed = Double(r.amount) / Double(r.budget) * 100
        let detail = String(format: "%.\(r.printed.decimals + 2)f", computed)
        let prefix = "‘\(r.line.label)’의 \(r.pair.rate.koreanLabel)이 \(r.printed)%로 인쇄되었지만 \(r.pair.amount.koreanLabel) \(Won.format(r.amount)) ÷ 예산현액 \(Won.format(r.budget))은"
        guard let convention else {
            return Finding(kind: .rateMismatch, line: r.line.lastLine,
                           message: "\(prefix) \(format(nearest, r.printed.decimals))%입니다(\(detail)%).")
        }
        let other: Convention = convention == .halfUp ? .truncation : .halfUp
        let expected = convention == .halfUp ? nearest : exact.quotient
        var message = "\(prefix) \(detail)%로, \(convention.korean)하면 \(format(expected, r.printed.decimals))%입니다."
        message += r.accepts(other)
            ? " 이 표는 반올림과 버림이 갈리는 다른 \(evidence)개 행에서 \(convention.korean)했는데 이 행만 \(other.korean)했습니다."
            : " 이 표는 반올림과 버림이 갈리는 \(evidence)개 행에서 \(convention.korean)했습니다."
        return Finding(kind: .rateMismatch, line: r.line.lastLine, message: message)
    }

    /// `value × scale ÷ divisor` as quotient and remainder, exactly (128-bit); `nil` when the
    /// quotient would not fit.
    static func divide(_ value: Int, scale: Int, by divisor: Int) -> (quotient: Int, remainder: Int, divisor: Int)? {
        guard divisor > 0, value >= 0, Double(value) * Double(scale) / Double(divisor) < 9e18 else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(value.multipliedFullWidth(by: scale))
        return (quotient, remainder, divisor)
    }

    static func pow10(_ n: Int) -> Int {
        (0..<n).reduce(1) { value, _ in value * 10 }
    }

    /// A scaled rate as printed (`842`, 1 decimal → `84.2`).
    private static func format(_ scaled: Int, _ decimals: Int) -> String {
        PrintedRate(scaled: scaled, decimals: decimals).description
    }
}

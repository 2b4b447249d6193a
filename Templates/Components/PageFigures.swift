import SitegenText
import SitegenContent
import SitegenSite

/// A page's summary figures as its glance list shows them (`1억 5,245만 원`, `4.9%`), and the
/// one sentence its link preview says with the same strings: "2022년 7월 보고서 기준 예산현액
/// 1억 5,245만 원 중 745만 원 집행(4.9%), 2022. 7. 1. 기준".
struct PageFigures: Equatable {
    /// The month of the report the figures are from (`2022년 7월`).
    var report: String
    var budget: String?
    var executed: String?
    /// The printed rate (`4.9%`), or one computed from the amounts (`computedRate`).
    var rate: String?
    var computedRate = false
    /// The as-of date of the figures' table (`2022. 7. 1.`).
    var asOf: String?

    /// The figures of a budget line: its printed rate, else the rate its amounts give (to one
    /// decimal, as the program page's glance shows it).
    init(line: BudgetLine, report: YearMonth, asOf: Day?) {
        self.report = Format.month(report)
        budget = line.budget.map(Format.compactWon)
        executed = line.executed.map(Format.compactWon)
        if let printed = line.rate {
            // With the report's sign, as the tables print it (`△37.2%`).
            rate = Format.printedRate(printed)
        } else if let computed = ReleaseOverview.computedRate(line) {
            rate = Format.percent(computed)
            computedRate = true
        }
        self.asOf = asOf.map(Format.day)
    }

    init(report: String, budget: String?, executed: String?, rate: String?, asOf: String?) {
        self.report = report
        self.budget = budget
        self.executed = executed
        self.rate = rate
        self.asOf = asOf
    }

    /// The rate as the glance shows it: `12.5% (계산)` when computed.
    var rateLabel: String? { rate.map { computedRate ? "\($0) (계산)" : $0 } }

    /// The figures in one sentence; `nil` when there are none.
    var sentence: String? {
        guard budget != nil || executed != nil || rate != nil else { return nil }
        let rateNote = rate.map { computedRate ? "계산 \($0)" : $0 }
        var text = "\(report) 보고서 기준"
        switch (budget, executed) {
        case let (budget?, executed?):
            text += " 예산현액 \(budget) 중 \(executed) 집행" + (rateNote.map { "(\($0))" } ?? "")
        case let (budget?, nil):
            text += " 예산현액 \(budget)" + (rateNote.map { ", 집행률 \($0)" } ?? "")
        case let (nil, executed?):
            text += " 집행액 \(executed)" + (rateNote.map { "(\($0))" } ?? "")
        case (nil, nil):
            text += " 집행률 \(rateNote ?? "")"
        }
        if let asOf { text += ", \(asOf) 기준" }
        return text
    }
}

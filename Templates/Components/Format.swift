import Foundation
import SitegenText
import SitegenContent

/// How numbers, rates and dates read on the pages (Korean conventions).
enum Format {
    /// `1,977,413,000` — the exact amount in won.
    static func won(_ value: Int?) -> HTML {
        guard let value else { return none }
        return "\(FixedFormat.grouped(value))"
    }

    /// `19억 7,741만` for a table cell, with the exact amount in won in a `data` element's value
    /// (for programs) and title (on hover). Screen readers read what the page shows; the exact
    /// won is also in the table's CSV and in the row's citation.
    static func amount(_ value: Int?) -> HTML {
        guard let value else { return none }
        return "<data value=\"\(value)\" title=\"\(FixedFormat.grouped(value))원\">\(shortWon(value))</data>"
    }

    /// The mark of a value the report does not print.
    static let none: HTML = "<span class=\"none\" title=\"인쇄된 값 없음\">–</span>"

    /// `19억 7,741만` — `compactWon` without the trailing `원` (a table's caption names the unit).
    static func shortWon(_ value: Int) -> String {
        let sign = value < 0 ? "△" : ""
        let magnitude = value.magnitude  // Int.min too
        let eok = Int(magnitude / 100_000_000)
        let man = Int((magnitude % 100_000_000) / 10_000)
        if eok > 0 && man > 0 { return "\(sign)\(FixedFormat.grouped(eok))억 \(FixedFormat.grouped(man))만" }
        if eok > 0 { return "\(sign)\(FixedFormat.grouped(eok))억" }
        if man > 0 { return "\(sign)\(FixedFormat.grouped(man))만" }
        return "\(sign)\(FixedFormat.grouped(Int(magnitude)))"
    }

    /// A change in percentage points with the report's signs: `+3.0%p`, `△37.2%p`.
    static func points(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == 0 { return "0.0%p" }
        return (rounded < 0 ? "△" : "+") + FixedFormat.decimal(abs(rounded)) + "%p"
    }

    /// A change in won with the report's signs: `+1억 원`, `△2억 3,000만 원`.
    static func signedWon(_ value: Int) -> String {
        value > 0 ? "+" + compactWon(value) : compactWon(value)
    }

    /// `19억 7,741만 원` — an amount a reader can take in at a glance.
    static func compactWon(_ value: Int) -> String {
        shortWon(value) + " 원"
    }

    /// A printed rate with the report's sign: `△37.2%` where the report prints `△37.2`.
    static func rate(_ rate: PrintedRate?) -> HTML {
        guard let rate else { return none }
        return "\(printedRate(rate))"
    }

    /// A printed rate as text: `△37.2%` where the report prints `△37.2`, `62.5%` otherwise.
    static func printedRate(_ rate: PrintedRate) -> String {
        let text = rate.description
        return text.hasPrefix("-") ? "△\(String(text.dropFirst()))%" : "\(text)%"
    }

    static func percent(_ value: Double) -> String {
        FixedFormat.decimal(value) + "%"
    }

    /// `2022-03` → `2022년 3월`.
    static func month(_ month: YearMonth) -> String {
        month.label
    }

    /// The share of the fiscal (calendar) year elapsed by the end of a day, in percent:
    /// 2022-07-01 → 182 ÷ 365 = 49.9 %. `nil` for a day the month does not have (2022-02-30).
    static func yearElapsed(_ day: Day) -> Double? {
        let leap = day.year % 4 == 0 && (day.year % 100 != 0 || day.year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day.day <= lengths[day.month - 1] else { return nil }
        let elapsed = lengths.prefix(day.month - 1).reduce(0, +) + day.day
        let days = leap ? 366 : 365
        return Double(elapsed) / Double(days) * 100
    }

    /// 2022-07-01 → `2022. 7. 1.`
    static func day(_ day: Day) -> String {
        "\(day.year). \(day.month). \(day.day)."
    }
}

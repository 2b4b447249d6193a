import Foundation
import SitegenCore

/// How numbers, rates and dates read on the pages (Korean conventions).
enum Format {
    /// `1,977,413,000` — the exact amount in won.
    static func won(_ value: Int?) -> HTML {
        guard let value else { return "<span class=\"none\" title=\"인쇄된 값 없음\">–</span>" }
        return "\(grouped(value))"
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? "△" : "") + out
    }

    /// `19억 7,741만 원` — an amount a reader can take in at a glance.
    static func compactWon(_ value: Int) -> String {
        let sign = value < 0 ? "△" : ""
        let magnitude = abs(value)
        let eok = magnitude / 100_000_000
        let man = (magnitude % 100_000_000) / 10_000
        if eok > 0 && man > 0 { return "\(sign)\(grouped(eok))억 \(grouped(man))만 원" }
        if eok > 0 { return "\(sign)\(grouped(eok))억 원" }
        if man > 0 { return "\(sign)\(grouped(man))만 원" }
        return "\(sign)\(grouped(magnitude)) 원"
    }

    static func rate(_ rate: PrintedRate?) -> HTML {
        guard let rate else { return "<span class=\"none\" title=\"인쇄된 값 없음\">–</span>" }
        return "\(rate.description)%"
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.1f%%", value)
    }

    /// `2022-03` → `2022년 3월`.
    static func month(_ month: YearMonth) -> String {
        "\(month.year)년 \(month.month)월"
    }

    /// `2022-07-01` → `2022. 7. 1.`
    static func day(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return iso }
        return "\(parts[0]). \(parts[1]). \(parts[2])."
    }
}

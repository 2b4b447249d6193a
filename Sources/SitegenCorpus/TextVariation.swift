import Foundation
import SitegenText

/// Multiplies every comma-grouped amount (`1,234,000`) by a factor, keeping its format.
enum AmountScaling {
    static let amount = try! NSRegularExpression(pattern: #"(?<![\d.])(\d{1,3}(?:,\d{3})+)(?![\d,])"#)

    static func scale(_ text: String, by factor: Double) -> String {
        replace(amount, in: text) { match in
            let value = Double(match.replacingOccurrences(of: ",", with: "")) ?? 0
            return FixedFormat.grouped(max(1, Int((value * factor).rounded())))
        }
    }
}

/// Moves four-digit years (2015–2023) and `'YY.` year marks by some years.
enum YearShift {
    static let fourDigits = try! NSRegularExpression(pattern: #"(?<!\d)20(1[5-9]|2[0-3])(?!\d)"#)
    static let twoDigits = try! NSRegularExpression(pattern: #"(?<=['’‘`])(1[5-9]|2[0-3])(?=\s?[.년])"#)

    static func shift(_ text: String, by delta: Int) -> String {
        let four = replace(fourDigits, in: text) { String((Int($0) ?? 0) + delta) }
        return replace(twoDigits, in: four) { String(format: "%02d", ((Int($0) ?? 0) + delta) % 100) }
    }
}

/// Replaces every match of a pattern with what `transform` makes of the matched text.
func replace(_ pattern: NSRegularExpression, in text: String, _ transform: (String) -> String) -> String {
    let source = text as NSString
    var out = ""
    var last = 0
    for match in pattern.matches(in: text, range: NSRange(location: 0, length: source.length)) {
        out += source.substring(with: NSRange(location: last, length: match.range.location - last))
        out += transform(source.substring(with: match.range))
        last = match.range.location + match.range.length
    }
    out += source.substring(from: last)
    return out
}

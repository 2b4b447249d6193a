import SitegenCore

/// How to cite one budget line, in Korean: issuer, title, date, table, line, permalink and the
/// source's SHA-256, so that anyone can find the number in the archived report.
struct Citation {
    let release: Release
    let table: BudgetTable
    let line: BudgetLine
    let permalink: String

    var text: String {
        let m = release.metadata
        return "\(m.issuer), 「\(m.title)」, \(m.date.year)년 \(m.date.month)월, ‘\(table.title)’ 표 \(line.firstLine)행 ‘\(line.label)’. \(permalink) (원문 report.txt SHA-256 \(release.source.sha256))"
    }

    var html: HTML {
        "<details class=\"cite\"><summary>인용</summary><p>\(text)</p></details>"
    }
}

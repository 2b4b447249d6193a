import SitegenCore

/// How to cite one budget line, in Korean: issuer, title, date, table, line, the printed amounts,
/// the line's one permalink (absolute under `--base-url`) and the source's SHA-256, so that
/// anyone can find the number in the archived report.
struct Citation {
    let release: Release
    let table: BudgetTable
    let line: BudgetLine
    /// `SiteMap.budgetLine`, made absolute by the site's configuration.
    let permalink: String

    init(release: Release, table: BudgetTable, line: BudgetLine, config: SiteConfig) {
        self.release = release
        self.table = table
        self.line = line
        permalink = config.absoluteURL(SiteMap.budgetLine(release.id, workItem: table.workItem, line: line.firstLine))
    }

    var text: String {
        let m = release.metadata
        var amounts: [String] = []
        if let budget = line.budget { amounts.append("예산현액 \(Format.grouped(budget))원") }
        if let executed = line.executed { amounts.append("집행액 \(Format.grouped(executed))원") }
        if let rate = line.rate { amounts.append("집행률 \(rate.description)%") }
        let figures = amounts.isEmpty ? "" : " (\(amounts.joined(separator: ", ")))"
        return "\(m.issuer), 「\(m.title)」, \(m.date.year)년 \(m.date.month)월, ‘\(table.title)’ 표 \(line.firstLine)행 ‘\(TextCleanup.collapseLetterSpacing(line.label))’\(figures). \(permalink) (원문 report.txt SHA-256 \(release.source.sha256))"
    }

    /// The citation behind a disclosure; the page's script adds copy buttons where it can.
    var html: HTML {
        "<details class=\"cite\"><summary>인용</summary><p class=\"cite-text\">\(text)</p></details>"
    }
}

import SitegenText
import SitegenContent
import SitegenSite

/// How to cite one budget line, in Korean: issuer, title, date, table, line, the printed amounts,
/// the line's one permalink (absolute under `--base-url`) and the source's SHA-256, so that
/// anyone can find the number in the archived report.
struct Citation {
    let release: Release
    let table: BudgetTable
    let line: BudgetLine
    /// The line's `SiteMap.budgetLine`, made absolute by the site's configuration.
    let permalink: String

    /// `path` is the line's `SiteMap.budgetLine` (which the links cell beside the citation
    /// also links to).
    init(release: Release, table: BudgetTable, line: BudgetLine, path: String, config: SiteConfig) {
        self.release = release
        self.table = table
        self.line = line
        permalink = config.absoluteURL(path)
    }

    /// The citation behind a disclosure; the page's script adds copy buttons where it can.
    /// `issuer, 「title」, 2022년 7월, ‘table’ 표 12행 ‘label’ (예산현액 …원, 집행액 …원, 집행률 …%).
    /// permalink (원문 report.txt SHA-256 …)`
    var html: HTML {
        let m = release.metadata
        return """
        <details class="cite"><summary>인용</summary><p class="cite-text">\
        \(m.issuer), 「\(m.title)」, \(m.date.year)년 \(m.date.month)월, \
        ‘\(table.title)’ 표 \(line.firstLine)행 ‘\(TextCleanup.collapseLetterSpacing(line.label))’\(figures). \
        \(permalink) (원문 report.txt SHA-256 \(release.source.sha256)\(originalNote))</p></details>
        """
    }

    /// `; 원문 PDF 12쪽(쪽번호 11), SHA-256 …` for a release imported from a PDF.
    private var originalNote: String {
        guard let page = OriginalPage(line: line.firstLine, in: release), let original = release.metadata.original else { return "" }
        return "; \(page.citation), \(original.file) SHA-256 \(original.sha256)"
    }

    /// ` (예산현액 …원, 집행액 …원, 집행률 …%)`: the figures the line prints, if any, appended
    /// to one string (made as an array of strings and joined, they were 0.7 % of a clean
    /// 602-release build's samples; so, 0.4 %).
    private var figures: String {
        var figures = ""
        func add(_ name: String, _ value: String, _ unit: String) {
            figures += figures.isEmpty ? " (" : ", "
            figures += name; figures += " "; figures += value; figures += unit
        }
        if let budget = line.budget { add("예산현액", FixedFormat.grouped(budget), "원") }
        if let executed = line.executed { add("집행액", FixedFormat.grouped(executed), "원") }
        if let rate = line.rate { add("집행률", rate.description, "%") }
        if !figures.isEmpty { figures += ")" }
        return figures
    }
}

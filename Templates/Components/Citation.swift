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
    /// `SiteMap.budgetLine`, made absolute by the site's configuration.
    let permalink: String

    init(release: Release, table: BudgetTable, line: BudgetLine, config: SiteConfig) {
        self.release = release
        self.table = table
        self.line = line
        permalink = config.absoluteURL(SiteMap.budgetLine(release.id, workItem: table.workItem, line: line.firstLine))
    }

    /// The citation's text, piece by piece: `issuer, 「title」, 2022년 7월, ‘table’ 표 12행
    /// ‘label’ (예산현액 …원, 집행액 …원, 집행률 …%). permalink (원문 report.txt SHA-256 …)`
    /// (made once a row on three pages, its pieces and their join into a string were 1.2 % of
    /// a clean 600-release build; they are written straight into the page's bytes).
    private func pieces(_ add: (String) -> Void) {
        let m = release.metadata
        add(m.issuer); add(", 「"); add(m.title); add("」, ")
        add(String(m.date.year)); add("년 "); add(String(m.date.month)); add("월, ‘")
        add(table.title); add("’ 표 "); add(String(line.firstLine)); add("행 ‘")
        add(TextCleanup.collapseLetterSpacing(line.label)); add("’")
        var opened = false
        func figure(_ name: String, _ value: String, _ unit: String) {
            add(opened ? ", " : " (")
            opened = true
            add(name); add(" "); add(value); add(unit)
        }
        if let budget = line.budget { figure("예산현액", FixedFormat.grouped(budget), "원") }
        if let executed = line.executed { figure("집행액", FixedFormat.grouped(executed), "원") }
        if let rate = line.rate { figure("집행률", rate.description, "%") }
        if opened { add(")") }
        add(". "); add(permalink); add(" (원문 report.txt SHA-256 "); add(release.source.sha256); add(")")
    }

    /// The citation behind a disclosure; the page's script adds copy buttons where it can.
    var html: HTML {
        var out = HTMLBytes(capacity: 640)
        write(into: &out)
        return out.html
    }

    /// `html`, written into `out`, its text escaped piece by piece.
    func write(into out: inout HTMLBytes) {
        out.literal("<details class=\"cite\"><summary>인용</summary><p class=\"cite-text\">")
        pieces { out.text($0) }
        out.literal("</p></details>")
    }
}

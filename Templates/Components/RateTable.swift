import SitegenText
import SitegenContent
import SitegenSite

/// The numbers of a bar chart as a table: name, budget, executed, printed rate.
struct RateTable {
    struct Row {
        var name: HTML
        var line: BudgetLine
    }

    var caption: String
    var firstColumn: String
    var rows: [Row]
    /// Where the table is offered as CSV and JSON: (page path, file name).
    var download: (page: String, name: String, linker: Linker)? = nil

    /// The table's numbers as shown (amounts in won; computed rates marked).
    var data: TableDownload? {
        guard let download else { return nil }
        return TableDownload(name: download.name, header: [firstColumn, "예산현액", "지출(집행액)", "집행률", "집행률 출처"], rows: rows.map { row in
            let computed = row.line.rate == nil ? ReleaseOverview.computedRate(row.line).map { FixedFormat.decimal($0) } : nil
            return [TextCleanup.collapseLetterSpacing(row.line.label), row.line.budget.map(String.init) ?? "", row.line.executed.map(String.init) ?? "",
                    row.line.rate?.description ?? computed ?? "", row.line.rate != nil ? "인쇄" : (computed != nil ? "계산" : "")]
        })
    }

    var html: HTML {
        let body: [HTML] = rows.map { row in
            let executed = row.line.executed
            let rate: HTML = row.line.rate.map { Format.rate($0) }
                ?? ReleaseOverview.computedRate(row.line).map { "\(Format.percent($0)) (계산)" }
                ?? "<span class=\"none\">–</span>"
            return "<tr><th scope=\"row\">\(row.name)</th><td class=\"num\">\(Format.amount(row.line.budget))</td><td class=\"num\">\(Format.amount(executed))</td><td class=\"num\">\(rate)</td></tr>\n"
        }
        return """
        <div class="table-wrap"><table>
        <caption>\(caption) <span class="unit">(금액: 억·만 원, 정확한 원 단위 값은 숫자에 마우스를 올리거나 CSV에서)</span> \(download.flatMap { d in data.map { $0.links(d.linker, pagePath: d.page) } } ?? HTML.empty)</caption>
        <thead><tr><th scope="col">\(firstColumn)</th><th scope="col" class="num">예산현액</th><th scope="col" class="num">지출(집행액)</th><th scope="col" class="num">집행률</th></tr></thead>
        <tbody>
        \(body)</tbody>
        </table></div>

        """
    }
}

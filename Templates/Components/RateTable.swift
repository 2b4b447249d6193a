import SitegenCore

/// The numbers of a bar chart as a table: name, budget, executed, printed rate.
struct RateTable {
    struct Row {
        var name: HTML
        var line: BudgetLine
    }

    var caption: String
    var firstColumn: String
    var rows: [Row]

    var html: HTML {
        let body: [HTML] = rows.map { row in
            let executed = row.line.executed
            let rate: HTML = row.line.rate.map { "\($0.description)%" }
                ?? ReleaseOverview.computedRate(row.line).map { "\(Format.percent($0)) (계산)" }
                ?? "<span class=\"none\">–</span>"
            return "<tr><th scope=\"row\">\(row.name)</th><td class=\"num\">\(Format.won(row.line.budget))</td><td class=\"num\">\(Format.won(executed))</td><td class=\"num\">\(rate)</td></tr>\n"
        }
        return """
        <div class="table-wrap"><table>
        <caption>\(caption) <span class="unit">(금액: 원)</span></caption>
        <thead><tr><th scope="col">\(firstColumn)</th><th scope="col">예산현액</th><th scope="col">지출(집행액)</th><th scope="col">집행률</th></tr></thead>
        <tbody>
        \(body)</tbody>
        </table></div>

        """
    }
}

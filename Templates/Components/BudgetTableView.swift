import SitegenCore

/// A budget table as the report printed it, with amounts in won, one `id` per row, a link to
/// copy for every row, and a link to the row's line in the archived source.
struct BudgetTableView {
    struct Row {
        var line: BudgetLine
        var anchor: String
        /// The program page, for program rows.
        var programPath: String?
    }

    var table: BudgetTable
    var rows: [Row]
    var caption: String
    var release: Release
    var linker: Linker
    /// The page the table is on (for each row's own link).
    var pagePath: String
    /// The name of the table's CSV and JSON beside the page (`table-1`).
    var downloadName: String

    private var releaseID: String { release.id }

    /// The table as CSV and JSON, with the same numbers as the page shows (amounts in won).
    var download: TableDownload {
        let header = ["구분", "행 종류"] + table.columns.map(\.koreanLabel) + ["원문 행", "부서"]
        let data = rows.map { row -> [String] in
            let values = table.columns.map { role -> String in
                if row.line.unreadable.contains(role) { return "" }
                return role.isRate ? (row.line.rates[role]?.description ?? "") : (row.line.amounts[role].map(String.init) ?? "")
            }
            return [row.line.label, row.line.kind.rawValue] + values + [String(row.line.firstLine), row.line.department ?? ""]
        }
        return TableDownload(name: downloadName, header: header, rows: data)
    }

    var html: HTML {
        let headers: [HTML] = table.columns.map { "<th scope=\"col\">\($0.koreanLabel)</th>" }
        let body: [HTML] = rows.map(row)
        let asOf = table.asOf.map { " · \(Format.day($0)) 기준" } ?? ""
        return """
        <div class="table-wrap">
        <table class="budget">
        <caption>\(caption) <span class="unit">(금액: 원, 보고서 표기 단위 \(table.unit.rawValue)\(asOf))</span> \(download.links(linker, pagePath: pagePath))</caption>
        <thead><tr><th scope="col">구분</th>\(headers)<th scope="col"><span class="visually-hidden">링크</span></th></tr></thead>
        <tbody>
        \(body)</tbody>
        </table>
        </div>

        """
    }

    private func row(_ row: Row) -> HTML {
        let line = row.line
        let cells: [HTML] = table.columns.map { role in
            let value: HTML = role.isRate ? Format.rate(line.rates[role]) : Format.won(line.amounts[role])
            let unreadable = line.unreadable.contains(role)
            return unreadable
                ? "<td class=\"num unreadable\" title=\"보고서의 표기를 숫자로 읽을 수 없습니다\">읽을 수 없음</td>"
                : "<td class=\"num\">\(value)</td>"
        }
        let label = TextCleanup.collapseLetterSpacing(line.label)
        let name: HTML = row.programPath.map { linker.link($0, label) } ?? "\(label)"
        let own = linker.href(pagePath) + "#" + row.anchor
        let source = linker.href(SiteMap.sourceView(releaseID)) + "#" + SiteMap.lineAnchor(line.firstLine)
        let citation = Citation(release: release, table: table, line: line, permalink: linker.config.absoluteURL(pagePath + "#" + row.anchor))
        return """
        <tr id="\(row.anchor)" class="\(line.kind.rawValue)"><th scope="row">\(name)</th>\(cells)<td class="links"><a class="permalink" href="\(own)" title="이 행의 링크">링크</a> <a href="\(source)" title="원문 \(line.firstLine)행">원문 \(line.firstLine)행</a> \(citation.html)</td></tr>

        """
    }
}

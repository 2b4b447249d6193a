import SitegenText
import SitegenContent
import SitegenSite

/// A budget table as the report printed it: amounts readable (억·만 원, the exact won on hover, for
/// screen readers and in the CSV), one `id` per row, each row's one permalink
/// (`SiteMap.budgetLine`) and citation, a link to its line in the archived source, and a marker
/// for every finding that concerns it.
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
    /// The findings of the release, to mark the rows they concern.
    var marks: FindingMarks

    /// The table as CSV and JSON, with the same numbers as the page shows (amounts in won).
    var download: TableDownload {
        let header = ["구분", "행 종류"] + table.columns.map(\.koreanLabel) + ["원문 행", "부서"]
        let data = rows.map { row -> [String] in
            // One array a row, its cells appended in place.
            var cells: [String] = []
            cells.reserveCapacity(table.columns.count + 4)
            cells.append(row.line.label)
            cells.append(row.line.kind.rawValue)
            for role in table.columns {
                if row.line.unreadable.contains(role) {
                    cells.append("")
                } else {
                    cells.append(role.isRate ? (row.line.rates[role]?.description ?? "") : (row.line.amounts[role].map(String.init) ?? ""))
                }
            }
            cells.append(String(row.line.firstLine))
            cells.append(row.line.department ?? "")
            return cells
        }
        return TableDownload(name: downloadName, header: header, rows: data)
    }

    var html: HTML {
        // Right-aligned as their numbers are, by the table's class (`figures`).
        let headers: [HTML] = table.columns.map { "<th scope=\"col\">\($0.koreanLabel)</th>" }
        let asOf = table.asOf.map { " · \(Format.day($0)) 기준" } ?? ""
        return """
        <div class="table-wrap">
        <table class="budget figures">
        <caption>\(caption) <span class="unit">(금액: 억·만 원, 정확한 원 단위 값은 숫자에 마우스를 올리거나 CSV에서. 보고서 표기 단위 \(table.unit.rawValue)\(asOf))</span> \(download.links(linker, pagePath: pagePath))</caption>
        <thead><tr><th scope="col">구분</th>\(headers)<th scope="col" class="links"><span class="visually-hidden">\(BudgetLineLinks.header(of: table, in: release, linker: linker))</span></th></tr></thead>
        <tbody>
        \(rows.map(row))</tbody>
        </table>
        </div>

        """
    }

    /// The line's label (a link to its program's page, for program rows) with the marks of the
    /// findings that concern it, a cell a column, then the links and the citation.
    private func row(_ row: Row) -> HTML {
        let line = row.line
        let label = Reading.text(TextCleanup.collapseLetterSpacing(line.label))
        let name: HTML = row.programPath.map { linker.link($0, label) } ?? "\(label)"
        return """
        <tr id="\(row.anchor)"\(line.kind == .program ? "" : " class=\"\(line.kind.rawValue)\"")>\
        <th scope="row">\(name)\(marks.html(forRowAt: line.firstLine, linker: linker))</th>\
        \(table.columns.map { cell(line, role: $0) })\
        \(BudgetLineLinks.cell(line, of: table, in: release, linker: linker))</tr>

        """
    }

    /// A column's value as the report printed it, or that it could not be read. Every cell but
    /// the links is a number, right-aligned by the table's class (`figures`), not a class a cell;
    /// a row's class marks only the rows styled apart (totals, subtotals, departments).
    private func cell(_ line: BudgetLine, role: ColumnRole) -> HTML {
        if line.unreadable.contains(role) {
            return "<td class=\"unreadable\" title=\"보고서의 표기를 숫자로 읽을 수 없습니다\">읽을 수 없음</td>"
        }
        return "<td>\(role.isRate ? Format.rate(line.rates[role]) : Format.amount(line.amounts[role]))</td>"
    }
}

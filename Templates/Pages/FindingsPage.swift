import SitegenContent
import SitegenSite
import SitegenSearch

/// `/findings/`: how many findings each release has, by kind, newest release first, each row
/// linking to the release's own findings (`releases/<id>/#findings`), where every finding
/// links to its line. The findings themselves live on the release pages, so this page stays
/// one short row a release however large the archive grows.
struct FindingsPage {
    let site: SiteContent

    var page: Page {
        let path = SiteMap.findings
        let linker = Linker(config: site.config, pagePath: path)
        let kinds = Finding.Kind.allCases
        var totals = [Finding.Kind: Int]()
        let rows: [HTML] = site.releases.reversed().map { index in
            let release = index.release
            var counts = [Finding.Kind: Int]()
            for finding in release.report.findings { counts[finding.kind, default: 0] += 1 }
            for (kind, count) in counts { totals[kind, default: 0] += count }
            let cells: [HTML] = kinds.map { kind in counts[kind].map { "<td class=\"num\">\($0)</td>" } ?? "<td></td>" }
            let all = release.report.findings.count
            let total: HTML = all > 0 ? "<td class=\"num\">\(linker.link(SiteMap.releaseFindings(release.id), String(all)))</td>" : "<td class=\"num\">0</td>"
            return "<tr><th scope=\"row\">\(linker.link(SiteMap.release(release.id), release.metadata.title)) <span class=\"muted\">\(Format.month(release.metadata.date))</span></th>\(cells)\(total)</tr>\n"
        }
        let total = totals.values.reduce(0, +)
        let head: [HTML] = kinds.map { "<th scope=\"col\">\($0.label)</th>" }
        let foot: [HTML] = kinds.map { "<td class=\"num\">\(totals[$0] ?? 0)</td>" }
        return Page(path: path, title: "점검 결과",
                    description: "보고서에 인쇄된 숫자가 서로 맞지 않는 곳 \(total)건.",
                    trail: [("", "보고서")],
                    body: """
                    <p>보고서는 기록이므로 인쇄된 숫자를 고치지 않습니다. 대신 집행률이 집행액÷예산현액과 다르거나, 합계가 행의 합과 다르거나, 숫자로 읽을 수 없거나, 같은 사업이 두 표에서 다르게 인쇄된 곳을 모두 \(total)건 찾았습니다. 아래 표는 보고서별·종류별 건수이고, 건수를 누르면 그 보고서 쪽의 점검 결과로 가서 하나하나를 원문의 행과 함께 봅니다. \(linker.link("data/findings.csv", "모두 CSV로 내려받기"))</p>
                    <div class="table-wrap"><table>
                    <thead><tr><th scope="col">보고서</th>\(head)<th scope="col">합계</th></tr></thead>
                    <tbody>
                    \(rows)</tbody>
                    <tfoot><tr><th scope="row">합계</th>\(foot)<td class="num">\(total)</td></tr></tfoot>
                    </table></div>
                    """)
    }
}

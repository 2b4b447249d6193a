import SitegenCore

/// `/findings/`: every finding of every release, by release, each linking to its line.
struct FindingsPage {
    let site: SiteContent

    var page: Page {
        let path = SiteMap.findings
        let linker = Linker(config: site.config, pagePath: path)
        let total = site.releases.reduce(0) { $0 + $1.release.report.findings.count }
        let sections: [HTML] = site.releases.reversed().map { index in
            let release = index.release
            let list = FindingList(release: release, linker: linker).html(heading: "점검 결과 \(release.report.findings.count)건", level: 3)
            return "<section>\n<h2 id=\"\(release.id)\">\(linker.link(SiteMap.release(release.id), release.metadata.title)) <span class=\"muted\">\(Format.month(release.metadata.date))</span></h2>\n\(list)</section>\n"
        }
        return Page(path: path, title: "점검 결과",
                    description: "보고서에 인쇄된 숫자가 서로 맞지 않는 곳 \(total)건.",
                    trail: [("", "보고서")],
                    body: """
                    <p>보고서는 기록이므로 인쇄된 숫자를 고치지 않습니다. 대신 집행률이 집행액÷예산현액과 다르거나, 합계가 행의 합과 다르거나, 숫자로 읽을 수 없거나, 같은 사업이 두 표에서 다르게 인쇄된 곳을 모두 \(total)건 찾아 원문의 행과 함께 보여 줍니다. \(linker.link("data/findings.csv", "CSV로 내려받기"))</p>
                    \(sections)
                    """)
    }
}

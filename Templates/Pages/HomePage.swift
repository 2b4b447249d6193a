import SitegenText
import SitegenContent
import SitegenSite
import SitegenSearch
import SitegenShare

/// `/`: what the site is, the latest release at a glance, every release newest first.
struct HomePage {
    let site: SiteContent
    /// Whether the page has a preview card (`build --cards`).
    var cards = false

    var page: Page {
        let linker = Linker(config: site.config, pagePath: "")
        let figures = self.figures
        let latest = site.latest?.release.metadata
        let card = PreviewCard(name: "서울시 부서 업무보고 열람실", figures: figures, chart: chart)
        return Page(path: "", title: "서울시 부서 업무보고 열람실",
                    description: figures?.sentence.flatMap { sentence in latest.map { "최신 보고서 ‘\($0.title)’(\($0.issuer)): \(sentence)" } }
                        ?? "서울시 부서가 시의회에 낸 업무보고를 세부사업 하나하나까지 링크할 수 있게 펼쳐 놓았습니다.",
                    body: body(linker),
                    attachments: (rateTable(linker)?.data?.files(pagePath: "", profile: site.config.profile) ?? [])
                        + (site.config.profile == .small ? [] : EmbedPage.home(site: site).map { [$0.file] } ?? []),
                    image: cards ? SiteMap.card("") : nil,
                    rasters: cards ? [RasterRequest(path: SiteMap.card(""), svg: card.svg)] : [])
    }

    /// The latest release's grand total, as the glance shows it and the link preview says it.
    var figures: PageFigures? {
        guard let index = site.latest, let total = index.overview.total else { return nil }
        let rate = total.rate ?? ReleaseOverview.computedRate(total).map { PrintedRate(scaled: Int(($0 * 10).rounded()), decimals: 1) }
        return PageFigures(report: Format.month(index.release.metadata.date), budget: total.budget.map(Format.compactWon),
                           executed: total.executed.map(Format.compactWon), rate: rate.map { "\($0.description)%" },
                           asOf: index.overview.mainTable?.asOf.map(Format.day))
    }

    /// The latest release's chart of execution by department (and its embed page's).
    var chart: BarChart? {
        guard let index = site.latest, !index.overview.departments.isEmpty else { return nil }
        let release = index.release
        let asOf = index.overview.mainTable?.asOf
        return BarChart(
            title: "\(release.metadata.title) 부서별 집행률",
            description: "\(release.metadata.issuer) \(Format.month(release.metadata.date)) 보고서의 부서별 예산 집행률. 같은 숫자가 아래 보고서 쪽의 표에 있습니다.",
            bars: index.overview.departments.map { BarChart.bar(for: $0, label: NameKey.department($0.label), asOf: asOf) }, asOf: asOf)
    }

    private func body(_ linker: Linker) -> HTML {
        let releases: [HTML] = site.releases.reversed().map { index in
            let m = index.release.metadata
            let overview = index.overview
            let total: HTML = overview.total?.budget.map { " · 예산현액 \(Format.compactWon($0))" } ?? ""
            return "<li>\(linker.link(SiteMap.release(index.release.id), m.title)) <span class=\"muted\">\(m.issuer) · \(Format.month(m.date))\(total)</span></li>\n"
        }
        return """
        <form class="search" role="search" action="\(linker.href(SiteMap.search))" method="get">
        <label for="home-q">사업, 부서, 요구사항 찾기</label> <input id="home-q" name="q" type="search"> <button type="submit">찾기</button>
        </form>
        <p>서울시 부서는 해마다 몇 차례 시의회에 업무보고를 냅니다. 인력, 하는 일, 세부사업마다의 예산과 집행률, 사업 내용, 행정사무감사 요구사항에 대한 조치가 담겨 있지만 PDF·HWP 문서로만 공개되어 링크하기 어렵습니다. 이 사이트는 보고서마다, 부서마다, 세부사업마다 쪽을 만들고, 인쇄된 숫자를 원문의 행과 함께 보여 줍니다.</p>
        \(latest(linker))
        <h2>보고서</h2>
        <ul class="releases">
        \(releases)</ul>
        <h2>더 보기</h2>
        <ul>
        <li>\(linker.link("programs/", "세부사업 가나다 색인")) — 보고서를 가로질러 사업 하나의 이력을 봅니다.</li>
        <li>\(linker.link(SiteMap.findings, "점검 결과")) — 보고서의 숫자가 서로 맞지 않는 곳.</li>
        <li>\(linker.link(SiteMap.data, "데이터 내려받기")) — 모든 예산 행을 CSV·JSON으로.</li>
        </ul>
        <p class="muted">이 사이트의 루트 해시(SHA-256, <code>sitegen verify --root</code>로 사본을 확인): <code>\(SiteMap.rootHashPlaceholder)</code></p>
        """
    }

    /// The latest release's departments: the numbers of the home page's chart.
    func rateTable(_ linker: Linker) -> RateTable? {
        guard let index = site.latest, !index.overview.departments.isEmpty else { return nil }
        return RateTable(caption: "부서별 예산 집행", firstColumn: "부서",
                         rows: index.overview.departments.map { line in
                             let name = NameKey.department(line.label)
                             let link: HTML = index.departmentPath(name).map { linker.link($0, name) } ?? "\(name)"
                             return RateTable.Row(name: link, line: line)
                         }, download: ("", "latest-departments", linker))
    }

    private func latest(_ linker: Linker) -> HTML {
        guard let index = site.latest else { return "<p>아직 실린 보고서가 없습니다.</p>" }
        let release = index.release
        let overview = index.overview
        var glance: [HTML] = []
        if overview.total != nil, let figures {
            if let budget = figures.budget { glance.append("<li>예산현액<strong>\(budget)</strong></li>") }
            if let executed = figures.executed { glance.append("<li>집행액<strong>\(executed)</strong></li>") }
            if let rate = figures.rate { glance.append("<li>집행률<strong>\(rate)</strong></li>") }
            if let asOf = figures.asOf { glance.append("<li>기준일<strong>\(asOf)</strong></li>") }
        }
        let bars = overview.departments
        let save: HTML = overview.mainTable.map { ChartSave(source: ChartSave.source(release, table: $0), name: "latest-departments").html } ?? ""
        // A small host has no embed page (`HostProfile.small`).
        let embed: (BarChart) -> HTML = { chart in
            site.config.profile == .small ? "" : ChartEmbed(path: SiteMap.homeEmbed, chart: chart, config: site.config).html(linker)
        }
        let chart: HTML = self.chart.map { "\($0.svg)\n\(save)\(embed($0))" } ?? ""
        let table: HTML = bars.isEmpty ? "" : rateTable(linker)?.html ?? ""
        return """
        <h2>최신 보고서: \(linker.link(SiteMap.release(release.id), release.metadata.title))</h2>
        <p>\(release.metadata.issuer) · \(Format.month(release.metadata.date))</p>
        <ul class="glance">\(glance)</ul>
        \(chart)
        \(table)
        """
    }
}

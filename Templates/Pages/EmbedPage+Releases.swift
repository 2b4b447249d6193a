import SitegenContent
import SitegenSite

/// The embed pages of the charts that have no file of their own: a release's (its page's chart
/// and its department pages' charts, on one page) and the home page's.
extension EmbedPage {
    /// `/releases/<id>/embed/`: every chart of the release's department pages, each under its
    /// id (`SiteMap.departmentChartAnchor`), then the release page's chart (`releaseChartAnchor`),
    /// shown when the address has no fragment. It reads the release alone (its departments'
    /// slugs come from it), so the release page's key covers it. Nil for a release without
    /// charts.
    static func release(_ index: ReleaseIndex, site: SiteContent) -> EmbedPage? {
        let release = index.release
        var charts: [Chart] = []
        for department in release.report.departments {
            guard let page = index.departmentPath(department.name) else { continue }
            for (number, drawn) in DepartmentPage(site: site, index: index, department: department).charts.enumerated() {
                charts.append(Chart(id: SiteMap.departmentChartAnchor(departmentPage: page, number: number + 1), chart: drawn.chart,
                                    source: ChartSave.source(release, table: drawn.table), pagePath: page, pageTitle: department.name))
            }
        }
        let page = ReleasePage(site: site, index: index)
        if let table = index.overview.mainTable, let chart = page.departmentChart {
            charts.append(Chart(id: SiteMap.releaseChartAnchor, chart: chart, source: ChartSave.source(release, table: table),
                                pagePath: SiteMap.release(release.id), pageTitle: release.metadata.title))
        }
        guard !charts.isEmpty else { return nil }
        return EmbedPage(site: site, path: SiteMap.releaseEmbed(release.id), title: "\(release.metadata.title) 집행률 차트", charts: charts)
    }

    /// `/embed/`: the home page's chart, the latest release's execution by department; it follows
    /// the latest release, as the home page does (a release's own chart stays on its embed page).
    static func home(site: SiteContent) -> EmbedPage? {
        guard let index = site.latest, let table = index.overview.mainTable, let chart = HomePage(site: site).chart else { return nil }
        return EmbedPage(site: site, path: SiteMap.homeEmbed, pagePath: "", pageTitle: index.release.metadata.title,
                         chart: chart, source: ChartSave.source(index.release, table: table))
    }
}

import SitegenText
import SitegenContent
import SitegenSite
import SitegenSearch

/// `/releases/<id>/departments/<slug>/`: a department's duties, staffing, budget lines with a
/// bar per program, and its work items; links to the department across releases and to its page
/// in the previous release.
struct DepartmentPage {
    let site: SiteContent
    let index: ReleaseIndex
    let department: Department

    private var release: Release { index.release }

    var page: Page? {
        guard let path = index.departmentPath(department.name) else { return nil }
        let linker = Linker(config: site.config, pagePath: path)
        let views = budgetViews(linker, path: path, marks: FindingMarks(release: release))
        let figures = views.lazy.compactMap { view, own in own.map { self.figures($0, table: view.table) } }.first
        return Page(path: path, title: "\(department.name) · \(release.metadata.title)",
                    description: figures?.sentence.map { "\(department.name), \($0)" }
                        ?? "\(release.metadata.title)에 실린 \(department.name)의 주요업무, 인력, 세부사업 예산과 집행률.",
                    trail: [("", "보고서"), (SiteMap.release(release.id), release.metadata.title)],
                    body: [OCRNotice.html(for: release), around(linker), about(linker), budget(linker, views: views), items(linker)].joined,
                    attachments: views.flatMap { $0.view.download.files(pagePath: path, profile: site.config.profile) })
    }

    /// The figures of the department's own (total) row of a table: what its glance shows, and for
    /// the first such table, what the link preview says.
    private func figures(_ line: BudgetLine, table: BudgetTable) -> PageFigures {
        PageFigures(line: line, report: release.metadata.date, asOf: table.asOf)
    }

    /// The department across releases, and its page in the release before this one.
    private func around(_ linker: Linker) -> HTML {
        let position = site.position(of: index)
        var links: [HTML] = []
        if let lineage = site.departmentLineage(release: position, name: department.name) {
            links.append("<li>\(linker.link(SiteMap.departmentLineage(lineage.slug), "\(lineage.name)의 보고서별 이력"))</li>")
            if let previous = site.previousAppearance(release: position, name: department.name),
               let page = site.releases[previous.release].departmentPath(previous.name) {
                let m = site.releases[previous.release].release.metadata
                links.append("<li>이전 보고서: \(linker.link(page, "\(previous.name) · \(m.title)")) (\(Format.month(m.date)))</li>")
            }
        }
        guard !links.isEmpty else { return "" }
        return "<nav class=\"related\" aria-label=\"이 부서의 다른 보고서\"><ul>\(links)</ul></nav>\n"
    }

    private func about(_ linker: Linker) -> HTML {
        let report = release.report
        let staffing = report.staffing.first { $0.department == department.name }
        let duties = report.duties.first { $0.department == department.name }?.duties ?? []
        let people: HTML = staffing.map { "<p>정원 \($0.authorized.map(String.init) ?? "–")명, 현원 \($0.current.map(String.init) ?? "–")명 (\(linker.link(SiteMap.source(release.id), "원문")) \($0.sourceLine)행)</p>\n" } ?? ""
        let list: [HTML] = duties.map { "<li>\(Reading.text($0))</li>\n" }
        return """
        \(people)\(duties.isEmpty ? HTML.empty : "<h2 id=\"duties\">주요업무</h2>\n<ul>\n\(list)</ul>\n")
        """
    }

    /// The department's program rows of each table outside the work items, with the table's
    /// department row and a chart.
    private func budgetViews(_ linker: Linker, path: String, marks: FindingMarks) -> [(view: BudgetTableView, own: BudgetLine?)] {
        let position = site.position(of: index)
        var views: [(BudgetTableView, BudgetLine?)] = []
        for (t, table) in release.report.budgetTables.enumerated() where table.workItem == nil {
            let rows = table.lines.enumerated().filter { $0.element.department == department.name && $0.element.kind == .program }
            guard !rows.isEmpty else { continue }
            let view = BudgetTableView(
                table: table,
                rows: rows.map { l, line in
                    BudgetTableView.Row(line: line, anchor: index.place(table: t, line: l).anchor,
                                        programPath: site.programPath(release: position, table: t, line: l))
                },
                caption: "\(table.title) (\(table.firstLine)행)", release: release, linker: linker, pagePath: path,
                downloadName: "table-\(views.count + 1)", marks: marks)
            let own = table.lines.first { $0.kind == .department && NameKey.department($0.label) == department.name }
            views.append((view, own))
        }
        return views
    }

    private func budget(_ linker: Linker, views: [(view: BudgetTableView, own: BudgetLine?)]) -> HTML {
        guard !views.isEmpty else { return "" }
        // `<release>-<department slug>-<n>`: stable as long as the page's path is.
        let page = index.departmentPath(department.name) ?? ""
        let fileName = ([release.id] + (page.split(separator: "/").last.map { [String($0)] } ?? [])).joined(separator: "-")
        let parts: [HTML] = views.enumerated().map { number, pair in
            let (view, own) = pair
            let table = view.table
            let chart = self.chart(table, lines: view.rows.map(\.line))
            let total: HTML = own.map { line in
                let figures = self.figures(line, table: table)
                return "<ul class=\"glance\"><li>부서 예산현액<strong>\(figures.budget ?? "–")</strong></li><li>집행액<strong>\(figures.executed ?? "–")</strong></li><li>집행률<strong>\(figures.rateLabel ?? "–")</strong></li>\(figures.asOf.map { "<li>기준일<strong>\($0)</strong></li>" } ?? HTML.empty)</ul>\n<p class=\"muted\">‘\(table.title)’ 표의 부서 합계 행 (\(linker.link(SiteMap.budgetLine(release.id, workItem: table.workItem, line: line.firstLine), "표에서 보기"))).</p>\n"
            } ?? ""
            let save = ChartSave(source: ChartSave.source(release, table: table), name: "\(fileName)-\(number + 1)")
            // On the release's embed page, under the chart's id (none on a small host: `HostProfile.small`).
            let embed: HTML = site.config.profile == .small ? "" : ChartEmbed(
                path: SiteMap.releaseEmbed(release.id) + "#" + SiteMap.departmentChartAnchor(departmentPage: page, number: number + 1),
                chart: chart, config: site.config).html(linker)
            return "\(total)\(chart.svg)\n\(save.html)\(embed)\(view.html)"
        }
        return "<h2 id=\"budget\">세부사업 예산과 집행</h2>\n\(parts)"
    }

    /// The page's charts, a table outside the work items that has program rows of the department
    /// each, in the page's order (the release's embed page holds them too: `EmbedPage.release`).
    var charts: [(table: BudgetTable, chart: BarChart)] {
        release.report.budgetTables.compactMap { table in
            guard table.workItem == nil else { return nil }
            let lines = table.lines.filter { $0.department == department.name && $0.kind == .program }
            return lines.isEmpty ? nil : (table, chart(table, lines: lines))
        }
    }

    /// The chart of a table's program rows of the department.
    private func chart(_ table: BudgetTable, lines: [BudgetLine]) -> BarChart {
        BarChart(
            title: "\(department.name) 세부사업별 집행률 (\(table.title))",
            description: "\(release.metadata.title)에 실린 \(department.name)의 세부사업별 예산현액 대비 집행액 비율.",
            bars: lines.map { BarChart.bar(for: $0, label: TextCleanup.collapseLetterSpacing($0.label), asOf: table.asOf) },
            asOf: table.asOf)
    }

    private func items(_ linker: Linker) -> HTML {
        let items = release.report.workItems.filter { $0.department == department.name }
        guard !items.isEmpty else { return "" }
        let list: [HTML] = items.map { "<li>\($0.number) \(linker.link(SiteMap.item(release.id, number: $0.number), Reading.text($0.title)))</li>\n" }
        return "<h2 id=\"items\">주요업무 보고</h2>\n<ul>\n\(list)</ul>\n"
    }
}

import SitegenText
import SitegenContent
import SitegenSite
import SitegenSearch
import SitegenShare

/// `/releases/<id>/`: what the release says at a glance (total budget, spent, rate, a chart by
/// department) and a table of contents first; then execution by department, the departments,
/// every table outside the work items, the work items, the council's demands, staffing, what
/// changed, the findings, and the provenance of the archived source.
struct ReleasePage {
    let site: SiteContent
    let index: ReleaseIndex
    /// Whether the page has a preview card (`build --cards`).
    var cards = false

    private var release: Release { index.release }
    private var report: Report { release.report }
    private var path: String { SiteMap.release(release.id) }

    var page: Page {
        let linker = Linker(config: site.config, pagePath: path)
        let m = release.metadata
        let marks = FindingMarks(release: release)
        let views = budgetViews(linker, marks: marks)
        let changes = changesView(linker)
        let execution = executionTable(linker)
        let sections: [(id: String, title: String, html: HTML)] = [
            (SiteMap.releaseChartAnchor, "부서별 집행률", self.execution(execution, linker: linker)),
            ("departments", "부서", departments(linker)),
            ("budget", "예산과 집행", tables(linker, views: views)),
            ("items", "주요업무", items(linker)),
            ("audit", "시의회 요구사항", audit(linker)),
            ("staffing", "조직과 인력", staffing(linker)),
            ("changes", "이전 보고서 이후 달라진 점", changes?.html ?? ""),
            ("findings", "점검 결과", findings(linker, marks: marks)),
            ("provenance", "원문과 출처", provenance(linker)),
        ].filter { !$0.html.isEmpty }
        let toc: [HTML] = sections.map { "<li><a href=\"#\($0.id)\">\($0.title)</a></li>" }
        let card = PreviewCard(name: m.title, figures: figures, chart: departmentChart)
        return Page(path: path, title: m.title,
                    description: figures.flatMap(\.sentence).map { "\(m.issuer) \($0)" }
                        ?? "\(m.issuer) \(Format.month(m.date)) \(m.kind ?? "업무보고"): 예산, 집행률, 주요업무, 인력.",
                    trail: [("", "보고서")],
                    body: [OCRNotice.html(for: release), summary(linker), "<nav class=\"toc\" aria-label=\"이 쪽의 차례\"><h2 id=\"toc\">차례</h2><ol>\(toc)</ol></nav>\n",
                           sections.map(\.html).joined, later(linker)].joined,
                    attachments: views.flatMap { $0.download.files(pagePath: path, profile: site.config.profile) }
                        + [staffingData, execution?.data].compactMap { $0 }.flatMap { $0.files(pagePath: path, profile: site.config.profile) }
                        + revenueData.flatMap { $0.files(pagePath: path, profile: site.config.profile) }
                        + (report.workItems.isEmpty ? [] : itemsData.files(pagePath: path, profile: site.config.profile))
                        + (changes?.downloads ?? []).flatMap { $0.files(pagePath: path, profile: site.config.profile) }
                        + embedFiles,
                    image: cards ? SiteMap.card(path) : nil,
                    rasters: cards ? [RasterRequest(path: SiteMap.card(path), svg: card.svg)] : [])
    }

    /// The release's embed page (`EmbedPage.release`); none on a small host (`HostProfile.small`).
    private var embedFiles: [OutputFile] {
        guard site.config.profile != .small, let embed = EmbedPage.release(index, site: site) else { return [] }
        return [embed.file]
    }

    /// The grand total of the main table, as the glance shows it and the link preview says it.
    var figures: PageFigures? {
        guard let total = index.overview.total else { return nil }
        return PageFigures(report: Format.month(release.metadata.date), budget: total.budget.map(Format.compactWon),
                           executed: total.executed.map(Format.compactWon),
                           rate: (total.rate?.description ?? ReleaseOverview.computedRate(total).map { FixedFormat.decimal($0) }).map { $0 + "%" },
                           asOf: index.overview.mainTable?.asOf.map(Format.day))
    }

    /// The chart of execution by department, as the page shows it (and its embed page).
    var departmentChart: BarChart? {
        let overview = index.overview
        guard !overview.departments.isEmpty, let table = overview.mainTable else { return nil }
        return BarChart(
            title: "부서별 집행률 (\(table.title))",
            description: "\(release.metadata.title)의 부서별 예산현액 대비 집행액 비율. 인쇄된 집행률이 있으면 그 값을, 없으면 금액으로 계산한 값을 그립니다.",
            bars: overview.departments.map { BarChart.bar(for: $0, label: NameKey.department($0.label), asOf: table.asOf) }, asOf: table.asOf)
    }

    /// Who issued the release, when and for whom, and the total budget, spent and rate of its main table.
    private func summary(_ linker: Linker) -> HTML {
        let m = release.metadata
        let facts = [m.issuer, Format.month(m.date), m.kind, m.session, m.committee].compactMap { $0 }.filter { !$0.isEmpty }
        var glance: [HTML] = []
        if let figures {
            if let budget = figures.budget { glance.append("<li>예산현액<strong>\(budget)</strong></li>") }
            if let executed = figures.executed { glance.append("<li>집행액<strong>\(executed)</strong></li>") }
            if let rate = figures.rate { glance.append("<li>집행률<strong>\(rate)</strong></li>") }
            if let asOf = figures.asOf { glance.append("<li>기준일<strong>\(asOf)</strong></li>") }
        }
        let note: HTML = m.notes.map { "<p class=\"muted\">\($0)</p>\n" } ?? ""
        let source: HTML = index.overview.mainTable.map { "<p class=\"muted\">합계는 ‘\($0.title)’ 표(\($0.firstLine)행)의 것입니다.</p>\n" } ?? ""
        return """
        <p class="facts">\(facts.joined(separator: " · "))</p>
        \(note)\(glance.isEmpty ? HTML.empty : "<ul class=\"glance\">\(glance)</ul>\n\(source)")
        """
    }

    /// The archived source and what identifies it: lines, bytes, encoding, SHA-256, the release's JSON.
    private func provenance(_ linker: Linker) -> HTML {
        let asOf = Set(report.budgetTables.compactMap(\.asOf)).sorted().map(Format.day).joined(separator: ", ")
        let asOfRow: HTML = asOf.isEmpty ? "" : "<dt>표 기준일</dt><dd>\(asOf)</dd>\n"
        return """
        <h2 id="provenance">원문과 출처</h2>
        <dl class="meta">
        \(asOfRow)<dt>원문</dt><dd>\(linker.link(SiteMap.source(release.id), "report.txt")) (\(release.source.lineCount)행, \(FixedFormat.grouped(release.source.byteCount))바이트, \(release.source.encoding)) · \(linker.link(SiteMap.sourceView(release.id), "행 번호와 함께 보기"))</dd>
        <dt>SHA-256</dt><dd><span class="hash">\(release.source.sha256)</span></dd>
        \(originalRows(linker))<dt>메타데이터</dt><dd>\(linker.link(SiteMap.releaseMetadata(release.id), "release.yml"))</dd>
        <dt>데이터</dt><dd>\(linker.link(SiteMap.releaseJSON(release.id), "이 보고서 전체 (JSON)")) · \(linker.link(SiteMap.releaseManifest(release.id), "파일 목록과 SHA-256 (manifest.json)"))</dd>
        </dl>

        """
    }

    /// The published original of an imported release: its file, size and SHA-256, and how its
    /// text was extracted.
    private func originalRows(_ linker: Linker) -> HTML {
        guard let original = release.metadata.original else { return "" }
        let size: HTML = original.byteCount.map { " (\(FixedFormat.grouped($0))바이트)" } ?? ""
        let how = [original.extractor, original.extractorMode].compactMap { $0 }.joined(separator: " ")
        let extracted: HTML = how.isEmpty ? "" : "<dt>본문 추출</dt><dd>\(how)\(original.isOCR ? " (OCR)" : "")</dd>\n"
        return """
        <dt>발행 원본</dt><dd>\(linker.link(SiteMap.original(release.id, file: original.file), original.file))\(size)</dd>
        <dt>원본 SHA-256</dt><dd><span class="hash">\(original.sha256)</span></dd>
        \(extracted)
        """
    }

    private var staffingData: TableDownload? {
        guard !report.staffing.isEmpty else { return nil }
        return TableDownload(name: "staffing", header: ["부서", "정원", "현원", "원문 행"], rows: report.staffing.map {
            [$0.department ?? "계", $0.authorized.map(String.init) ?? "", $0.current.map(String.init) ?? "", String($0.sourceLine)]
        })
    }

    private var revenueData: [TableDownload] {
        report.revenue.enumerated().map { number, table in
            TableDownload(name: "revenue-\(number + 1)", header: ["구분", "올해 예산", "전년도 예산", "징수액", "원문 행"], rows: table.rows.map {
                [TextCleanup.collapseLetterSpacing($0.label), $0.budget.map(String.init) ?? "", $0.priorBudget.map(String.init) ?? "",
                 $0.collected.map(String.init) ?? "", String($0.sourceLine)]
            })
        }
    }

    private func staffing(_ linker: Linker) -> HTML {
        guard !report.staffing.isEmpty else { return "" }
        let rows: [HTML] = report.staffing.map { row in
            let name: HTML = row.department.flatMap { d in index.departmentPath(d).map { linker.link($0, d) } } ?? "\(row.department ?? "계")"
            return "<tr><th scope=\"row\">\(name)</th><td class=\"num\">\(row.authorized.map(String.init) ?? "–")</td><td class=\"num\">\(row.current.map(String.init) ?? "–")</td></tr>\n"
        }
        return """
        <h2 id="staffing">조직과 인력</h2>
        <div class="table-wrap"><table>
        <caption>부서별 정원과 현원 <span class="unit">(명)</span> \(staffingData.map { $0.links(linker, pagePath: path) } ?? HTML.empty)</caption>
        <thead><tr><th scope="col">부서</th><th scope="col" class="num">정원</th><th scope="col" class="num">현원</th></tr></thead>
        <tbody>
        \(rows)</tbody></table></div>
        """
    }

    private func departments(_ linker: Linker) -> HTML {
        guard !report.departments.isEmpty else { return "" }
        let items: [HTML] = report.departments.map { department in
            let duties = report.duties.first { $0.department == department.name }?.duties.count ?? 0
            let note: HTML = duties > 0 ? " <span class=\"muted\">주요업무 \(duties)건</span>" : ""
            return "<li>\(linker.link(index.departmentPath(department.name)!, department.name))\(note)</li>\n"
        }
        return "<h2 id=\"departments\">부서</h2>\n<ul>\n\(items)</ul>\n"
    }

    private func executionTable(_ linker: Linker) -> RateTable? {
        let lines = index.overview.departments
        guard !lines.isEmpty else { return nil }
        let rows = lines.map { line -> RateTable.Row in
            let name = NameKey.department(line.label)
            return RateTable.Row(name: index.departmentPath(name).map { linker.link($0, name) } ?? "\(name)", line: line)
        }
        return RateTable(caption: "부서별 예산 집행", firstColumn: "부서", rows: rows, download: (path, "departments", linker))
    }

    private func execution(_ rateTable: RateTable?, linker: Linker) -> HTML {
        let overview = index.overview
        let lines = overview.departments
        guard !lines.isEmpty, let table = overview.mainTable, let rateTable, let chart = departmentChart else { return "" }
        let save = ChartSave(source: ChartSave.source(release, table: table), name: "\(release.id)-departments")
        // A small host has no embed page (`HostProfile.small`).
        let embed: HTML = site.config.profile == .small ? ""
            : ChartEmbed(path: SiteMap.releaseEmbed(release.id), chart: chart, config: site.config).html(linker)
        return """
        <h2 id="\(SiteMap.releaseChartAnchor)">부서별 집행률</h2>
        \(chart.svg)
        \(save.html)\(embed)\(rateTable.html)
        """
    }

    /// Every budget table outside the work items, and the revenue tables.
    /// The budget tables outside the work items, each with its download.
    private func budgetViews(_ linker: Linker, marks: FindingMarks) -> [BudgetTableView] {
        let position = site.position(of: index)
        return report.budgetTables.enumerated().filter { $0.element.workItem == nil }.enumerated().map { number, pair in
            let (t, table) = pair
            let rows = table.lines.enumerated().map { l, line in
                BudgetTableView.Row(line: line, anchor: SiteMap.lineAnchor(line.firstLine),
                                    programPath: site.programPath(release: position, table: t, line: l))
            }
            return BudgetTableView(table: table, rows: rows, caption: "\(table.title) (\(table.firstLine)행)",
                                   release: release, linker: linker, pagePath: path, downloadName: "table-\(number + 1)", marks: marks)
        }
    }

    private func tables(_ linker: Linker, views: [BudgetTableView]) -> HTML {
        var parts: [HTML] = []
        for (number, revenue) in report.revenue.enumerated() {
            let rows: [HTML] = revenue.rows.map { row in
                "<tr id=\"\(SiteMap.lineAnchor(row.sourceLine))\"><th scope=\"row\">\(TextCleanup.collapseLetterSpacing(row.label))</th><td class=\"num\">\(Format.amount(row.budget))</td><td class=\"num\">\(Format.amount(row.priorBudget))</td><td class=\"num\">\(Format.amount(row.collected))</td></tr>\n"
            }
            parts.append("""
            <div class="table-wrap"><table>
            <caption>\(revenue.title) <span class="unit">(금액: 억·만 원, 정확한 원 단위 값은 숫자에 마우스를 올리거나 CSV에서. 보고서 표기 단위 \(revenue.unit.rawValue))</span> \(revenueData[number].links(linker, pagePath: path))</caption>
            <thead><tr><th scope="col">구분</th><th scope="col" class="num">올해 예산</th><th scope="col" class="num">전년도 예산</th><th scope="col" class="num">징수액</th></tr></thead>
            <tbody>
            \(rows)</tbody></table></div>

            """)
        }
        parts += views.map(\.html)
        guard !parts.isEmpty else { return "" }
        return "<h2 id=\"budget\">예산과 집행</h2>\n\(parts.joined)"
    }

    private var itemsData: TableDownload {
        TableDownload(name: "items", header: ["번호", "제목", "분야", "부서", "원문 시작 행", "원문 끝 행"], rows: report.workItems.map {
            [$0.number, $0.title, $0.chapter?.title ?? "", $0.department ?? "", String($0.firstLine), String($0.lastLine)]
        })
    }

    private func items(_ linker: Linker) -> HTML {
        guard !report.workItems.isEmpty else { return "" }
        let rows: [HTML] = report.workItems.map { item in
            let department: HTML = item.department.flatMap { d in index.departmentPath(d).map { linker.link($0, d) } } ?? "–"
            return "<tr><td>\(item.number)</td><th scope=\"row\">\(linker.link(SiteMap.item(release.id, number: item.number), Reading.text(item.title)))</th><td>\(item.chapter?.title)</td><td>\(department)</td></tr>\n"
        }
        return """
        <h2 id="items">주요업무</h2>
        <div class="table-wrap"><table>
        <caption>업무 항목 \(report.workItems.count)건 \(itemsData.links(linker, pagePath: path))</caption>
        <thead><tr><th scope="col">번호</th><th scope="col">제목</th><th scope="col">분야</th><th scope="col">부서</th></tr></thead>
        <tbody>
        \(rows)</tbody></table></div>
        """
    }

    private func audit(_ linker: Linker) -> HTML {
        guard let audit = report.audit else { return "" }
        return "<h2 id=\"audit\">시의회 요구사항</h2>\n<p>\(linker.link(SiteMap.audit(release.id), audit.title)): 요구사항 \(audit.items.count)건과 처리 상황.</p>\n"
    }

    private func changesView(_ linker: Linker) -> ChangesView? {
        ReleaseChanges(site: site, release: site.position(of: index))
            .map { ChangesView(site: site, changes: $0, linker: linker, pagePath: path) }
    }

    /// The one block that may change when later releases are added: it is kept apart and marked,
    /// so that the rest of the page stays as it was published.
    private func later(_ linker: Linker) -> HTML {
        let later = site.laterReleases(of: site.position(of: index))
        guard !later.isEmpty else { return "" }
        let items: [HTML] = later.map { position in
            let release = site.releases[position].release
            return "<li>\(linker.link(SiteMap.release(release.id), release.metadata.title)) (\(Format.month(release.metadata.date)))</li>\n"
        }
        return """
        <section class="later" id="later" aria-labelledby="later-title">
        <h2 id="later-title">이후 보고서</h2>
        <p>이 보고서 다음에 같은 계보에서 나온 보고서입니다. 이 블록만 나중 보고서가 더해질 때 바뀌고, 이 쪽의 나머지는 게시된 그대로입니다.</p>
        <ul>
        \(items)</ul>
        </section>

        """
    }

    private func findings(_ linker: Linker, marks: FindingMarks) -> HTML {
        FindingList(release: release, linker: linker).html(heading: "이 보고서의 점검 결과", marks: marks)
    }
}

extension ReleasePage {
    /// What the release page reads (its key for the incremental build): what the release's
    /// other pages read (`ReleasePages.key`), and the later releases of its lineage, which it lists.
    static func key(_ position: Int, releaseKey base: String?, site: SiteContent) -> String? {
        guard let base else { return nil }
        var key = DependencyKey("release-page")
        key.add(base)
        for later in site.laterReleases(of: position) {
            let metadata = site.releases[later].release.metadata
            key.add(site.releases[later].release.id)
            key.add(metadata.title)
            key.add(metadata.date.description)
            key.add(metadata.kind)
        }
        return key.digest
    }
}

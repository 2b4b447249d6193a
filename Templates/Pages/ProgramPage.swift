import SitegenText
import SitegenContent
import SitegenSite
import SitegenSearch
import SitegenShare

/// `/programs/<slug>/`: one program across releases — its latest numbers at a glance, every
/// budget line printed for it with the table's as-of date, the change between comparable points
/// (each labelled with both dates), a note where a release prints it twice with different
/// numbers, a chart of its execution rate by release, and the work items that report on it.
struct ProgramPage {
    let site: SiteContent
    let program: ProgramHistory
    /// Whether the page has a preview card and its chart a PNG (`build --cards`).
    var cards = false

    /// Rows of different years are compared for their execution rate only when their tables stand
    /// at about the same point of the year (as-of dates at most this many days apart in the year).
    static let comparableDays = 31

    var page: Page {
        let path = SiteMap.program(program.slug)
        let linker = Linker(config: site.config, pagePath: path)
        let representatives = site.representatives(of: program)
        let figures = self.figures(representatives)
        let chart = self.chart(representatives)
        let file = ChartFile(chart: chart, source: chartSource(representatives), permalink: (site.config.baseURL ?? site.config.basePath) + path)
        let share = ChartShare(svg: SiteMap.programChart(program.slug, format: "svg"),
                               png: cards ? SiteMap.programChart(program.slug, format: "png") : nil,
                               embed: ChartEmbed(path: SiteMap.programEmbed(program.slug), chart: chart, config: site.config),
                               save: ChartSave(source: file.source, name: program.slug))
        let embed = EmbedPage(site: site, path: SiteMap.programEmbed(program.slug), pagePath: path, pageTitle: program.names[0],
                              chart: chart, source: file.source)
        let card = PreviewCard(name: program.names[0], figures: figures, chart: chart)
        // A small host keeps the page and its chart; the chart's file, embed page and feed
        // are left out (the script still saves the chart as SVG or PNG, as on release pages).
        let small = site.config.profile == .small
        let shareHTML: HTML = small ? ChartSave(source: file.source, name: program.slug).html : share.html(linker)
        let feedLink: HTML = small ? "" : "<p>\(linker.link(SiteMap.feed(path), "이 사업의 Atom 피드"))</p>\n"
        return Page(path: path, title: program.names[0],
                    description: figures?.sentence.map { "‘\(PreviewText.clean(program.names[0], limit: 60))’, \($0)" }
                        ?? "세부사업 ‘\(program.names[0])’의 보고서별 예산현액, 원인행위, 지출, 집행률.",
                    trail: [("", "보고서"), ("programs/", "세부사업")],
                    body: [OCRNotice.html(forAnyOf: program.releases.map { site.releases[$0].release }), summary(linker, representatives: representatives, figures: figures), names(), twice(linker, representatives: representatives),
                           chart.svg, shareHTML, history(linker, path: path, representatives: representatives), items(linker),
                           feedLink].joined,
                    feed: small ? nil : SiteMap.feed(path),
                    attachments: historyData.files(pagePath: path, profile: site.config.profile)
                        + (small ? [] : [OutputFile(path: share.svg, bytes: file.svg), embed.file]),
                    image: cards ? SiteMap.card(path) : nil,
                    rasters: cards ? [RasterRequest(path: SiteMap.card(path), svg: card.svg),
                                      RasterRequest(path: SiteMap.programChart(program.slug, format: "png"), svg: file.svg, zoom: 2)] : [])
    }

    /// The latest release's figures: what the glance shows and the link preview says.
    private func figures(_ representatives: [Int: ProgramHistory.Appearance]) -> PageFigures? {
        guard let last = program.releases.last, let latest = representatives[last] else { return nil }
        var figures = PageFigures(line: line(latest), report: site.releases[last].release.metadata.date, asOf: asOf(latest))
        figures.asOf = dateLabel(latest)
        return figures
    }

    /// Where the chart's numbers come from: how many reports, and the latest one's table and date.
    private func chartSource(_ representatives: [Int: ProgramHistory.Appearance]) -> String {
        guard let last = program.releases.last, let latest = representatives[last] else { return "출처: 서울시 부서 업무보고" }
        let release = site.releases[last].release
        return "출처: 서울시 부서 업무보고 \(program.releases.count)건 (최근: \(release.metadata.title), \(Format.month(release.metadata.date)), ‘\(table(latest).title)’ 표, \(dateLabel(latest)) 기준)"
    }

    private func line(_ appearance: ProgramHistory.Appearance) -> BudgetLine {
        table(appearance).lines[appearance.line]
    }

    private func table(_ appearance: ProgramHistory.Appearance) -> BudgetTable {
        site.releases[appearance.release].release.report.budgetTables[appearance.table]
    }

    /// The as-of date of a row: its table's, else the first day of its release's month.
    private func asOf(_ appearance: ProgramHistory.Appearance) -> Day? {
        table(appearance).asOf
    }

    private func dateLabel(_ appearance: ProgramHistory.Appearance) -> String {
        asOf(appearance).map(Format.day) ?? Format.month(site.releases[appearance.release].release.metadata.date)
    }

    /// The latest release's row: budget, spent, rate, department, as of when.
    private func summary(_ linker: Linker, representatives: [Int: ProgramHistory.Appearance], figures: PageFigures?) -> HTML {
        guard let last = program.releases.last, let latest = representatives[last], let figures else { return "" }
        let row = line(latest)
        let release = site.releases[last].release
        var cards: [HTML] = []
        cards.append("<li>예산현액<strong>\(figures.budget ?? "–")</strong></li>")
        cards.append("<li>지출(집행액)<strong>\(figures.executed ?? "–")</strong></li>")
        cards.append("<li>집행률<strong>\(figures.rateLabel ?? "–")</strong></li>")
        if let department = row.department {
            let name: HTML = site.releases[last].departmentPath(department).map { linker.link($0, department) } ?? "\(department)"
            cards.append("<li>부서<strong>\(name)</strong></li>")
        }
        cards.append("<li>기준일<strong>\(figures.asOf ?? "–")</strong></li>")
        return """
        <p>가장 최근 보고서 \(linker.link(SiteMap.release(release.id), release.metadata.title)) (\(Format.month(release.metadata.date)))의 ‘\(table(latest).title)’ 표에 실린 숫자입니다.</p>
        <ul class="glance">\(cards)</ul>

        """
    }

    private func names() -> HTML {
        guard program.names.count > 1 else { return "" }
        return "<p>보고서에 인쇄된 이름: \(program.names.joined(separator: " / "))</p>\n"
    }

    /// Releases that print the program more than once with different numbers, and which row the
    /// chart and the changes use.
    private func twice(_ linker: Linker, representatives: [Int: ProgramHistory.Appearance]) -> HTML {
        var notes: [HTML] = []
        for position in program.releases {
            let rows = program.appearances.filter { $0.release == position }
            let distinct = Set(rows.map { [line($0).budget, line($0).executed] })
            guard rows.count > 1, distinct.count > 1, let chosen = representatives[position] else { continue }
            let release = site.releases[position].release
            let printed = rows.map { row -> String in
                "‘\(table(row).title)’ \(line(row).firstLine)행: 예산현액 \(line(row).budget.map(Format.compactWon) ?? "–"), 집행액 \(line(row).executed.map(Format.compactWon) ?? "–")"
            }
            notes.append("<li>\(linker.link(SiteMap.release(release.id), release.metadata.title)) (\(Format.month(release.metadata.date)))는 이 사업을 \(rows.count)번 다른 숫자로 싣습니다: \(printed.joined(separator: "; ")). 차트와 변화에는 ‘\(table(chosen).title)’ \(line(chosen).firstLine)행을 씁니다.</li>\n")
        }
        guard !notes.isEmpty else { return "" }
        return "<div class=\"note\"><p>한 보고서에 두 번 실린 사업</p><ul>\n\(notes)</ul></div>\n"
    }

    /// What changed since the program's previous release, on the row that stands for its release,
    /// labelled with both dates; rates only between tables of about the same point of the year.
    private func change(at appearance: ProgramHistory.Appearance, representatives: [Int: ProgramHistory.Appearance],
                        releases: [Int]) -> HTML {
        guard representatives[appearance.release] == appearance else { return "" }
        guard let position = releases.firstIndex(of: appearance.release) else { return "" }
        guard position > 0, let previous = representatives[releases[position - 1]] else { return "처음 실림" }
        let (a, b) = (line(previous), line(appearance))
        var parts: [String] = []
        if let x = a.budget, let y = b.budget, x != y { parts.append("예산현액 \(Format.signedWon(y - x))") }
        if let x = ReleaseChanges.rate(a), let y = ReleaseChanges.rate(b), abs(x - y) >= 0.05 {
            if comparable(previous, appearance) {
                parts.append("집행률 \(Format.points(y - x))")
            } else {
                parts.append("집행률은 기준 시점이 달라 견주지 않음")
            }
        }
        if let x = a.department, let y = b.department, site.lineage.departmentLineage(x) != site.lineage.departmentLineage(y) { parts.append("부서 \(x) → \(y)") }
        let span = "\(dateLabel(previous)) → \(dateLabel(appearance))"
        return parts.isEmpty ? "\(span): 변화 없음" : "\(span): \(parts.joined(separator: ", "))"
    }

    /// Whether two rows' execution rates can be compared: both tables state an as-of date, and
    /// they are of the same fiscal year (progress within the year) or stand at about the same
    /// point of their years (execution against the same point of an earlier year).
    private func comparable(_ a: ProgramHistory.Appearance, _ b: ProgramHistory.Appearance) -> Bool {
        guard let first = asOf(a), let second = asOf(b),
              let x = Format.yearElapsed(first), let y = Format.yearElapsed(second) else { return false }
        if first.year == second.year { return true }
        return abs(x - y) / 100 * 365 <= Double(Self.comparableDays)
    }

    /// The history table's numbers, as shown.
    private var historyData: TableDownload {
        TableDownload(name: "history", header: ["보고서", "보고 시기", "기준일", "부서", "표", "사업명", "예산현액", "원인행위", "지출(집행액)", "집행률", "원문 행"],
                      rows: program.appearances.map { appearance in
                          let release = site.releases[appearance.release].release
                          let table = release.report.budgetTables[appearance.table]
                          let line = table.lines[appearance.line]
                          return [release.id, release.metadata.date.description, table.asOf?.description ?? "", line.department ?? "", table.title, line.label,
                                  line.budget.map(String.init) ?? "", line.committed.map(String.init) ?? "",
                                  line.executed.map(String.init) ?? "", line.rate?.description ?? "", String(line.firstLine)]
                      })
    }

    /// One row per budget line; the first row of each release carries the release id as its `id`.
    private func history(_ linker: Linker, path: String, representatives: [Int: ProgramHistory.Appearance]) -> HTML {
        var used = Set<String>()
        var marks: [Int: FindingMarks] = [:]
        let releases = program.releases
        let rows: [HTML] = program.appearances.map { appearance in
            let index = site.releases[appearance.release]
            let release = index.release
            let table = release.report.budgetTables[appearance.table]
            let line = table.lines[appearance.line]
            var anchor = release.id
            var counter = 1
            while used.contains(anchor) { counter += 1; anchor = "\(release.id)-\(counter)" }
            used.insert(anchor)
            if marks[appearance.release] == nil { marks[appearance.release] = FindingMarks(release: release) }
            let mark = marks[appearance.release]?.html(forRowAt: line.firstLine, linker: linker) ?? ""
            let place = index.place(table: appearance.table, line: appearance.line)
            let department: HTML = line.department.flatMap { d in index.departmentPath(d).map { linker.link($0, d) } } ?? "–"
            let links = BudgetLineLinks.cell(line, of: table, in: release, linker: linker, shownAt: place)
            return """
            <tr id="\(anchor)"><th scope="row">\(linker.link(SiteMap.release(release.id), release.metadata.title)) <span class="muted">\(Format.month(release.metadata.date))</span>\(mark)</th><td class="date">\(table.asOf.map(Format.day) ?? "–")</td><td>\(department)</td><td class="table-name">\(table.title)</td><td class="num">\(Format.amount(line.budget))</td><td class="num">\(Format.amount(line.committed))</td><td class="num">\(Format.amount(line.executed))</td><td class="num">\(Format.rate(line.rate))</td><td class="change">\(change(at: appearance, representatives: representatives, releases: releases))</td>\(links)</tr>

            """
        }
        return """
        <h2 id="history">보고서별 예산과 집행</h2>
        <div class="table-wrap"><table class="budget">
        <caption>‘\(program.names[0])’이 실린 모든 표 <span class="unit">(금액: 억·만 원, 정확한 원 단위 값은 숫자에 마우스를 올리거나 CSV에서)</span> \(historyData.links(linker, pagePath: path))</caption>
        <thead><tr><th scope="col">보고서</th><th scope="col">기준일</th><th scope="col">부서</th><th scope="col">표</th><th scope="col" class="num">예산현액</th><th scope="col" class="num">원인행위</th><th scope="col" class="num">지출(집행액)</th><th scope="col" class="num">집행률</th><th scope="col">이전 보고서 대비 (비교 시점)</th><th scope="col" class="links"><span class="visually-hidden">링크</span></th></tr></thead>
        <tbody>
        \(rows)</tbody></table></div>
        """
    }

    /// One bar per release: the row that stands for the program in that release.
    private func chart(_ representatives: [Int: ProgramHistory.Appearance]) -> BarChart {
        let bars: [BarChart.Bar] = program.releases.compactMap { position in
            guard let chosen = representatives[position] else { return nil }
            let release = site.releases[position].release
            return BarChart.bar(for: line(chosen), label: "\(Format.month(release.metadata.date)) \(release.metadata.issuer)", asOf: asOf(chosen))
        }
        let dates = Set(program.releases.compactMap { representatives[$0].flatMap(asOf) })
        return BarChart(title: "‘\(program.names[0])’ 보고서별 집행률",
                        description: "보고서마다 이 사업의 예산현액 대비 집행액 비율. 숫자는 아래 표에 있습니다.",
                        bars: bars, asOf: dates.count == 1 ? dates.first : nil)
    }

    private func items(_ linker: Linker) -> HTML {
        var links: [HTML] = []
        var seen = Set<String>()
        // Counted and read once, not once a work item (and the items are read in place, not copied).
        let key = program.key
        let byTitle = key.count >= 4, keyIsPlain = key.isPlainText
        for appearance in program.appearances {
            let index = site.releases[appearance.release]
            let release = index.release
            let table = release.report.budgetTables[appearance.table]
            let items = release.report.workItems
            for position in items.indices where items[position].number == table.workItem || (byTitle && index.itemTitleKeys[position].containsText(key, otherIsPlain: keyIsPlain)) {
                let item = items[position]
                guard seen.insert(release.id + "/" + item.number).inserted else { continue }
                links.append("<li>\(linker.link(SiteMap.item(release.id, number: item.number), "\(item.number). \(Reading.text(item.title))")) <span class=\"muted\">\(release.metadata.title) · \(Format.month(release.metadata.date))</span></li>\n")
            }
        }
        guard !links.isEmpty else { return "" }
        return "<h2 id=\"items\">이 사업을 다룬 주요업무</h2>\n<ul>\n\(links)</ul>\n"
    }
}

extension ProgramPage {
    /// What a program's page (and its feed) reads, as its key for the incremental build: the
    /// releases it appears in, each with the links out of it (`ReleasePages.key`), where in them
    /// it appears, its names, and the lineage rules for names and renames.
    static func key(_ program: ProgramHistory, releaseKeys: [String?], site: SiteContent) -> String? {
        var key = DependencyKey.acrossReleases("program", site: site)
        key.add(program.key)
        key.add(program.lineage)
        key.add(program.slug)
        for name in program.names { key.add(name) }
        for appearance in program.appearances {
            guard let release = releaseKeys[appearance.release] else { return nil }
            key.add(release)
            key.add(appearance.table)
            key.add(appearance.line)
        }
        return key.digest
    }
}

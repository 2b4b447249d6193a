import SitegenCore

/// `/programs/<slug>/`: one program across releases — every budget line printed for it, a
/// chart of its execution rate by release, and the work items that report on it.
struct ProgramPage {
    let site: SiteContent
    let program: ProgramHistory

    var page: Page {
        let path = SiteMap.program(program.slug)
        let linker = Linker(config: site.config, pagePath: path)
        return Page(path: path, title: program.names[0],
                    description: "세부사업 ‘\(program.names[0])’의 보고서별 예산현액, 원인행위, 지출, 집행률.",
                    trail: [("", "보고서"), ("programs/", "세부사업")],
                    body: [names(), history(linker, path: path), chart(), items(linker),
                           "<p>\(linker.link(SiteMap.feed(path), "이 사업의 Atom 피드"))</p>\n"].joined,
                    feed: SiteMap.feed(path),
                    attachments: historyData.files(pagePath: path))
    }

    private func names() -> HTML {
        guard program.names.count > 1 else { return "" }
        return "<p>보고서에 인쇄된 이름: \(program.names.joined(separator: " / "))</p>\n"
    }

    private func line(_ appearance: ProgramHistory.Appearance) -> BudgetLine {
        site.releases[appearance.release].release.report.budgetTables[appearance.table].lines[appearance.line]
    }

    /// What changed since the program's previous release, on the row that stands for its release.
    private func change(at appearance: ProgramHistory.Appearance, representatives: [Int: ProgramHistory.Appearance],
                        releases: [Int]) -> HTML {
        guard representatives[appearance.release] == appearance else { return "" }
        guard let position = releases.firstIndex(of: appearance.release) else { return "" }
        guard position > 0, let before = representatives[releases[position - 1]] else { return "처음 실림" }
        let (a, b) = (line(before), line(appearance))
        var parts: [String] = []
        if let x = a.budget, let y = b.budget, x != y { parts.append("예산 \(y > x ? "+" : "")\(Format.compactWon(y - x))") }
        if let x = ReleaseChanges.rate(a), let y = ReleaseChanges.rate(b), abs(x - y) >= 0.05 { parts.append(String(format: "집행률 %+.1f%%p", y - x)) }
        if let x = a.department, let y = b.department, site.lineage.departmentLineage(x) != site.lineage.departmentLineage(y) { parts.append("부서 \(x) → \(y)") }
        return parts.isEmpty ? "변화 없음" : "\(parts.joined(separator: ", "))"
    }

    /// The history table's numbers, as shown.
    private var historyData: TableDownload {
        TableDownload(name: "history", header: ["보고서", "보고 시기", "부서", "표", "사업명", "예산현액", "원인행위", "지출(집행액)", "집행률", "원문 행"],
                      rows: program.appearances.map { appearance in
                          let release = site.releases[appearance.release].release
                          let table = release.report.budgetTables[appearance.table]
                          let line = table.lines[appearance.line]
                          return [release.id, release.metadata.date.description, line.department ?? "", table.title, line.label,
                                  line.budget.map(String.init) ?? "", line.committed.map(String.init) ?? "",
                                  line.executed.map(String.init) ?? "", line.rate?.description ?? "", String(line.firstLine)]
                      })
    }

    /// One row per budget line; the first row of each release carries the release id as its `id`.
    private func history(_ linker: Linker, path: String) -> HTML {
        var used = Set<String>()
        let representatives = site.representatives(of: program)
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
            let place = index.place(table: appearance.table, line: appearance.line)
            let department: HTML = line.department.flatMap { d in index.departmentPath(d).map { linker.link($0, d) } } ?? "–"
            let source = linker.href(SiteMap.sourceView(release.id)) + "#" + SiteMap.lineAnchor(line.firstLine)
            let citation = Citation(release: release, table: table, line: line, permalink: site.config.absoluteURL(path + "#" + anchor))
            return """
            <tr id="\(anchor)"><th scope="row">\(linker.link(SiteMap.release(release.id), release.metadata.title)) <span class="muted">\(Format.month(release.metadata.date))</span></th><td>\(department)</td><td>\(table.title)</td><td class="num">\(Format.won(line.budget))</td><td class="num">\(Format.won(line.committed))</td><td class="num">\(Format.won(line.executed))</td><td class="num">\(Format.rate(line.rate))</td><td>\(change(at: appearance, representatives: representatives, releases: releases))</td><td class="links"><a href="\(linker.href(place.page) + "#" + place.anchor)">보고서 쪽</a> <a href="\(source)">원문 \(line.firstLine)행</a> <a class="permalink" href="\(linker.href(path) + "#" + anchor)">링크</a> \(citation.html)</td></tr>

            """
        }
        return """
        <h2 id="history">보고서별 예산과 집행</h2>
        <div class="table-wrap"><table class="budget">
        <caption>‘\(program.names[0])’이 실린 모든 표 <span class="unit">(금액: 원)</span> \(historyData.links(linker, pagePath: path))</caption>
        <thead><tr><th scope="col">보고서</th><th scope="col">부서</th><th scope="col">표</th><th scope="col">예산현액</th><th scope="col">원인행위</th><th scope="col">지출(집행액)</th><th scope="col">집행률</th><th scope="col">이전 보고서 대비</th><th scope="col"><span class="visually-hidden">링크</span></th></tr></thead>
        <tbody>
        \(rows)</tbody></table></div>
        """
    }

    /// One bar per release: the row that stands for the program in that release.
    private func chart() -> HTML {
        let representatives = site.representatives(of: program)
        let bars: [BarChart.Bar] = program.releases.map { position in
            let release = site.releases[position].release
            return BarChart.bar(for: line(representatives[position]!), label: "\(Format.month(release.metadata.date)) \(release.metadata.issuer)")
        }
        return BarChart(title: "‘\(program.names[0])’ 보고서별 집행률",
                        description: "보고서마다 이 사업의 예산현액 대비 집행액 비율. 숫자는 위 표에 있습니다.",
                        bars: bars).svg
    }

    private func items(_ linker: Linker) -> HTML {
        var links: [HTML] = []
        var seen = Set<String>()
        for appearance in program.appearances {
            let index = site.releases[appearance.release]
            let release = index.release
            let table = release.report.budgetTables[appearance.table]
            let mentioned = release.report.workItems.enumerated().filter { position, item in
                item.number == table.workItem || (program.key.count >= 4 && index.itemTitleKeys[position].contains(program.key))
            }.map(\.element)
            for item in mentioned where seen.insert(release.id + "/" + item.number).inserted {
                links.append("<li>\(linker.link(SiteMap.item(release.id, number: item.number), "\(item.number). \(item.title)")) <span class=\"muted\">\(release.metadata.title) · \(Format.month(release.metadata.date))</span></li>\n")
            }
        }
        guard !links.isEmpty else { return "" }
        return "<h2 id=\"items\">이 사업을 다룬 주요업무</h2>\n<ul>\n\(links)</ul>\n"
    }
}

import SitegenText
import SitegenContent
import SitegenSite
import SitegenSearch

/// `/departments/<slug>/`: a department across releases, under every name it had.
struct DepartmentLineagePage {
    let site: SiteContent
    let lineage: DepartmentLineage

    var path: String { SiteMap.departmentLineage(lineage.slug) }

    var page: Page {
        let linker = Linker(config: site.config, pagePath: path)
        let rows: [HTML] = lineage.appearances.map { appearance in
            let index = site.releases[appearance.release]
            let release = index.release
            let staffing = release.report.staffing.first { $0.department == appearance.name }
            let line = index.overview.departments.first { NameKey.department($0.label) == appearance.name }
            let name: HTML = index.departmentPath(appearance.name).map { linker.link($0, appearance.name) } ?? "\(appearance.name)"
            return "<tr><th scope=\"row\">\(linker.link(SiteMap.release(release.id), release.metadata.title)) <span class=\"muted\">\(Format.month(release.metadata.date))</span></th><td>\(name)</td><td class=\"num\">\(staffing?.current.map(String.init) ?? "–")</td><td class=\"num\">\(Format.amount(line?.budget))</td><td class=\"num\">\(Format.rate(line?.rate))</td></tr>\n"
        }
        let names = Array(Set(lineage.appearances.map(\.name))).sorted()
        let data = TableDownload(name: "releases", header: ["보고서", "보고 시기", "부서 이름", "현원", "예산현액", "집행률"],
                                 rows: lineage.appearances.map { appearance in
                                     let index = site.releases[appearance.release]
                                     let staffing = index.release.report.staffing.first { $0.department == appearance.name }
                                     let line = index.overview.departments.first { NameKey.department($0.label) == appearance.name }
                                     return [index.release.id, index.release.metadata.date.description, appearance.name,
                                             staffing?.current.map(String.init) ?? "", line?.budget.map(String.init) ?? "",
                                             line?.rate?.description ?? ""]
                                 })
        let figures = self.figures
        return Page(path: path, title: "\(lineage.name) (보고서별)",
                    description: figures.flatMap { $0.figures.sentence }.map { "\(lineage.name), \($0)" }
                        ?? "\(lineage.name)이(가) 실린 모든 보고서: 이름, 인력, 예산과 집행률.",
                    trail: [("", "보고서"), (SiteMap.departments, "부서")],
                    body: """
                    <p>보고서에 쓰인 이름: \(names.joined(separator: ", ")). 이름이 바뀐 부서는 편집자가 원문과 대조해 한 부서로 묶었습니다. \(linker.link(SiteMap.feed(path), "이 부서의 Atom 피드"))</p>
                    \(glance(linker, figures))<div class="table-wrap"><table>
                    <caption>보고서별 \(lineage.name) <span class="unit">(금액: 억·만 원)</span> \(data.links(linker, pagePath: path))</caption>
                    <thead><tr><th scope="col">보고서</th><th scope="col">부서 이름</th><th scope="col" class="num">현원</th><th scope="col" class="num">예산현액</th><th scope="col" class="num">집행률</th></tr></thead>
                    <tbody>
                    \(rows)</tbody></table></div>
                    """,
                    feed: SiteMap.feed(path),
                    attachments: data.files(pagePath: path, profile: site.config.profile))
    }
}

extension DepartmentLineagePage {
    /// The department's row in the main table of the latest release it appears in: what the
    /// glance shows and the link preview says (none when that release has no row for it).
    var figures: (index: ReleaseIndex, table: BudgetTable, figures: PageFigures)? {
        guard let last = lineage.appearances.last else { return nil }
        let index = site.releases[last.release]
        guard let table = index.overview.mainTable,
              let line = index.overview.departments.first(where: { NameKey.department($0.label) == last.name }) else { return nil }
        return (index, table, PageFigures(line: line, report: index.release.metadata.date, asOf: table.asOf))
    }

    private func glance(_ linker: Linker, _ latest: (index: ReleaseIndex, table: BudgetTable, figures: PageFigures)?) -> HTML {
        guard let (index, table, figures) = latest, figures.sentence != nil else { return "" }
        let m = index.release.metadata
        return """
        <p>가장 최근 보고서 \(linker.link(SiteMap.release(index.release.id), m.title)) (\(Format.month(m.date)))의 ‘\(table.title)’ 표에 실린 숫자입니다.</p>
        <ul class="glance"><li>예산현액<strong>\(figures.budget ?? "–")</strong></li><li>집행액<strong>\(figures.executed ?? "–")</strong></li><li>집행률<strong>\(figures.rateLabel ?? "–")</strong></li><li>기준일<strong>\(figures.asOf ?? "–")</strong></li></ul>

        """
    }
}

/// `/departments/`: every department lineage.
struct DepartmentIndexPage {
    let site: SiteContent

    var page: Page {
        let path = SiteMap.departments
        let linker = Linker(config: site.config, pagePath: path)
        let items: [HTML] = site.departmentLineages.map { lineage in
            "<li>\(linker.link(SiteMap.departmentLineage(lineage.slug), lineage.name)) <span class=\"muted\">보고서 \(lineage.appearances.count)건</span></li>\n"
        }
        return Page(path: path, title: "부서", description: "보고서를 가로질러 본 부서 \(site.departmentLineages.count)곳.",
                    trail: [("", "보고서")], body: "<ul class=\"index\">\n\(items)</ul>\n")
    }
}

extension DepartmentLineagePage {
    /// What a department's page across releases (and its feed) reads, as its key for the
    /// incremental build: the releases it appears in, each with the links out of it
    /// (`ReleasePages.key`), the name it had in each, and the lineage rules for renames.
    static func key(_ lineage: DepartmentLineage, releaseKeys: [String?], site: SiteContent) -> String? {
        var key = DependencyKey.acrossReleases("department-lineage", site: site)
        key.add(lineage.name)
        key.add(lineage.slug)
        for appearance in lineage.appearances {
            guard let release = releaseKeys[appearance.release] else { return nil }
            key.add(release)
            key.add(appearance.name)
        }
        return key.digest
    }
}

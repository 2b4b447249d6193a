import SitegenText
import SitegenContent
import SitegenSite

/// The Atom feeds: every release, each program (an entry per release it appears in), each
/// department lineage.
struct Feeds {
    let site: SiteContent

    /// Every feed of the site (the build makes each program's and department's feed with its page).
    var files: [OutputFile] {
        var feeds = [releases]
        feeds += site.programs.map(program)
        feeds += site.departmentLineages.map(department)
        return feeds.map(\.file)
    }

    var releases: AtomFeed {
        AtomFeed(path: "feed.xml", title: "\(Layout.siteName): 새 보고서", subtitle: "새로 실린 업무보고 (사이트 루트 해시 SHA-256 \(SiteMap.rootHashPlaceholder))",
                 page: "", entries: site.releases.map { index in
                     let release = index.release
                     let total = index.overview.total?.budget.map { " 예산현액 \(Format.compactWon($0))." } ?? ""
                     return .init(title: release.metadata.title, path: SiteMap.release(release.id), month: release.metadata.date,
                                  summary: "\(release.metadata.issuer) \(Format.month(release.metadata.date)) \(release.metadata.kind ?? "업무보고").\(total)")
                 }, config: site.config)
    }

    func program(_ program: ProgramHistory) -> AtomFeed {
        let page = SiteMap.program(program.slug)
        var seen = Set<Int>()
        let entries: [AtomFeed.Entry] = program.appearances.compactMap { appearance in
            guard seen.insert(appearance.release).inserted else { return nil }
            let release = site.releases[appearance.release].release
            let line = release.report.budgetTables[appearance.table].lines[appearance.line]
            // The title names the program and the release; the summary, the figures (and the
            // name the release printed, when it is another).
            var figures: [String] = []
            if let budget = line.budget { figures.append("예산현액 \(Format.compactWon(budget))") }
            if let executed = line.executed { figures.append("집행액 \(Format.compactWon(executed))") }
            if let rate = line.rate { figures.append("집행률 \(rate)%") }
            let printed = line.label == program.names[0] ? "" : "‘\(line.label)’로 실림. "
            return .init(title: "\(program.names[0]) — \(release.metadata.title) (\(Format.month(release.metadata.date)))",
                         path: page + "#" + release.id, month: release.metadata.date,
                         summary: printed + (figures.isEmpty ? "숫자 없음." : figures.joined(separator: ", ") + "."))
        }
        return AtomFeed(path: SiteMap.feed(page), title: "\(program.names[0]): 보고서별 예산과 집행",
                        subtitle: "이 사업이 실린 보고서마다 한 항목", page: page, entries: entries, config: site.config)
    }

    func department(_ lineage: DepartmentLineage) -> AtomFeed {
        let page = SiteMap.departmentLineage(lineage.slug)
        let entries: [AtomFeed.Entry] = lineage.appearances.map { appearance in
            let index = site.releases[appearance.release]
            let release = index.release
            return .init(title: "\(appearance.name) — \(release.metadata.title) (\(Format.month(release.metadata.date)))",
                         path: index.departmentPath(appearance.name) ?? SiteMap.release(release.id), month: release.metadata.date,
                         summary: "\(release.metadata.title)에 실린 \(appearance.name)의 주요업무, 인력, 예산.")
        }
        return AtomFeed(path: SiteMap.feed(page), title: "\(lineage.name): 보고서별", subtitle: "이 부서가 실린 보고서마다 한 항목",
                        page: page, entries: entries, config: site.config)
    }
}

import SitegenText
import SitegenConcurrency
import SitegenSite
import SitegenSearch

/// The pages of a release below its own page (`ReleasePage`): its source view, departments,
/// work items and audit, made and carried over as one job.
///
/// What they read, besides the templates (in the build identity), is their key for the
/// incremental build (`RenderJob.key`): the release itself, the configuration, the lineage
/// rules, the previous release of its lineage and the programs its rows belong to (what
/// changed: programs started and ended are told by program), the programs of its own rows
/// (where they link, and which they are), its departments' lineage pages, and each
/// department's previous report (its page and title, in whichever earlier release the
/// department last appeared). A page that reads more must add it here: a key that misses
/// something makes an incremental build carry a stale page over.
enum ReleasePages {
    /// The pages of a release below its own page: source, departments, work items (on a small
    /// host, one page of them: `WorkItemsPage`), audit.
    static func pages(_ index: ReleaseIndex, site: SiteContent) throws -> [Page] {
        let report = index.release.report
        var pages: [Page] = []
        if let text = try site.sourceTexts.text(of: index.release.id) {
            pages.append(SourcePage(site: site, index: index, text: text).page)
        }
        for department in report.departments {
            if let page = DepartmentPage(site: site, index: index, department: department).page { pages.append(page) }
        }
        if site.config.profile == .small {
            if !report.workItems.isEmpty { pages.append(WorkItemsPage(site: site, index: index).page) }
        } else {
            for item in report.workItems {
                pages.append(WorkItemPage(site: site, index: index, item: item).page)
            }
        }
        if let audit = report.audit {
            pages.append(AuditPage(site: site, index: index, audit: audit).page)
        }
        return pages
    }

    /// The key of everything a release's pages depend on but the later releases; nil when the
    /// release's content key is unknown (a site assembled in memory), so nothing is reused.
    static func key(_ position: Int, site: SiteContent) -> String? {
        let release = site.releases[position].release
        guard let content = site.contentKeys[release.id] else { return nil }
        var key = DependencyKey("release")
        key.add(content)
        key.add(site.config.renderingKey)
        key.add(site.lineageKey)
        let previous = site.previousRelease(of: position)
        key.add(previous.flatMap { site.contentKeys[site.releases[$0].release.id] })
        for member in [position] + (previous.map { [$0] } ?? []) {
            for (t, table) in site.releases[member].release.report.budgetTables.enumerated() {
                for l in table.lines.indices {
                    let program = site.program(release: member, table: t, line: l)
                    key.add(program?.key)
                    key.add(program?.slug)
                }
            }
        }
        for department in release.report.departments {
            key.add(site.departmentLineagePath(release: position, name: department.name))
            let previous = site.previousAppearance(release: position, name: department.name)
            key.add(previous.flatMap { site.contentKeys[site.releases[$0.release].release.id] })
            key.add(previous?.name)
        }
        return key.digest
    }

    /// Every release's `releaseKey`, worked out once for a build's jobs.
    static func keys(_ site: SiteContent) -> [String?] {
        Concurrently.map(site.releases.indices.map { position in { key(position, site: site) } })
    }
}

extension DependencyKey {
    /// The start of the key of a page across releases (a program's, a department's): its
    /// kind, the base URL its links are made with, and the lineage rules that gathered it.
    static func acrossReleases(_ kind: String, site: SiteContent) -> DependencyKey {
        var key = DependencyKey(kind)
        key.add(site.config.renderingKey)
        key.add(site.lineageKey)
        return key
    }
}

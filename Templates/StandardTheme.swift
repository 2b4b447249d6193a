import Foundation
import SitegenText
import SitegenContent
import SitegenSite
import SitegenSearch

/// The site's own theme: every page of the site, built from Swift string templates.
public struct StandardTheme: SiteTheme {
    public init() {}

    /// The search's passages of each release, cut while the build indexes the site (or read
    /// back from the build cache, for a release unchanged since the last build).
    public func prepare(_ releases: [Release], memo: ReleaseMemo) -> (any Sendable)? {
        SearchPassages.ReleaseParts(releases, memo: memo)
    }

    public func jobs(for site: SiteContent) -> [RenderJob] {
        let groups = ProgramIndexPage.grouped(site.programs)
        // The largest jobs first, so that both cores stay busy to the end.
        var jobs: [RenderJob] = SearchIndex(site: site).jobs + [
            RenderJob { [Feeds(site: site).releases.file] },
            RenderJob { [NotFoundPage(site: site).file, OutputFile(path: StyleSheet.path, text: StyleSheet.css)] },
        ]
        var sitePages: [() -> Page] = [
            { HomePage(site: site).page }, { ProgramIndexPage(site: site).page(groups: groups) },
            { FindingsPage(site: site).page }, { DataPage(site: site).page },
            { DepartmentIndexPage(site: site).page }, { SearchPage(site: site, groups: groups).page },
        ]
        for position in ProgramIndexPage.initials.indices {
            sitePages.append { ProgramIndexPage(site: site).page(initial: position, groups: groups) }
        }
        jobs += sitePages.map { page in RenderJob { Self.files(of: [page()], site: site) } }
        let releaseKeys = site.releaseKeys
        for lineage in site.departmentLineages {
            jobs.append(RenderJob(key: site.departmentLineageKey(lineage, releaseKeys: releaseKeys).map { "department:" + $0 }) {
                Self.files(of: [DepartmentLineagePage(site: site, lineage: lineage).page], site: site)
                    + [Feeds(site: site).department(lineage).file]
            })
        }
        for program in site.programs {
            jobs.append(RenderJob(key: site.programKey(program, releaseKeys: releaseKeys).map { "program:" + $0 }) {
                Self.files(of: [ProgramPage(site: site, program: program).page], site: site)
                    + [Feeds(site: site).program(program).file]
            })
        }
        for (position, index) in site.releases.enumerated() {
            jobs.append(RenderJob(key: site.releasePageKey(position, releaseKey: releaseKeys[position]).map { "release-page:" + $0 }) {
                Self.files(of: [ReleasePage(site: site, index: index).page], site: site)
            })
            jobs.append(RenderJob(key: releaseKeys[position].map { "release-pages:" + $0 }) {
                Self.files(of: Self.releasePages(index, site: site), site: site)
            })
        }
        return jobs
    }

    public func closingFiles(for site: SiteContent, writtenPaths: [String]) -> [OutputFile] {
        let pages = writtenPaths.filter { $0.hasSuffix("index.html") }.map { String($0.dropLast("index.html".count)) }
        return SiteFiles(site: site, pagePaths: pages).files
    }

    /// The pages of a release below its own page: source, departments, work items, audit.
    static func releasePages(_ index: ReleaseIndex, site: SiteContent) -> [Page] {
        let report = index.release.report
        var pages: [Page] = []
        if let text = site.sourceTexts[index.release.id] {
            pages.append(SourcePage(site: site, index: index, text: text).page)
        }
        for department in report.departments {
            if let page = DepartmentPage(site: site, index: index, department: department).page { pages.append(page) }
        }
        for item in report.workItems {
            pages.append(WorkItemPage(site: site, index: index, item: item).page)
        }
        if let audit = report.audit {
            pages.append(AuditPage(site: site, index: index, audit: audit).page)
        }
        return pages
    }

    /// Pages laid out, with the files that go with them.
    static func files(of pages: [Page], site: SiteContent) -> [OutputFile] {
        pages.flatMap { page in
            [Layout.render(page, site: site, linker: Linker(config: site.config, pagePath: page.path))] + page.attachments
        }
    }
}

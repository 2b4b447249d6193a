import Foundation
import SitegenText
import SitegenContent
import SitegenSite
import SitegenSearch
import SitegenShare

/// The site's own theme: every page of the site, built from Swift string templates.
public struct StandardTheme: SiteTheme {
    /// Draws the preview cards and the charts' PNGs (`build --cards`); without one, pages have
    /// neither, and no `og:image`.
    public let rasterizer: (any Rasterizing)?

    public init(rasterizer: (any Rasterizing)? = nil) {
        self.rasterizer = rasterizer
    }

    private var cards: Bool { rasterizer != nil }
    /// What the keys of the pages with cards say of them, so that turning cards on or off makes them again.
    private var cardsKey: String { cards ? "cards:" : "" }

    /// The search's passages of each release, cut while the build indexes the site (or read
    /// back from the build cache, for a release unchanged since the last build).
    public func prepare(_ releases: [Release], memo: ReleaseMemo) -> (any Sendable)? {
        SearchPassages.ReleaseParts(releases, memo: memo)
    }

    public func jobs(for site: SiteContent) -> [RenderJob] {
        let groups = ProgramIndexPage.grouped(site.programs)
        // The largest jobs first, so that both cores stay busy to the end.
        var jobs: [RenderJob] = SearchIndex(site: site, layout: .forHost(site.config.profile)).jobs + [
            RenderJob { [Feeds(site: site).releases.file] },
            RenderJob {
                [NotFoundPage(site: site).file, OutputFile(path: StyleSheet.path, text: StyleSheet.css)]
                    + (site.config.profile == .small ? [] : [OutputFile(path: EmbedPage.stylePath, text: EmbedPage.style)])
            },
        ]
        var sitePages: [() -> Page] = [
            { HomePage(site: site, cards: cards).page }, { ProgramIndexPage(site: site).page(groups: groups) },
            { FindingsPage(site: site).page },
            { DepartmentIndexPage(site: site).page }, { SearchPage(site: site, groups: groups).page },
        ]
        for position in ProgramIndexPage.initials.indices {
            sitePages.append { ProgramIndexPage(site: site).page(initial: position, groups: groups) }
        }
        jobs += sitePages.map { page in RenderJob { try files(of: [page()], site: site) } }
        let releaseKeys = ReleasePages.keys(site)
        for lineage in site.departmentLineages {
            jobs.append(RenderJob(key: DepartmentLineagePage.key(lineage, releaseKeys: releaseKeys, site: site).map { "department:" + $0 }) {
                Self.files(of: [DepartmentLineagePage(site: site, lineage: lineage).page], site: site)
                    + [Feeds(site: site).department(lineage).file]
            })
        }
        for program in site.programs {
            jobs.append(RenderJob(key: ProgramPage.key(program, releaseKeys: releaseKeys, site: site).map { "program:" + cardsKey + $0 }) {
                try files(of: [ProgramPage(site: site, program: program, cards: cards).page], site: site)
                    + (site.config.profile == .small ? [] : [Feeds(site: site).program(program).file])
            })
        }
        for (position, index) in site.releases.enumerated() {
            jobs.append(RenderJob(key: ReleasePage.key(position, releaseKey: releaseKeys[position], site: site).map { "release-page:" + cardsKey + $0 }) {
                try files(of: [ReleasePage(site: site, index: index, cards: cards).page], site: site)
            })
            jobs.append(RenderJob(key: releaseKeys[position].map { "release-pages:" + $0 }) {
                Self.files(of: try ReleasePages.pages(index, site: site), site: site)
            })
        }
        return jobs
    }

    /// The data page, which links the database files the jobs wrote (how a year is cut depends
    /// on its files' sizes), and the files that list every page.
    public func closingFiles(for site: SiteContent, writtenPaths: [String]) -> [OutputFile] {
        let databases = writtenPaths.filter { $0.hasPrefix("data/sitegen-") && $0.hasSuffix(".sqlite") }.sorted()
        let dataPage = Self.files(of: [DataPage(site: site, databases: databases).page], site: site)
        let written = writtenPaths + dataPage.map(\.path)
        let pages = written.filter { $0.hasSuffix("index.html") }
            .map { String($0.dropLast("index.html".count)) }.filter { !SiteMap.isEmbed($0) }
        return dataPage + SiteFiles(site: site, pagePaths: pages, writtenPaths: written).files
    }

    /// Pages laid out, with the files that go with them and, with a rasteriser, their PNGs.
    /// The PNGs are started first, so that the rasteriser's thread draws them while this one
    /// lays out the pages.
    func files(of pages: [Page], site: SiteContent) throws -> [OutputFile] {
        let rasters = rasterizer.map { rasterizer in pages.flatMap(\.rasters).map { ($0.path, rasterizer.start($0)) } } ?? []
        var files = Self.files(of: pages, site: site)
        for (path, png) in rasters {
            files.append(OutputFile(path: path, bytes: try png.value()))
        }
        return files
    }

    /// Pages laid out, with the files that go with them.
    static func files(of pages: [Page], site: SiteContent) -> [OutputFile] {
        pages.flatMap { page in
            [Layout.render(page, site: site, linker: Linker(config: site.config, pagePath: page.path))] + page.attachments
        }
    }
}

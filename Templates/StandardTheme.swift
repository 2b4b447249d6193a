import SitegenCore

/// The site's own theme: every page of the site, built from Swift string templates.
public struct StandardTheme: SiteTheme {
    public init() {}

    public func render(_ site: SiteContent) throws -> [OutputFile] {
        var pages: [Page] = [HomePage(site: site).page, ProgramIndexPage(site: site).page,
                             FindingsPage(site: site).page, DataPage(site: site).page]
        for index in site.releases {
            let release = ReleasePage(site: site, index: index)
            pages.append(release.page)
            if let text = site.sourceTexts[index.release.id] {
                pages.append(SourcePage(site: site, index: index, text: text).page)
            }
            pages += index.release.report.departments.compactMap { DepartmentPage(site: site, index: index, department: $0).page }
            pages += index.release.report.workItems.map { WorkItemPage(site: site, index: index, item: $0).page }
            if let audit = index.release.report.audit { pages.append(AuditPage(site: site, index: index, audit: audit).page) }
        }
        pages += site.programs.map { ProgramPage(site: site, program: $0).page }
        var files = pages.map { Layout.render($0, site: site, linker: Linker(config: site.config, pagePath: $0.path)) }
        files.append(NotFoundPage(site: site).file)
        files.append(OutputFile(path: StyleSheet.path, text: StyleSheet.css))
        files += SiteFiles(site: site, pagePaths: pages.map(\.path)).files
        return files
    }
}

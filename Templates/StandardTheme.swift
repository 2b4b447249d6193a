import Foundation
import SitegenCore

/// The site's own theme: every page of the site, built from Swift string templates.
public struct StandardTheme: SiteTheme {
    public init() {}

    public func render(_ site: SiteContent) throws -> [OutputFile] {
        let jobs = Self.pageJobs(site)
        let pages = Self.concurrently(jobs)
        var files = Self.concurrently(pages.map { page in
            { Layout.render(page, site: site, linker: Linker(config: site.config, pagePath: page.path)) }
        })
        files += pages.flatMap(\.attachments)
        files.append(NotFoundPage(site: site).file)
        files.append(OutputFile(path: StyleSheet.path, text: StyleSheet.css))
        files += SiteFiles(site: site, pagePaths: pages.map(\.path)).files
        files += Feeds(site: site).files
        files += SearchIndex(site: site).files
        return files
    }

    /// Every page of the site, as work to do.
    static func pageJobs(_ site: SiteContent) -> [() -> Page] {
        let groups = ProgramIndexPage.grouped(site.programs)
        var jobs: [() -> Page] = [
            { HomePage(site: site).page }, { ProgramIndexPage(site: site).page(groups: groups) },
            { FindingsPage(site: site).page }, { DataPage(site: site).page },
            { DepartmentIndexPage(site: site).page }, { SearchPage(site: site, groups: groups).page },
        ]
        for position in ProgramIndexPage.initials.indices {
            jobs.append { ProgramIndexPage(site: site).page(initial: position, groups: groups) }
        }
        for lineage in site.departmentLineages {
            jobs.append { DepartmentLineagePage(site: site, lineage: lineage).page }
        }
        for index in site.releases {
            let report = index.release.report
            jobs.append { ReleasePage(site: site, index: index).page }
            if let text = site.sourceTexts[index.release.id] {
                jobs.append { SourcePage(site: site, index: index, text: text).page }
            }
            for department in report.departments where index.departmentPath(department.name) != nil {
                jobs.append { DepartmentPage(site: site, index: index, department: department).page! }
            }
            for item in report.workItems {
                jobs.append { WorkItemPage(site: site, index: index, item: item).page }
            }
            if let audit = report.audit {
                jobs.append { AuditPage(site: site, index: index, audit: audit).page }
            }
        }
        for program in site.programs {
            jobs.append { ProgramPage(site: site, program: program).page }
        }
        return jobs
    }

    /// Runs the jobs on all cores; the results keep the jobs' order.
    static func concurrently<T>(_ jobs: [() -> T]) -> [T] {
        var results = [T?](repeating: nil, count: jobs.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: jobs.count) { position in
            let result = jobs[position]()
            lock.lock()
            results[position] = result
            lock.unlock()
        }
        return results.map { $0! }
    }
}

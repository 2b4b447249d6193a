import SitegenSite
import SitegenText

/// The jobs that make the data for analysts, beside the CSV files `SitegenBuild` exports: the
/// data package and `releases.csv`, always; with `SiteConfig.database` (`build --database`),
/// the archive database and Datasette's metadata; with `SiteConfig.workbooks`
/// (`build --workbooks`), the archive's budget-line workbook and each release's workbook.
/// The database and the workbooks are keyed by what they are made from, so that an
/// incremental build that changes none of it carries them over.
public enum AnalystData {
    public static func jobs(for site: SiteContent) -> [RenderJob] {
        var jobs = [RenderJob { [try DataPackage.file(for: site), ReleasesCSV.file(for: site)] }]
        if site.config.database {
            jobs.insert(RenderJob(key: archiveKey("sqlite", site: site)) { [try ArchiveDatabase.file(for: site)] }, at: 0)
            jobs.append(RenderJob { [try DatasetteMetadata.file(for: site)] })
        }
        if site.config.workbooks {
            jobs.append(RenderJob(key: archiveKey("budget-lines-xlsx", site: site)) {
                [try workbookFile(BudgetWorkbooks.archive(site.releases, config: site.config))]
            })
            for index in site.releases {
                let key = site.contentKeys[index.release.id].map { content -> String in
                    var key = DependencyKey("release-xlsx")
                    key.add(site.config.renderingKey)
                    key.add(content)
                    return key.digest
                }
                jobs.append(RenderJob(key: key) { [try workbookFile(BudgetWorkbooks.release(index, config: site.config))] })
            }
        }
        return jobs
    }

    /// The key of a file made from the whole archive: the base URL its permalinks use, the
    /// lineage rules that match its programs, and every release in order with its content.
    /// A build that changes none of them carries the file over; nil (made anew) when a release
    /// has no content key.
    static func archiveKey(_ kind: String, site: SiteContent) -> String? {
        var key = DependencyKey(kind)
        key.add(site.config.renderingKey)
        key.add(site.lineageKey)
        for index in site.releases {
            guard let content = site.contentKeys[index.release.id] else { return nil }
            key.add(index.release.id)
            key.add(content)
        }
        return key.digest
    }

    static func workbookFile(_ workbook: Workbook) throws -> OutputFile {
        OutputFile(path: workbook.path, bytes: try XlsxWriter.bytes(workbook))
    }
}

import SitegenSite

/// The jobs that make the data for analysts, beside the CSV files `SitegenBuild` exports: the
/// archive database with Datasette's metadata, the data package and `releases.csv`; the
/// archive's budget-line workbook; and each release's workbook, keyed by the release's content
/// (and the base URL its permalinks use), so that an incremental build carries it over.
public enum AnalystData {
    public static func jobs(for site: SiteContent) -> [RenderJob] {
        var jobs = [
            RenderJob { [try ArchiveDatabase.file(for: site)] },
            RenderJob { [try DatasetteMetadata.file(for: site), try DataPackage.file(for: site), ReleasesCSV.file(for: site)] },
            RenderJob { [try workbookFile(BudgetWorkbooks.archive(site.releases, config: site.config))] },
        ]
        for index in site.releases {
            let key = site.contentKeys[index.release.id].map { "xlsx:" + $0 + ":" + (site.config.baseURL ?? "") }
            jobs.append(RenderJob(key: key) { [try workbookFile(BudgetWorkbooks.release(index, config: site.config))] })
        }
        return jobs
    }

    static func workbookFile(_ workbook: Workbook) throws -> OutputFile {
        OutputFile(path: workbook.path, bytes: try XlsxWriter.bytes(workbook))
    }
}

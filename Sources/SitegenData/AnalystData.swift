import SitegenSite
import SitegenText

/// The jobs that make the data for analysts, beside the CSV files `SitegenBuild` exports: the
/// data package and `releases.csv`, always; with `SiteConfig.database` (`build --database`),
/// the archive database, a file a year, and Datasette's metadata (made once the files are,
/// since how a year is cut depends on its files' sizes: `closingFiles`); with
/// `SiteConfig.workbooks` (`build --workbooks`), the archive's budget-line workbook and each
/// release's workbook. A year's database files and the workbooks are keyed by what they are
/// made from, so that an incremental build that changes none of it carries them over.
public enum AnalystData {
    /// Every job, the leading ones first.
    public static func jobs(for site: SiteContent) -> [RenderJob] {
        leadingJobs(for: site) + laterJobs(for: site)
    }

    /// The jobs a build starts before all others (the job runner starts jobs in order): the
    /// archive's budget-line workbook, made anew whenever any release changes, and the
    /// database's years, largest first, are the longest jobs of a build that adds a release;
    /// started last, they ran alone after the other jobs.
    public static func leadingJobs(for site: SiteContent) -> [RenderJob] {
        var jobs: [RenderJob] = []
        if site.config.workbooks {
            jobs.append(RenderJob(key: archiveKey("budget-lines-xlsx", site: site)) {
                [try workbookFile(BudgetWorkbooks.archive(site.releases, config: site.config))]
            })
        }
        if site.config.database {
            let counts = ArchiveCounts.running(site.releases)
            let years = ArchivePart.years(site.releases.map(\.release.metadata.date))
            func lines(_ year: ArchivePart) -> Int { counts[year.releases.upperBound].lines - counts[year.releases.lowerBound].lines }
            let largest = years.sorted { lines($0) != lines($1) ? lines($0) > lines($1) : $0.name < $1.name }
            jobs += largest.map { year in
                RenderJob(key: yearKey(year, site: site, before: counts[year.releases.lowerBound])) {
                    try ArchiveDatabase.files(year, site: site, counts: counts)
                }
            }
        }
        return jobs
    }

    /// The jobs a build lists after the site's pages.
    public static func laterJobs(for site: SiteContent) -> [RenderJob] {
        var jobs = [RenderJob { [try DataPackage.file(for: site), ReleasesCSV.file(for: site)] }]
        if site.config.workbooks {
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

    /// The files made from what the jobs wrote: Datasette's metadata, which names every
    /// database file (`data/sitegen-*.sqlite`) among `writtenPaths`.
    public static func closingFiles(for site: SiteContent, writtenPaths: [String]) throws -> [OutputFile] {
        guard site.config.database else { return [] }
        return [try DatasetteMetadata.file(for: site, databases: DatasetteMetadata.databaseNames(writtenPaths))]
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

    /// The key of a year's database files: the base URL, the size limit, the rows before the
    /// year (its rows are numbered on from them), its releases with their content, and the
    /// program each of its budget lines belongs to with that program's id, slug, lineage and
    /// name (the site's, which other releases and the lineage rules decide). A build that adds
    /// a release to another year carries the year over; nil when a release has no content key.
    static func yearKey(_ year: ArchivePart, site: SiteContent, before: ArchiveCounts) -> String? {
        var key = DependencyKey("sqlite-year")
        key.add(site.config.baseURL)
        key.add(ArchivePart.fileSizeLimit)
        for count in before.parts { key.add(count) }
        var programs = Set<Int>()
        for position in year.releases {
            let release = site.releases[position].release
            guard let content = site.contentKeys[release.id] else { return nil }
            key.add(release.id)
            key.add(content)
            for (t, table) in release.report.budgetTables.enumerated() {
                for l in table.lines.indices {
                    let program = site.programNumber(release: position, table: t, line: l)
                    key.add(program ?? -1)
                    if let program { programs.insert(program) }
                }
            }
        }
        for number in programs.sorted() {
            let program = site.programs[number]
            key.add(number)
            key.add(program.slug)
            key.add(program.lineage)
            key.add(program.names.first ?? program.key)
        }
        return key.digest
    }

    static func workbookFile(_ workbook: Workbook) throws -> OutputFile {
        OutputFile(path: workbook.path, bytes: try XlsxWriter.bytes(workbook))
    }
}

import SitegenContent
import SitegenSite
import SitegenText

/// `data/datapackage.json`: a Tabular Data Package (v1 profile, valid as v2) of the CSV
/// files under `data/`, with the Fiscal Data Package `model` of the budget lines. The site's
/// root hash stands as the placeholder the site manifest fills in when it is sealed.
public struct DataPackage: Encodable {
    public static let path = "data/datapackage.json"

    var profile = "tabular-data-package"
    var name = "sitegen-seoul-council-reports"
    var title = "서울시 업무보고 예산·집행 자료 (Seoul council work reports: budgets and execution)"
    var description: String
    var homepage: String?
    var licenses: [License]
    var sources: [Source]
    var resources = PackageResources.all
    var model = FiscalModel.budgetLines
    /// Not in the specification: the SHA-256 of `site-manifest.json`, which lists this file.
    var siteRootHash = SiteMap.rootHashPlaceholder

    struct License: Encodable {
        var title: String
        /// The law that lets anyone use the reports (`DataTerms`).
        var path: String
    }

    struct Source: Encodable {
        var title: String
        var path: String?
    }

    init(_ site: SiteContent) {
        let releases = site.releases.map(\.release)
        description = "Every budget line, finding and audit demand of \(releases.count) work reports that Seoul city "
            + "departments gave the city council, as printed (amounts in won)."
            + (site.config.database ? " The whole archive is also in SQLite, one database a year with the same tables "
                + "(sitegen-2022.sqlite; a year over 25 MiB is cut into half-years, sitegen-2022-h1.sqlite, then months), "
                + "for Datasette with metadata.json." : "")
        homepage = site.config.baseURL
        licenses = [License(title: DataTerms.title, path: DataTerms.url)]
        sources = releases.map { Source(title: "\($0.metadata.title) (\($0.metadata.date))", path: $0.metadata.sourceURL) }
    }

    public static func file(for site: SiteContent) throws -> OutputFile {
        var json = PrettyJSON(capacity: 1 << 14)
        try json.encode(DataPackage(site))
        return OutputFile(path: path, bytes: json.bytes + [0x0A])
    }
}

import SitegenSite
import SitegenText

/// `data/metadata.json`: what Datasette shows beside the archive's databases — the title,
/// source and licence, and for each database file (the same schema each) a description of
/// every table and column (with its unit), the default facets, the label columns, and each
/// table's full-text index (`fts_table`, `fts_pk`).
/// `datasette data/*.sqlite --metadata data/metadata.json`.
public struct DatasetteMetadata: Encodable {
    public static let path = "data/metadata.json"

    var title = "서울시 업무보고 아카이브 (Seoul council work reports)"
    var description: String
    var license = DataTerms.title
    var licenseURL = DataTerms.url
    var source: String
    var sourceURL: String?
    var aboutURL: String?
    var databases: [String: Database]

    struct Database: Encodable {
        var tables: [String: Table]
        /// Canned queries: a form for each long text index (`ArchiveTable.longTextSearched`),
        /// which Datasette's search box cannot query.
        var queries: [String: Query]
    }

    /// A canned query: Datasette shows a field for each `:parameter` of its SQL.
    struct Query: Encodable {
        var title: String
        var sql: String
    }

    struct Table: Encodable {
        var description: String
        var columns: [String: String]
        var facets: [String]?
        var labelColumn: String?
        var ftsTable: String?
        var ftsPK: String?

        enum CodingKeys: String, CodingKey {
            case description, columns, facets
            case labelColumn = "label_column"
            case ftsTable = "fts_table"
            case ftsPK = "fts_pk"
        }

        init(_ table: ArchiveTable) {
            description = table.description
            columns = Dictionary(uniqueKeysWithValues: table.columns.map { ($0.name, $0.describedWithUnit) })
            facets = table.facets.isEmpty ? nil : table.facets
            labelColumn = table.labelColumn
            if !table.searched.isEmpty {
                ftsTable = table.ftsName
                ftsPK = "id"
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case title, description, license, source, databases
        case licenseURL = "license_url"
        case sourceURL = "source_url"
        case aboutURL = "about_url"
    }

    /// Datasette names a database after its file: the names of the archive's database files
    /// among `paths`, in order.
    static func databaseNames(_ paths: [String]) -> [String] {
        paths.compactMap { path -> String? in
            guard path.hasPrefix("data/sitegen-"), path.hasSuffix(".sqlite"), !path.dropFirst(5).contains("/") else { return nil }
            return String(path.dropFirst("data/".count).dropLast(".sqlite".count))
        }.sorted()
    }

    init(_ site: SiteContent, databases names: [String]) {
        let releases = site.releases.map(\.release)
        let latestSource = releases.last { $0.metadata.sourceURL != nil }
        description = "\(releases.count) work reports (업무보고) of Seoul city departments to the city council: every budget "
            + "line with its amounts in won and printed rates, work items, audit demands and the reports' own "
            + "inconsistencies, each row with its line in the report and its permalink. Rows whose row_kind is "
            + "department, subtotal or total are sums: leave them out when adding up."
        source = latestSource.map { "\($0.metadata.title) (\($0.metadata.date))" } ?? "서울특별시의회 업무보고"
        sourceURL = latestSource?.metadata.sourceURL
        aboutURL = site.config.baseURL
        let tables = ArchiveSchema.tables.map { ($0.name, Table($0)) }
        let database = Database(tables: Dictionary(uniqueKeysWithValues: tables), queries: Self.longTextQueries)
        databases = Dictionary(uniqueKeysWithValues: names.map { ($0, database) })
    }

    /// `search_work_items_body`: the rows whose body holds the text (three letters or more),
    /// found through the body's index by `LIKE`.
    static var longTextQueries: [String: Query] {
        var queries: [String: Query] = [:]
        for table in ArchiveSchema.tables {
            for column in table.longTextSearched {
                let index = table.longTextFTSName(column), label = table.labelColumn ?? "id"
                queries["search_\(table.name)_\(column)"] = Query(
                    title: "\(table.name) whose \(column) holds a text (three letters or more)",
                    sql: "SELECT t.id, t.release, t.\(label), t.url FROM \(index) f JOIN \(table.name) t ON t.id = f.rowid "
                        + "WHERE f.\(column) LIKE '%' || :text || '%' ORDER BY t.id")
            }
        }
        return queries
    }

    public static func file(for site: SiteContent, databases: [String]) throws -> OutputFile {
        var json = PrettyJSON(capacity: 1 << 14)
        try json.encode(DatasetteMetadata(site, databases: databases))
        return OutputFile(path: path, bytes: json.bytes + [0x0A])
    }
}

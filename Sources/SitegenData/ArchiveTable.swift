/// A table of the archive database: its columns, keys, the columns people facet by (indexed),
/// and the columns its full-text index covers.
public struct ArchiveTable: Sendable {
    public var name: String
    public var description: String
    public var columns: [ArchiveColumn]
    /// Other constraints of the table (`UNIQUE (…)`).
    public var constraints: [String] = []
    /// Indexed, and Datasette's default facets where `facets` says so.
    public var indexed: [String] = []
    public var facets: [String] = []
    /// The column Datasette shows for a row that another table refers to.
    public var labelColumn: String?
    /// The text columns of the full-text index `<name>_fts` (none: no index).
    public var searched: [String] = []
    /// Long text columns, each with a full-text index of its own, `<name>_<column>_fts`, that
    /// keeps which rows hold a trigram but not where (FTS5's `detail=none`): a third of the
    /// size and half the build time of a full index over the work items' bodies. It answers
    /// `LIKE` and `GLOB` on the index table (three letters or more) and `MATCH` of one trigram;
    /// a longer phrase in `MATCH` is refused ("phrase queries are not supported"), which is why
    /// these columns are not in `<name>_fts`, the index Datasette's search box queries.
    public var longTextSearched: [String] = []

    public var ftsName: String { name + "_fts" }

    /// The index of a `longTextSearched` column.
    public func longTextFTSName(_ column: String) -> String { "\(name)_\(column)_fts" }

    /// `CREATE TABLE`, without indexes (they are made after the rows).
    var createStatement: String {
        let lines = columns.map(\.definition) + constraints
        return "CREATE TABLE \(name) (\n  " + lines.joined(separator: ",\n  ") + "\n) STRICT;"
    }

    var indexStatements: [String] {
        indexed.map { "CREATE INDEX \(name)_\($0) ON \(name)(\($0));" }
    }

    /// An external-content FTS5 index over the table's own text (no second copy of it), with
    /// the trigram tokenizer, which finds any three or more letters of Korean or anything else.
    var ftsStatements: [String] {
        let full = searched.isEmpty ? [] : fts(ftsName, columns: searched, options: "")
        return full + longTextSearched.flatMap { fts(longTextFTSName($0), columns: [$0], options: ", detail=none") }
    }

    /// The index made in one pass: with FTS5's default `hashsize` (1 MiB of pending terms) the
    /// rebuild wrote a segment a MiB and `optimize` merged them, 40 % of the audit demands'
    /// index time and 12 % of the bodies'; with 64 MiB it writes one segment (a year's terms
    /// are far below that), which `optimize` leaves as it is. The setting is then put back to
    /// the default, for whoever writes to the file later.
    private func fts(_ index: String, columns: [String], options: String) -> [String] {
        [
            "CREATE VIRTUAL TABLE \(index) USING fts5(\(columns.joined(separator: ", ")), "
                + "content='\(name)', content_rowid='id', tokenize='trigram'\(options));",
            "INSERT INTO \(index)(\(index), rank) VALUES('hashsize', 67108864);",
            "INSERT INTO \(index)(\(index)) VALUES('rebuild');",
            "INSERT INTO \(index)(\(index)) VALUES('optimize');",
            "INSERT INTO \(index)(\(index), rank) VALUES('hashsize', 1048576);",
        ]
    }

    var insertStatement: String {
        "INSERT INTO \(name) (\(columns.map(\.name).joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ");"
    }
}

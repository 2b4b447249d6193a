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

    public var ftsName: String { name + "_fts" }

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
        guard !searched.isEmpty else { return [] }
        return [
            "CREATE VIRTUAL TABLE \(ftsName) USING fts5(\(searched.joined(separator: ", ")), "
                + "content='\(name)', content_rowid='id', tokenize='trigram');",
            "INSERT INTO \(ftsName)(\(ftsName)) VALUES('rebuild');",
            "INSERT INTO \(ftsName)(\(ftsName)) VALUES('optimize');",
        ]
    }

    var insertStatement: String {
        "INSERT INTO \(name) (\(columns.map(\.name).joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ");"
    }
}

import Foundation
import GRDB
import GRDBSQLite
import SitegenSite

/// `data/sitegen-<year>.sqlite`: the archive in SQLite, one file a year (cut further where a
/// year's file would be over the hosts' limit: `ArchivePart`), every file with the same schema.
/// Each file is built in memory and returned as the bytes of its file, the same bytes for the
/// same site on every build: the page size, `application_id` and `user_version` are set before
/// the first table; the rows go in, in the order `ArchiveRows` states, in one transaction; then
/// the indexes, the views and the full-text indexes (rebuilt and optimised); then `VACUUM INTO`
/// a fresh in-memory file, whose bytes are the output. No clock is read. The file's header says
/// rollback-journal mode (what `journal_mode=DELETE` writes).
public enum ArchiveDatabase {
    /// The files of a year (`part`). `counts` are the rows before each of the site's releases
    /// (`ArchiveCounts.running`).
    static func files(_ part: ArchivePart, site: SiteContent, counts: [ArchiveCounts],
                      limit: Int = ArchivePart.fileSizeLimit) throws -> [OutputFile] {
        try part.files(dates: site.releases.map(\.release.metadata.date), limit: limit, ids: site.releases.map(\.release.id)) { piece in
            try bytes(ArchiveRows(site, releases: piece.releases, before: counts[piece.releases.lowerBound]))
        }
    }

    /// The whole archive as one database (what the tests hold the files cut by year to).
    static func wholeArchive(_ site: SiteContent) throws -> [UInt8] {
        try bytes(ArchiveRows(site))
    }

    static func bytes(_ rows: ArchiveRows) throws -> [UInt8] {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false // checked by the tests (PRAGMA foreign_key_check)
        let queue = try DatabaseQueue(configuration: configuration)
        return try queue.inDatabase { db in
            try db.execute(sql: """
                PRAGMA page_size = 4096;
                PRAGMA application_id = \(ArchiveSchema.applicationID);
                PRAGMA user_version = \(ArchiveSchema.version);
                """)
            try db.inTransaction {
                for table in ArchiveSchema.tables {
                    try db.execute(sql: table.createStatement)
                    try insert(rows.byTable[table.name] ?? [], with: db.makeStatement(sql: table.insertStatement), in: db)
                }
                for table in ArchiveSchema.tables {
                    for statement in table.indexStatements + table.ftsStatements { try db.execute(sql: statement) }
                }
                for view in ArchiveViews.all { try db.execute(sql: view) }
                return .commit
            }
            return try vacuumed(db)
        }
    }

    /// Runs the insert statement once a row, its cells bound straight onto GRDB's statement handle.
    private static func insert(_ rows: [ArchiveRows.Row], with statement: Statement, in db: Database) throws {
        let handle = statement.sqliteStatement
        for row in rows {
            sqlite3_reset(handle)
            for (column, cell) in row.enumerated() {
                let code = cell.bind(to: handle, at: Int32(column + 1))
                guard code == SQLITE_OK else { throw error(code, db, statement) }
            }
            let code = sqlite3_step(handle)
            guard code == SQLITE_DONE else { throw error(code, db, statement) }
        }
        sqlite3_reset(handle)
    }

    private static func error(_ code: Int32, _ db: Database, _ statement: Statement) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                      sql: statement.sql)
    }

    /// `VACUUM INTO` a fresh in-memory database (the memdb VFS, under a name no other build
    /// uses), and its bytes. It is attached first, empty: a memdb database lives only while a
    /// connection holds it, and `VACUUM INTO` lets go of its target when it is done.
    private static func vacuumed(_ db: Database) throws -> [UInt8] {
        let name = "file:/sitegen-archive-\(UUID().uuidString)?vfs=memdb"
        try db.execute(sql: "ATTACH DATABASE ? AS archive", arguments: [name])
        defer { try? db.execute(sql: "DETACH DATABASE archive") }
        try db.execute(sql: "VACUUM INTO ?", arguments: [name])
        // A memdb database lends its own buffer (NOCOPY): one copy fewer of a file that is
        // 117 MB at 600 releases.
        var size: sqlite3_int64 = 0
        if let data = sqlite3_serialize(db.sqliteConnection, "archive", &size, UInt32(SQLITE_SERIALIZE_NOCOPY)) {
            return Array(UnsafeBufferPointer(start: data, count: Int(size)))
        }
        guard let data = sqlite3_serialize(db.sqliteConnection, "archive", &size, 0) else {
            throw DatabaseError(resultCode: .SQLITE_NOMEM, message: "sqlite3_serialize failed")
        }
        defer { sqlite3_free(data) }
        return Array(UnsafeBufferPointer(start: data, count: Int(size)))
    }
}

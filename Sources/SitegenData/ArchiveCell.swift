import GRDBSQLite

/// A value of a row of the archive database, typed as SQLite stores it. Rows are held as cells
/// and bound with `sqlite3_bind_*` straight onto the insert statement: as GRDB's
/// `DatabaseValueConvertible` existentials and `StatementArguments` they were most of making a
/// database file's rows.
enum ArchiveCell: Equatable {
    case null
    case integer(Int64)
    case double(Double)
    case string(String)

    /// The model's optionals: nil is NULL.
    static func int(_ value: Int?) -> ArchiveCell { value.map { .integer(Int64($0)) } ?? .null }
    static func real(_ value: Double?) -> ArchiveCell { value.map { .double($0) } ?? .null }
    static func text(_ value: String?) -> ArchiveCell { value.map { .string($0) } ?? .null }

    /// Binds the cell as the statement's parameter `index` (from 1). SQLite copies the text
    /// (`SQLITE_TRANSIENT`); an empty text is bound from a static empty C string, since an empty
    /// `String`'s buffer may have no address and a null address would bind NULL.
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch self {
        case .null:
            return sqlite3_bind_null(statement, index)
        case .integer(let value):
            return sqlite3_bind_int64(statement, index, value)
        case .double(let value):
            return sqlite3_bind_double(statement, index, value)
        case .string(var value):
            return value.withUTF8 { bytes in
                guard let start = bytes.baseAddress, !bytes.isEmpty else {
                    return sqlite3_bind_text(statement, index, "", 0, transient)
                }
                return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(statement, index, $0, Int32(bytes.count), transient)
                }
            }
        }
    }
}

/// SQLite's `SQLITE_TRANSIENT` (copy the value now), which Swift does not import.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A column of the archive database, described once: its SQL type and constraint, what it
/// means and its unit, for the schema, Datasette's metadata and the data package alike.
public struct ArchiveColumn: Sendable {
    public enum Kind: String, Sendable {
        case integer = "INTEGER"
        case real = "REAL"
        case text = "TEXT"
    }

    public var name: String
    public var kind: Kind
    public var description: String
    /// `원`, `%` or nil.
    public var unit: String?
    /// `NOT NULL`, `REFERENCES …`: what follows the type in the table's definition.
    public var constraint: String

    public init(_ name: String, _ kind: Kind, _ description: String, unit: String? = nil, constraint: String = "") {
        self.name = name
        self.kind = kind
        self.description = description
        self.unit = unit
        self.constraint = constraint
    }

    var definition: String {
        constraint.isEmpty ? "\(name) \(kind.rawValue)" : "\(name) \(kind.rawValue) \(constraint)"
    }

    /// Datasette's column description: the meaning, and the unit in brackets.
    var describedWithUnit: String {
        unit.map { "\(description) (\($0))" } ?? description
    }
}

import SitegenText

/// A budget row's values by column: the few roles a row prints, each with its value, in a
/// small array in the order of `ColumnRole.allCases`. (A dictionary a row, hashed at every
/// look-up and built for every row parsed, was about 1.5 % of a clean 600-release build.)
public struct RoleValues<Value: Equatable & Sendable>: Equatable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public struct Entry: Equatable, Sendable {
        public var role: ColumnRole
        public var value: Value
    }

    /// One entry a role, in the order of `ColumnRole.allCases`.
    private var entries: [Entry] = []

    public init() {}

    public init(dictionaryLiteral elements: (ColumnRole, Value)...) {
        for (role, value) in elements { self[role] = value }
    }

    /// The role's value; nil when the row printed none.
    public subscript(role: ColumnRole) -> Value? {
        get {
            for entry in entries where entry.role == role { return entry.value }
            return nil
        }
        set {
            if let index = entries.firstIndex(where: { $0.role == role }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                let order = role.order
                let index = entries.firstIndex { $0.role.order > order } ?? entries.endIndex
                entries.insert(Entry(role: role, value: newValue), at: index)
            }
        }
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }

    public func makeIterator() -> IndexingIterator<[Entry]> {
        entries.makeIterator()
    }
}

/// An object of the roles' raw values (`{"budget" : 1000, "rate" : "49.8"}`); a key that names
/// no role is passed over.
extension RoleValues: Codable where Value: Codable {
    private struct RoleKey: CodingKey {
        var role: ColumnRole
        var stringValue: String { role.rawValue }
        var intValue: Int? { nil }

        init(_ role: ColumnRole) {
            self.role = role
        }

        init?(stringValue: String) {
            guard let role = ColumnRole(rawValue: stringValue) else { return nil }
            self.role = role
        }

        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: RoleKey.self)
        self.init()
        for key in container.allKeys { self[key.role] = try container.decode(Value.self, forKey: key) }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: RoleKey.self)
        for entry in entries { try container.encode(entry.value, forKey: RoleKey(entry.role)) }
    }
}

/// In the build cache's compact form: the count, then each role's place in `ColumnRole.allCases`
/// and its value, in that order. (Read by name through `Codable`, a role was matched against all
/// fourteen names: the largest part of reading a model back.)
extension RoleValues: ModelCoding where Value: ModelCoding {
    package func write(to writer: inout ModelWriter) {
        writer.write(entries.count)
        for entry in entries {
            writer.write(entry.role.order)
            entry.value.write(to: &writer)
        }
    }

    package init(from reader: inout ModelReader) throws {
        let count = try reader.count()
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let order = try reader.int()
            guard order > (entries.last?.role.order ?? -1), order < columnRoles.count else { throw ModelReader.Malformed() }
            entries.append(Entry(role: columnRoles[order], value: try Value(from: &reader)))
        }
    }
}

private let columnRoles = ColumnRole.allCases

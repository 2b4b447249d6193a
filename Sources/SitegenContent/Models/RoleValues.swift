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

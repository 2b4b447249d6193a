import SitegenText

/// One row of a budget table, with every amount in won exactly as printed.
public struct BudgetLine: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case program, department, subtotal, total
    }

    /// The row label as printed (wrapped lines joined with one space).
    public var label: String
    public var kind: Kind
    /// The department the row belongs to (letter-spacing removed), when known.
    public var department: String?
    /// Values by column; a missing key means the report printed no value (`-` or empty).
    public var amounts: RoleValues<Int>
    public var rates: RoleValues<PrintedRate>
    /// Columns whose printed cell could not be read as a number (see the row's findings).
    public var unreadable: Set<ColumnRole>
    /// First and last line (1-based) of the row in `report.txt`.
    public var firstLine: Int
    public var lastLine: Int

    public init(label: String, kind: Kind, department: String? = nil,
                amounts: RoleValues<Int> = [:], rates: RoleValues<PrintedRate> = [:],
                unreadable: Set<ColumnRole> = [], firstLine: Int, lastLine: Int) {
        self.label = label
        self.kind = kind
        self.department = department
        self.amounts = amounts
        self.rates = rates
        self.unreadable = unreadable
        self.firstLine = firstLine
        self.lastLine = lastLine
    }

    public var budget: Int? { amounts[.budget] }
    public var committed: Int? { amounts[.committed] }
    public var executed: Int? { amounts[.executed] }
    public var rate: PrintedRate? { rates[.rate] }
    public var committedRate: PrintedRate? { rates[.committedRate] }

    /// The name used to recognise the same program in other tables and releases:
    /// NFC, with spacing and punctuation removed.
    public var programKey: String { NameKey.program(label) }

    /// What identifies the program: its normalised name, qualified by its department when the
    /// name is one every department uses (`기본경비`).
    public var identityKey: String {
        let key = programKey
        guard NameKey.genericPrograms.contains(key), let department else { return key }
        return key + "@" + department
    }

    /// The name to show where the program is listed apart from its department.
    public var qualifiedLabel: String {
        guard NameKey.genericPrograms.contains(programKey), let department else { return label }
        return "\(label) (\(department))"
    }

    enum CodingKeys: String, CodingKey {
        case label, kind, department, amounts, rates, unreadable
        case firstLine = "first_line"
        case lastLine = "last_line"
    }

    // Written out, not synthesized, for `unreadable` alone: a set, coded as its raw values
    // sorted so that the JSON is the same from run to run. The fields in the order of
    // `CodingKeys`, in both (the build cache's binary form reads them by position).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        label = try c.decode(String.self, forKey: .label)
        kind = try c.decode(Kind.self, forKey: .kind)
        department = try c.decodeIfPresent(String.self, forKey: .department)
        amounts = try c.decode(RoleValues<Int>.self, forKey: .amounts)
        rates = try c.decode(RoleValues<PrintedRate>.self, forKey: .rates)
        unreadable = Set(try c.decode([String].self, forKey: .unreadable).compactMap(ColumnRole.init(rawValue:)))
        firstLine = try c.decode(Int.self, forKey: .firstLine)
        lastLine = try c.decode(Int.self, forKey: .lastLine)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(department, forKey: .department)
        try c.encode(amounts, forKey: .amounts)
        try c.encode(rates, forKey: .rates)
        try c.encode(unreadable.map(\.rawValue).sorted(), forKey: .unreadable)
        try c.encode(firstLine, forKey: .firstLine)
        try c.encode(lastLine, forKey: .lastLine)
    }
}

/// What editors say about lineage (`content/lineage.yml`): which bodies succeed which, which
/// departments were renamed, which printed program names are one program, and which
/// programs must never be merged.
public struct LineageConfig: Codable, Equatable, Sendable {
    public struct Issuer: Codable, Equatable, Sendable {
        public var name: String
        public var succeeds: [String]
        /// When the body took over (`YYYY-MM`), as the record says.
        public var since: String?
        public var note: String?

        public init(name: String, succeeds: [String], since: String? = nil, note: String? = nil) {
            self.name = name
            self.succeeds = succeeds
            self.since = since
            self.note = note
        }
    }

    public struct Department: Codable, Equatable, Sendable {
        /// The department's latest name.
        public var name: String
        /// Earlier names (and misprints) of the same department.
        public var was: [String]
        public var note: String?

        public init(name: String, was: [String], note: String? = nil) {
            self.name = name
            self.was = was
            self.note = note
        }
    }

    public struct ProgramAlias: Codable, Equatable, Sendable {
        /// The name as some release printed it.
        public var printed: String
        /// The name it stands for.
        public var program: String
        public var note: String?

        public init(printed: String, program: String, note: String? = nil) {
            self.printed = printed
            self.program = program
            self.note = note
        }
    }

    public var issuers: [Issuer]
    public var departments: [Department]
    public var aliases: [ProgramAlias]
    /// Groups of program names that are different programs, whatever their names look like.
    public var distinct: [[String]]

    public init(issuers: [Issuer] = [], departments: [Department] = [], aliases: [ProgramAlias] = [], distinct: [[String]] = []) {
        self.issuers = issuers
        self.departments = departments
        self.aliases = aliases
        self.distinct = distinct
    }

    public static let empty = LineageConfig()

    enum CodingKeys: String, CodingKey {
        case issuers, departments, aliases, distinct
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        issuers = try c.decodeIfPresent([Issuer].self, forKey: .issuers) ?? []
        departments = try c.decodeIfPresent([Department].self, forKey: .departments) ?? []
        aliases = try c.decodeIfPresent([ProgramAlias].self, forKey: .aliases) ?? []
        distinct = try c.decodeIfPresent([[String]].self, forKey: .distinct) ?? []
    }
}

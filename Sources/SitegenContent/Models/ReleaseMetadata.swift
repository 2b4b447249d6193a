/// The editor-written metadata of one release (`release.yml`).
public struct ReleaseMetadata: Codable, Equatable, Sendable {
    public var title: String
    public var issuer: String
    public var date: YearMonth
    public var kind: String?
    public var session: String?
    public var committee: String?
    public var sourceURL: String?
    public var notes: String?
    /// The published original, when the release was imported from one (`sitegen import`).
    public var original: OriginalRecord?

    public init(title: String, issuer: String, date: YearMonth, kind: String? = nil,
                session: String? = nil, committee: String? = nil,
                sourceURL: String? = nil, notes: String? = nil, original: OriginalRecord? = nil) {
        self.title = title
        self.issuer = issuer
        self.date = date
        self.kind = kind
        self.session = session
        self.committee = committee
        self.sourceURL = sourceURL
        self.notes = notes
        self.original = original
    }

    enum CodingKeys: String, CodingKey {
        case title, issuer, date, kind, session, committee, notes, original
        case sourceURL = "source_url"
    }
}

/// Everything a theme needs to render the site: the releases (oldest first), their indexes,
/// the programs across releases, and the configuration.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var releases: [ReleaseIndex]
    public var programs: [ProgramHistory]
    public var programSlugByKey: [String: String]
    /// Each release's report text as read (release id → text), for the line-numbered source view.
    public var sourceTexts: [String: String]

    public init(releases: [Release], config: SiteConfig, sourceTexts: [String: String] = [:]) {
        self.config = config
        self.sourceTexts = sourceTexts
        let ordered = releases.sorted { ($0.metadata.date, $0.id) < ($1.metadata.date, $1.id) }
        self.releases = ordered.map(ReleaseIndex.init(release:))
        programs = ProgramHistory.collect(ordered)
        programSlugByKey = Dictionary(uniqueKeysWithValues: programs.map { ($0.key, $0.slug) })
    }

    public var latest: ReleaseIndex? { releases.last }

    /// The page of the program a budget line belongs to.
    public func programPath(for line: BudgetLine) -> String? {
        guard line.kind == .program else { return nil }
        return programSlugByKey[line.identityKey].map(SiteMap.program)
    }
}

/// Renders the pages of a site. The build never names concrete templates: a theme is passed in,
/// so tests (and other sites) can bring their own.
public protocol SiteTheme {
    func render(_ site: SiteContent) throws -> [OutputFile]
}

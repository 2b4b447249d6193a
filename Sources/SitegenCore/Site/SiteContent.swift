/// Everything a theme needs to render the site: the releases (oldest first), their indexes,
/// the programs across releases, and the configuration.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var releases: [ReleaseIndex]
    public var programs: [ProgramHistory]
    public var programSlugByKey: [String: String]

    public init(releases: [Release], config: SiteConfig) {
        self.config = config
        let ordered = releases.sorted { ($0.metadata.date, $0.id) < ($1.metadata.date, $1.id) }
        self.releases = ordered.map(ReleaseIndex.init(release:))
        programs = ProgramHistory.collect(ordered)
        programSlugByKey = Dictionary(uniqueKeysWithValues: programs.map { ($0.key, $0.slug) })
    }

    public var latest: ReleaseIndex? { releases.last }
}

/// Renders the pages of a site. The build never names concrete templates: a theme is passed in,
/// so tests (and other sites) can bring their own.
public protocol SiteTheme {
    func render(_ site: SiteContent) throws -> [OutputFile]
}

/// How a site is built: where it will be served from, and whether it holds the archive database.
public struct SiteConfig: Equatable, Sendable {
    /// An absolute base such as `https://example.org/reports/`, or `nil` for root-relative links.
    public var baseURL: String?
    /// The path the site is served under (`/` or `/reports/`), taken from `baseURL`.
    public var basePath: String
    /// Whether the site holds the archive's SQLite databases, a file a year
    /// (`data/sitegen-<year>.sqlite`), and Datasette's `data/metadata.json` (`build --database`).
    /// Without it, nothing links or names them.
    public var database: Bool
    /// Whether the site holds the Excel workbooks, `data/budget-lines.xlsx` and one
    /// `data/releases/<id>.xlsx` per release (`build --workbooks`). Without them, nothing links them.
    public var workbooks: Bool
    /// The host the site must fit (`build --profile`).
    public var profile: HostProfile

    public init(baseURL: String? = nil, database: Bool = false, workbooks: Bool = false, profile: HostProfile = .standard) {
        self.database = database
        self.workbooks = workbooks
        self.profile = profile
        var base = baseURL
        if let b = base, !b.hasSuffix("/") { base = b + "/" }
        self.baseURL = base
        if let base, let schemeEnd = base.range(of: "://") {
            let afterHost = base[schemeEnd.upperBound...].drop { $0 != "/" }
            basePath = afterHost.isEmpty ? "/" : String(afterHost)
        } else if let base {
            basePath = base.hasPrefix("/") ? base : "/" + base
        } else {
            basePath = "/"
        }
    }

    /// What every page's links and files depend on in the configuration (the base URL and the
    /// profile), for the keys of the incremental build.
    public var renderingKey: String { (baseURL ?? "") + "\u{0}" + profile.rawValue }

    /// A link to a site path (`releases/x/`), under the base path, percent-encoded, where the
    /// host's profile has it (`HostProfile.address`).
    public func href(_ path: String) -> String {
        Slug.href(basePath + profile.address(path))
    }

    /// The absolute URL of a site path when a base URL is set, else the root-relative link.
    public func absoluteURL(_ path: String) -> String {
        guard let baseURL else { return href(path) }
        return baseURL + Slug.href(profile.address(path))
    }
}

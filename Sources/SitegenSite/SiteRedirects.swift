/// Addresses a site once published and no longer holds, each with where its content is now,
/// written as `_redirects` (the format of Cloudflare Pages, Netlify and GitLab Pages; a host
/// without redirects serves it as a plain file and answers the old address with the 404 page).
///
/// Rules use whole-segment placeholders (`:release`), which all three hosts read the same way,
/// and literal file names; Cloudflare follows a rule even where a file exists, so a rule names
/// only addresses the site no longer writes.
public struct SiteRedirects: Equatable, Sendable {
    public struct Rule: Hashable, Comparable, Sendable {
        /// Site paths (no leading `/`) with placeholders.
        public var from: String
        public var to: String
        public static func < (a: Rule, b: Rule) -> Bool { (a.from, a.to) < (b.from, b.to) }
    }

    public var rules: [Rule]

    public init(rules: [Rule]) { self.rules = Set(rules).sorted() }

    /// The redirects of a site that wrote `paths`: every CSV table download once had a JSON twin
    /// beside it (`table-1.json`, `history.json`, …), which now answers with the CSV.
    public init(writtenPaths paths: [String]) {
        let csv = paths.filter { $0.hasSuffix(".csv") && !$0.hasPrefix("data/") }
        self.init(rules: csv.map { path in
            let pattern = Self.pattern(of: path)
            return Rule(from: String(pattern.dropLast(".csv".count)) + ".json", to: pattern)
        })
    }

    /// A path with its release id, work item, department and program replaced by placeholders
    /// (the folders of `SiteMap` whose names come from the content).
    static func pattern(of path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let last = parts.count - 1
        for position in parts.indices where position < last {
            switch (position, parts[0]) {
            case (1, "releases"): parts[1] = ":release"
            case (1, "programs") where parts[1] != "initial": parts[1] = ":program"
            case (1, "departments"): parts[1] = ":department"
            case (3, "releases") where parts[2] == "items": parts[3] = ":item"
            case (3, "releases") where parts[2] == "departments": parts[3] = ":department"
            default: break
            }
        }
        return parts.joined(separator: "/")
    }

    /// The `_redirects` file: one `from to 301` line a rule, under the site's base path.
    public func text(basePath: String) -> String {
        var text = "# Addresses this site once published, and where their content is now.\n"
        for rule in rules { text += "\(basePath)\(rule.from) \(basePath)\(rule.to) 301\n" }
        return text
    }

    public static let path = "_redirects"
}

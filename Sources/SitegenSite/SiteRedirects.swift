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
        /// Whether `from` has a placeholder (a dynamic rule, in Cloudflare's terms).
        public var isDynamic: Bool { from.contains(":") }
        /// Static rules first, as Cloudflare asks; then by path.
        public static func < (a: Rule, b: Rule) -> Bool {
            (a.isDynamic ? 1 : 0, a.from, a.to) < (b.isDynamic ? 1 : 0, b.from, b.to)
        }
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

    /// The redirects of a site for `profile` that wrote `paths`: the JSON twins, and on a small
    /// host what it does not write (`HostProfile.small`).
    public init(writtenPaths paths: [String], profile: HostProfile) {
        let twins = SiteRedirects(writtenPaths: paths).rules
        self.init(rules: twins + (profile == .small ? Self.smallHost : []))
    }

    /// What a small host's site answers for the files it leaves out: a release's tables from
    /// its zip, the tables below a release and a program's history from the site's tables, a
    /// work item's page from its release's items page, a program's chart file, embed page and
    /// feed from its page, a release's embed page and the home page's from their pages. Table
    /// numbers up to three (the real reports have two at most).
    static var smallHost: [Rule] {
        var rules: [Rule] = []
        let zip = "releases/:release/" + SiteMap.tablesZipName
        let lines = "data/budget-lines.csv"
        var releaseTables = ["items", "departments", "staffing", "changes-budget", "changes-rate"]
        var itemTables: [String] = []
        for number in 1...3 {
            releaseTables += ["table-\(number)", "revenue-\(number)"]
            itemTables.append("table-\(number)")
        }
        for format in ["csv", "json"] {
            rules += releaseTables.map { Rule(from: "releases/:release/\($0).\(format)", to: zip) }
            rules += itemTables.map { Rule(from: "releases/:release/items/:item/\($0).\(format)", to: lines) }
            rules += itemTables.map { Rule(from: "releases/:release/departments/:department/\($0).\(format)", to: lines) }
            rules.append(Rule(from: "releases/:release/audit/demands.\(format)", to: "data/audit-items.csv"))
            rules.append(Rule(from: "programs/:program/history.\(format)", to: lines))
        }
        // A work item's page is a section of its release's items page (`HostProfile.address`):
        // without a fragment in the rule, a line's permalink (`#L12`) keeps its own.
        rules.append(Rule(from: "releases/:release/items/:item/", to: "releases/:release/items/"))
        for file in ["feed.xml", "chart-rate.svg", "embed/"] {
            rules.append(Rule(from: "programs/:program/" + file, to: "programs/:program/"))
        }
        // A release's embed page to the release page (the fragment a browser keeps, `#execution`,
        // is the release chart's section there), and the home page's to the home page.
        rules.append(Rule(from: SiteMap.releaseEmbed(":release"), to: SiteMap.release(":release")))
        rules.append(Rule(from: SiteMap.homeEmbed, to: ""))
        return rules
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

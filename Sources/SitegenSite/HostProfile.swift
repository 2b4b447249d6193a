/// What a site leaves out or packs so that it fits a web host's limits (`build --profile`).
///
/// - `standard` (the default) fits GitHub Pages, GitLab Pages and Cloudflare Pages' paid plans
///   at 1,200 releases: at most 1 GB, 100,000 files and 25 MiB a file.
/// - `small` fits Cloudflare Pages' free plan, 20,000 files, at 600 releases: every table's
///   CSV of a release is packed in one `tables.zip` beside the release, the search index is cut
///   in fewer, larger files, and a program keeps its page and its chart but not its own feed,
///   embed page or history download (its lines are in `data/budget-lines.csv`), and a release's
///   work items are one page, `releases/<id>/items/`, each item a section there (`address`).
///
/// Every profile keeps every page's address and every budget line's permalink; what a profile
/// does not write, `_redirects` sends to where its content is (`SiteRedirects`).
public enum HostProfile: String, CaseIterable, Sendable {
    case standard
    case small

    /// Where a site path of the standard site (`SiteMap`) is on this host. A small host folds a
    /// release's work items into one page: `releases/x/items/5/` is `releases/x/items/#item-5`
    /// there, and a line of an item, `releases/x/items/5/#L12`, is `releases/x/items/#L12` (a
    /// line's anchor is unique in its release). Every link, URL and search result goes
    /// through here (`SiteConfig.absoluteURL`, the templates' `Linker`, the search's text files).
    public func address(_ path: String) -> String {
        guard self == .small, let item = Self.workItem(path) else { return path }
        return item.folded + "#" + (item.fragment ?? "item-" + item.number)
    }

    /// The page that holds a site path on this host: its `address` without the fragment.
    public func page(_ path: String) -> String {
        let address = address(path)
        return address.firstIndex(of: "#").map { String(address[..<$0]) } ?? address
    }

    /// `releases/<id>/items/<number>/` with an optional fragment, read into the folded page's
    /// path, the item's number and the fragment; nil for any other path.
    private static func workItem(_ path: String) -> (folded: String, number: String, fragment: String?)? {
        let hash = path.firstIndex(of: "#")
        let base = hash.map { path[..<$0] } ?? path[...]
        guard base.hasPrefix("releases/"), base.hasSuffix("/") else { return nil }
        let parts = base.split(separator: "/", omittingEmptySubsequences: false)
        // releases, id, items, number, "" (the closing slash)
        guard parts.count == 5, parts[2] == "items", !parts[1].isEmpty, !parts[3].isEmpty else { return nil }
        let fragment = hash.map { String(path[path.index(after: $0)...]) }
        return ("releases/\(parts[1])/items/", String(parts[3]), fragment?.isEmpty == true ? nil : fragment)
    }
}

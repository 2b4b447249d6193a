/// What a site leaves out or packs so that it fits a web host's limits (`build --profile`).
///
/// - `standard` (the default) fits GitHub Pages, GitLab Pages and Cloudflare Pages' paid plans
///   at 1,200 releases: at most 1 GB, 100,000 files and 25 MiB a file.
/// - `small` fits Cloudflare Pages' free plan, 20,000 files, at 600 releases: every table's
///   CSV of a release is packed in one `tables.zip` beside the release, the search index is cut
///   in fewer, larger files, and a program keeps its page and its chart but not its own feed,
///   embed page or history download (its lines are in `data/budget-lines.csv`).
///
/// Every profile keeps every page's address and every budget line's permalink; what a profile
/// does not write, `_redirects` sends to where its content is (`SiteRedirects`).
public enum HostProfile: String, CaseIterable, Sendable {
    case standard
    case small
}

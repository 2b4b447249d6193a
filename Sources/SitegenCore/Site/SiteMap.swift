/// The URL scheme of a built site. Every path is relative to the site root and ends in `/`
/// for pages; the same content always gives the same paths.
///
/// - `releases/<release-id>/` a release; `report.txt` beside it is the archived source
/// - `releases/<release-id>/departments/<slug>/` a department in a release
/// - `releases/<release-id>/items/<number>/` a work item
/// - `releases/<release-id>/audit/` the council's audit demands
/// - `programs/<slug>/` a program across releases, `feed.xml` beside it
/// - `departments/<slug>/` a department across releases (under its latest name), `feed.xml` beside it
/// - `search/` search over programs, departments, work items and council demands
/// - `feed.xml` every release
/// - `findings/` every finding
public enum SiteMap {
    public static func release(_ id: String) -> String { "releases/\(id)/" }
    public static func source(_ id: String) -> String { "releases/\(id)/report.txt" }
    public static func sourceView(_ id: String) -> String { "releases/\(id)/source/" }
    public static func department(_ id: String, slug: String) -> String { "releases/\(id)/departments/\(slug)/" }
    public static func item(_ id: String, number: String) -> String { "releases/\(id)/items/\(number)/" }
    public static func audit(_ id: String) -> String { "releases/\(id)/audit/" }
    public static func program(_ slug: String) -> String { "programs/\(slug)/" }
    public static func departmentLineage(_ slug: String) -> String { "departments/\(slug)/" }
    public static func feed(_ page: String) -> String { page + "feed.xml" }
    public static let departments = "departments/"
    public static let search = "search/"
    public static let findings = "findings/"
    public static let data = "data/"

    /// The anchor of a row that is shown where its line number identifies it.
    public static func lineAnchor(_ line: Int) -> String { "L\(line)" }

    /// The one permalink of a budget line: the row on the page that prints its whole table — the
    /// release page, or the work item's page for a work item's 예산집행 현황 — at `#L<line>`,
    /// the line of `report.txt` where the row starts.
    public static func budgetLine(_ id: String, workItem: String?, line: Int) -> String {
        (workItem.map { item(id, number: $0) } ?? release(id)) + "#" + lineAnchor(line)
    }

    /// The anchor of a release's finding on the release page: `finding-<n>`, n counting from 1
    /// in the order of `Report.findings` (stable: a release's findings depend on its text alone).
    public static func findingAnchor(_ number: Int) -> String { "finding-\(number)" }
}

/// The URL scheme of a built site. Every path is relative to the site root and ends in `/`
/// for pages; the same content always gives the same paths.
///
/// - `releases/<release-id>/` a release; `report.txt` beside it is the archived source
/// - `releases/<release-id>/departments/<slug>/` a department in a release
/// - `releases/<release-id>/items/<number>/` a work item (on a small host, a section of
///   `releases/<release-id>/items/`: `HostProfile.address`)
/// - `releases/<release-id>/audit/` the council's audit demands
/// - `programs/` the 가나다 index: one line per initial consonant, linking to
///   `programs/initial/<jamo-name>/` (`giyeok` … `hieut`, `other`): the programs of one initial
///   (two folders deep, so no program slug can ever take one of these paths)
/// - `programs/<slug>/` a program across releases, `feed.xml` beside it
/// - `departments/<slug>/` a department across releases (under its latest name), `feed.xml` beside it
/// - `search/` search over programs, departments, work items (titles and bodies), council
///   demands with their actions, and findings; its index is `search/index.js` (the entry) and
///   small files under `search/` that a query loads as it needs them
/// - `feed.xml` every release
/// - `findings/` the findings counted by release and kind, linking to each release's `#findings`
public enum SiteMap {
    public static func release(_ id: String) -> String { "releases/\(id)/" }
    public static func source(_ id: String) -> String { "releases/\(id)/report.txt" }
    public static func sourceView(_ id: String) -> String { "releases/\(id)/source/" }
    /// A line of the archived report in its source view (`#L<line>`, which the view's script
    /// highlights).
    public static func sourceLine(_ id: String, line: Int) -> String { sourceView(id) + "#" + lineAnchor(line) }
    /// The release's `release.yml`, archived byte for byte beside its report.
    public static func releaseMetadata(_ id: String) -> String { "releases/\(id)/release.yml" }
    /// An imported release's original (`original.pdf`, `original.hwpx`), archived byte for byte.
    public static func original(_ id: String, file: String) -> String { "releases/\(id)/\(file)" }
    /// An imported release's page map, archived beside its original.
    public static func pageMap(_ id: String) -> String { "releases/\(id)/pages.tsv" }
    /// The release's manifest: each of its files with its SHA-256.
    public static func releaseManifest(_ id: String) -> String { "releases/\(id)/manifest.json" }
    /// Every file of the site with its SHA-256; the SHA-256 of this file is the site's root hash.
    public static let siteManifest = "site-manifest.json"
    /// A release's tables as CSV in one zip, for a small host (`HostProfile.small`).
    public static func tablesZip(_ id: String) -> String { "releases/\(id)/" + tablesZipName }
    public static let tablesZipName = "tables.zip"
    /// The release's whole model as JSON.
    public static func releaseJSON(_ id: String) -> String { "data/releases/\(id).json" }
    public static func department(_ id: String, slug: String) -> String { "releases/\(id)/departments/\(slug)/" }
    public static func item(_ id: String, number: String) -> String { "releases/\(id)/items/\(number)/" }
    /// A release's work items on one page, where a small host has them (`HostProfile.address`).
    public static func items(_ id: String) -> String { "releases/\(id)/items/" }
    public static func audit(_ id: String) -> String { "releases/\(id)/audit/" }
    public static func program(_ slug: String) -> String { "programs/\(slug)/" }
    public static func departmentLineage(_ slug: String) -> String { "departments/\(slug)/" }
    public static func feed(_ page: String) -> String { page + "feed.xml" }
    public static let programIndex = "programs/"
    /// One page of the 가나다 index: `initial` is the romanised name of the consonant (`giyeok`).
    public static func programInitial(_ initial: String) -> String { "programs/initial/\(initial)/" }
    /// A release's findings, on its own page.
    public static func releaseFindings(_ id: String) -> String { "releases/\(id)/#findings" }
    /// A finding on its release page (`number` counts from 1, see `findingAnchor`).
    public static func finding(_ id: String, number: Int) -> String { "releases/\(id)/#" + findingAnchor(number) }
    public static let departments = "departments/"
    public static let search = "search/"
    /// The search index's entry file; the files it names live beside it under `search/`.
    public static let searchEntry = "search/index.js"
    public static let findings = "findings/"
    public static let data = "data/"
    /// Stands for the site's root hash in the pages that show it (the home page, `feed.xml`)
    /// until the site manifest is sealed, which hashes them as rendered and then writes the
    /// hash in its place (`SiteManifest`).
    public static let rootHashPlaceholder = "@@SITEGEN-ROOT-HASH@@"

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

extension SiteMap {
    /// A page's preview card (1200 × 630 PNG, `og:image`), beside the page: `programs/<slug>/card.png`.
    public static func card(_ page: String) -> String { page + "card.png" }
    /// A program's execution-rate chart as a file of its own (`svg`, or `png` at 2×).
    public static func programChart(_ slug: String, format: String) -> String { program(slug) + "chart-rate." + format }
    /// The minimal page that holds a page's charts for an `<iframe>` (noindex, not in the
    /// sitemap): `embed/` beside the page, so the home page's is `embed/`.
    public static func embed(_ page: String) -> String { page + "embed/" }
    /// A program's embed page: its chart.
    public static func programEmbed(_ slug: String) -> String { embed(program(slug)) }
    /// A release's embed page: the release page's chart and every chart of the release's
    /// department pages, one shown at a time (`releaseChartAnchor`, `departmentChartAnchor`).
    public static func releaseEmbed(_ id: String) -> String { embed(release(id)) }
    /// The home page's embed page: the latest release's chart by department, as the home page shows it.
    public static let homeEmbed = embed("")
    /// The release page's chart on its release's embed page, shown without a fragment: the id
    /// of the section that holds the chart on the release page too (where a small host's
    /// redirect lands).
    public static let releaseChartAnchor = "execution"
    /// The `number`-th chart (from 1) of a department's page on its release's embed page:
    /// `<department slug>-<number>`, as the chart's saved file is named `<release>-<slug>-<number>`.
    /// The last `-<digits>` is always the chart's number, so no two charts share an id, even
    /// where a slug itself ends in `-2` (a name that collided).
    public static func departmentChartAnchor(departmentPage: String, number: Int) -> String {
        (departmentPage.split(separator: "/").last.map(String.init) ?? "") + "-\(number)"
    }
    /// Whether a page is an embed page, which the sitemap leaves out.
    public static func isEmbed(_ page: String) -> Bool {
        guard page.hasSuffix("embed/") else { return false }
        let parts = page.split(separator: "/")
        return page == homeEmbed
            || parts.count == 3 && (parts[0] == "programs" || parts[0] == "releases") && parts[2] == "embed"
    }
}

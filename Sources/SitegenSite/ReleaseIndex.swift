import SitegenText
import SitegenContent

/// The slugs and canonical places of everything in one release, computed once so that
/// pages, exports and links agree.
public struct ReleaseIndex: Sendable {
    public let release: Release
    /// The release at a glance (its main table, total and departments).
    public let overview: ReleaseOverview
    /// Each work item's title, normalised as program names are, for finding the items that
    /// name a program.
    public let itemTitleKeys: [String]
    /// Department name → slug, unique within the release.
    public let departmentSlugs: [String: String]
    /// (table index, line index) → where the row is canonically shown.
    private let places: [RowKey: RowPlace]

    public struct RowKey: Hashable, Sendable {
        public var table: Int
        public var line: Int
        public init(table: Int, line: Int) { self.table = table; self.line = line }
    }

    /// A page path and the `id` of the row on it.
    public struct RowPlace: Equatable, Sendable {
        public var page: String
        public var anchor: String
        public var path: String { page + "#" + anchor }
    }

    public init(release: Release) {
        self.release = release
        overview = ReleaseOverview(release.report)
        itemTitleKeys = release.report.workItems.map { NameKey.program($0.title) }
        let names = release.report.departments.map(\.name)
        departmentSlugs = Dictionary(uniqueKeysWithValues: zip(names, Slug.unique(names)))
        var places: [RowKey: RowPlace] = [:]
        var anchors: [String: DepartmentAnchors] = [:]
        for (t, table) in release.report.budgetTables.enumerated() {
            for (l, line) in table.lines.enumerated() {
                let key = RowKey(table: t, line: l)
                if let item = table.workItem {
                    places[key] = RowPlace(page: SiteMap.item(release.id, number: item), anchor: SiteMap.lineAnchor(line.firstLine))
                } else if line.kind == .program, let department = line.department, let slug = departmentSlugs[department] {
                    let anchor = anchors[department, default: DepartmentAnchors()].claim(Slug.make(line.label))
                    places[key] = RowPlace(page: SiteMap.department(release.id, slug: slug), anchor: anchor)
                } else {
                    places[key] = RowPlace(page: SiteMap.release(release.id), anchor: SiteMap.lineAnchor(line.firstLine))
                }
            }
        }
        self.places = places
    }

    /// The anchors of one department's page: each row's label, with `-2`, `-3`… when taken.
    private struct DepartmentAnchors {
        var taken: Set<String> = []
        /// The counter each repeated label went up to: a label printed n times in one
        /// department tries each counter once, not n² times (a report repeated to 18 MB spent
        /// a third of its reading here).
        var next: [String: Int] = [:]

        /// The first free anchor of `base`, taken.
        mutating func claim(_ base: String) -> String {
            var counter = next[base] ?? 1
            var anchor = counter == 1 ? base : "\(base)-\(counter)"
            while !taken.insert(anchor).inserted { counter += 1; anchor = "\(base)-\(counter)" }
            next[base] = counter
            return anchor
        }
    }

    /// Where the row `line` of table `table` is shown with its own `id`.
    public func place(table: Int, line: Int) -> RowPlace {
        places[RowKey(table: table, line: line)]
            ?? RowPlace(page: SiteMap.release(release.id), anchor: SiteMap.lineAnchor(release.report.budgetTables[table].lines[line].firstLine))
    }

    /// How well table `table` stands for the release: its main table (0), another table outside
    /// the work items (1), a work item's 예산집행 현황 (2).
    public func rank(ofTable table: Int) -> Int {
        if table == overview.mainTableIndex { return 0 }
        return release.report.budgetTables[table].workItem == nil ? 1 : 2
    }

    public func departmentPath(_ name: String) -> String? {
        departmentSlugs[name].map { SiteMap.department(release.id, slug: $0) }
    }
}

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
    /// Each table's rows' anchors on their department's page (nil for a row shown elsewhere;
    /// no entry for a work item's table): the one part of a row's place that cannot be told
    /// from the row itself, since a label printed twice in a department takes `-2`. The places
    /// are made when asked, not held: as strings they were a release index's largest part.
    private let departmentAnchors: [[String?]]

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
        let slugs = Dictionary(uniqueKeysWithValues: zip(names, Slug.unique(names)))
        departmentSlugs = slugs
        var anchors: [String: DepartmentAnchors] = [:]
        departmentAnchors = release.report.budgetTables.map { table in
            guard table.workItem == nil else { return [] }
            return table.lines.map { line in
                guard let department = Self.shownOnDepartmentPage(line, slugs: slugs) else { return nil }
                return anchors[department, default: DepartmentAnchors()].claim(Slug.make(line.label))
            }
        }
    }

    /// The department whose page shows `line` (of a table outside the work items) as its own
    /// row: a program's line of a department the release names.
    private static func shownOnDepartmentPage(_ line: BudgetLine, slugs: [String: String]) -> String? {
        guard line.kind == .program, let department = line.department, slugs[department] != nil else { return nil }
        return department
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
    public func place(table t: Int, line l: Int) -> RowPlace {
        let table = release.report.budgetTables[t], line = table.lines[l]
        if let item = table.workItem {
            return RowPlace(page: SiteMap.item(release.id, number: item), anchor: SiteMap.lineAnchor(line.firstLine))
        }
        if let anchor = departmentAnchors[t][l], let department = line.department, let slug = departmentSlugs[department] {
            return RowPlace(page: SiteMap.department(release.id, slug: slug), anchor: anchor)
        }
        return RowPlace(page: SiteMap.release(release.id), anchor: SiteMap.lineAnchor(line.firstLine))
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

import SitegenContent
import SitegenSite

/// How many rows of each table the releases before a database file have: what that file's
/// rows are numbered on from.
struct ArchiveCounts: Equatable {
    var departments = 0, tables = 0, lines = 0, items = 0, demands = 0, findings = 0

    mutating func add(_ release: Release) {
        let report = release.report
        departments += report.departments.count
        tables += report.budgetTables.count
        lines += report.budgetTables.reduce(0) { $0 + $1.lines.count }
        items += report.workItems.count
        demands += report.audit?.items.count ?? 0
        findings += report.findings.count
    }

    /// The counts before each release, and after the last (`releases.count + 1` values).
    static func running(_ releases: [ReleaseIndex]) -> [ArchiveCounts] {
        var counts = [ArchiveCounts()]
        counts.reserveCapacity(releases.count + 1)
        for index in releases {
            var next = counts[counts.count - 1]
            next.add(index.release)
            counts.append(next)
        }
        return counts
    }

    var parts: [Int] { [departments, tables, lines, items, demands, findings] }
}

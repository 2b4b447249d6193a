import SitegenText
import SitegenContent

/// A release at a glance: its main budget table, the grand total and the departments.
public struct ReleaseOverview: Sendable {
    /// The table that best sums up the release: outside the work items, with a total row, and
    /// with the most rows that carry an executed amount.
    public let mainTable: BudgetTable?
    public let mainTableIndex: Int?
    /// The department rows of the main table, in order (read once: pages ask for them often).
    public let departments: [BudgetLine]

    public init(_ report: Report) {
        let candidates = report.budgetTables.enumerated().filter { _, table in
            table.workItem == nil && table.columns.contains(.executed) && table.lines.contains { $0.kind == .total }
        }
        let best = candidates.max { a, b in
            // Counted in place, not by filtering copies of the rows.
            let score = { (t: BudgetTable) in (t.lines.reduce(0) { $0 + ($1.kind == .program && $1.executed != nil ? 1 : 0) }, t.lines.count) }
            return score(a.element) < score(b.element)
        }
        mainTable = best?.element
        mainTableIndex = best?.offset
        departments = best?.element.lines.filter { $0.kind == .department } ?? []
    }

    /// The grand total row of the main table.
    public var total: BudgetLine? { mainTable?.lines.first { $0.kind == .total } }

    /// Execution rate computed from the printed amounts, for when no rate is printed.
    public static func computedRate(_ line: BudgetLine) -> Double? {
        guard let budget = line.budget, budget > 0, let executed = line.executed else { return nil }
        return Double(executed) / Double(budget) * 100
    }
}

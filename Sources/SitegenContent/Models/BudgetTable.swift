/// A budget table of a report: a summary table, a 세출총괄, or an item's 예산집행 현황.
public struct BudgetTable: Codable, Equatable, Sendable {
    /// The caption the report gives the table (`2022 세부사업별 예산 현황`, `예산집행 현황`).
    public var title: String
    public var unit: MoneyUnit
    /// The as-of date the table states (`2022-07-01`), when it states one.
    public var asOf: Day?
    /// What each value column means, left to right.
    public var columns: [ColumnRole]
    public var lines: [BudgetLine]
    public var firstLine: Int
    public var lastLine: Int
    /// The work item the table belongs to (`1-2`), for tables inside the main-business part.
    public var workItem: String?

    public init(title: String, unit: MoneyUnit, asOf: Day?, columns: [ColumnRole],
                lines: [BudgetLine], firstLine: Int, lastLine: Int, workItem: String? = nil) {
        self.title = title
        self.unit = unit
        self.asOf = asOf
        self.columns = columns
        self.lines = lines
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.workItem = workItem
    }

    enum CodingKeys: String, CodingKey {
        case title, unit, columns, lines
        case asOf = "as_of"
        case firstLine = "first_line"
        case lastLine = "last_line"
        case workItem = "work_item"
    }
}

/// 세입총괄: the revenue summary (amounts in won, as printed).
public struct RevenueTable: Codable, Equatable, Sendable {
    public struct Row: Codable, Equatable, Sendable {
        public var label: String
        public var budget: Int?
        public var priorBudget: Int?
        public var collected: Int?
        public var sourceLine: Int

        public init(label: String, budget: Int?, priorBudget: Int?, collected: Int?, sourceLine: Int) {
            self.label = label
            self.budget = budget
            self.priorBudget = priorBudget
            self.collected = collected
            self.sourceLine = sourceLine
        }

        enum CodingKeys: String, CodingKey {
            case label, budget, collected
            case priorBudget = "prior_budget"
            case sourceLine = "source_line"
        }
    }

    public var title: String
    public var unit: MoneyUnit
    /// The as-of date the table states, when it states one.
    public var asOf: Day?
    public var rows: [Row]
    public var firstLine: Int

    public init(title: String, unit: MoneyUnit, asOf: Day?, rows: [Row], firstLine: Int) {
        self.title = title
        self.unit = unit
        self.asOf = asOf
        self.rows = rows
        self.firstLine = firstLine
    }

    enum CodingKeys: String, CodingKey {
        case title, unit, rows
        case asOf = "as_of"
        case firstLine = "first_line"
    }
}

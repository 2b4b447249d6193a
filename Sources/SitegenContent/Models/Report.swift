/// Everything read from one report's text.
public struct Report: Codable, Equatable, Sendable {
    public var departments: [Department]
    public var staffing: [StaffingRow]
    public var duties: [DepartmentDuties]
    public var revenue: [RevenueTable]
    public var budgetTables: [BudgetTable]
    public var workItems: [WorkItem]
    public var audit: AuditReport?
    public var findings: [Finding]

    public init(departments: [Department] = [], staffing: [StaffingRow] = [],
                duties: [DepartmentDuties] = [], revenue: [RevenueTable] = [],
                budgetTables: [BudgetTable] = [], workItems: [WorkItem] = [],
                audit: AuditReport? = nil, findings: [Finding] = []) {
        self.departments = departments
        self.staffing = staffing
        self.duties = duties
        self.revenue = revenue
        self.budgetTables = budgetTables
        self.workItems = workItems
        self.audit = audit
        self.findings = findings
    }

    enum CodingKeys: String, CodingKey {
        case departments, staffing, duties, revenue, findings, audit
        case budgetTables = "budget_tables"
        case workItems = "work_items"
    }

    /// Every budget line of every table, in reading order.
    public var budgetLines: [BudgetLine] { budgetTables.flatMap(\.lines) }
}

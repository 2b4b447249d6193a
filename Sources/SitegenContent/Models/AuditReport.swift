/// The council's audit demands (행정사무감사 처리결과) carried in a release.
public struct AuditReport: Codable, Equatable, Sendable {
    public var title: String
    public var items: [AuditItem]
    /// The summary table's printed counts (kind → status → count), when printed.
    public var printedCounts: [String: [String: Int]]
    public var firstLine: Int

    public init(title: String, items: [AuditItem], printedCounts: [String: [String: Int]], firstLine: Int) {
        self.title = title
        self.items = items
        self.printedCounts = printedCounts
        self.firstLine = firstLine
    }

    enum CodingKeys: String, CodingKey {
        case title, items
        case printedCounts = "printed_counts"
        case firstLine = "first_line"
    }
}

/// One council demand and how the department answered it.
public struct AuditItem: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case correction = "시정·처리요구사항"
        case suggestion = "건의사항"
        case other = "기타사항"
    }

    public enum Status: String, Codable, Sendable, CaseIterable {
        case done = "완료"
        case inProgress = "추진중"
        case underReview = "검토중"
        case notAdopted = "미반영"
    }

    /// 1-based position in the report.
    public var number: Int
    public var kind: Kind
    public var departments: [String]
    public var status: Status
    public var printedStatus: String
    public var demand: String
    public var actions: [String]
    public var sourceLine: Int

    public init(number: Int, kind: Kind, departments: [String], status: Status, printedStatus: String,
                demand: String, actions: [String], sourceLine: Int) {
        self.number = number
        self.kind = kind
        self.departments = departments
        self.status = status
        self.printedStatus = printedStatus
        self.demand = demand
        self.actions = actions
        self.sourceLine = sourceLine
    }

    enum CodingKeys: String, CodingKey {
        case number, kind, departments, status, demand, actions
        case printedStatus = "printed_status"
        case sourceLine = "source_line"
    }
}

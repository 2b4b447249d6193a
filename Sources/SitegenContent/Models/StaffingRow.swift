/// 정원/현원 of one department (or the total row) in the staffing table.
public struct StaffingRow: Codable, Equatable, Sendable {
    /// Department name, letter-spacing removed; `nil` for the total row.
    public var department: String?
    public var printedLabel: String
    /// 정원 (authorised posts).
    public var authorized: Int?
    /// 현원 (people in post).
    public var current: Int?
    public var sourceLine: Int

    public init(department: String?, printedLabel: String, authorized: Int?, current: Int?, sourceLine: Int) {
        self.department = department
        self.printedLabel = printedLabel
        self.authorized = authorized
        self.current = current
        self.sourceLine = sourceLine
    }

    public var isTotal: Bool { department == nil }

    enum CodingKeys: String, CodingKey {
        case department, authorized, current
        case printedLabel = "printed_label"
        case sourceLine = "source_line"
    }
}

/// 부서별 주요업무: the duties a department lists for itself.
public struct DepartmentDuties: Codable, Equatable, Sendable {
    public var department: String
    public var duties: [String]
    public var sourceLine: Int

    public init(department: String, duties: [String], sourceLine: Int) {
        self.department = department
        self.duties = duties
        self.sourceLine = sourceLine
    }

    enum CodingKeys: String, CodingKey {
        case department, duties
        case sourceLine = "source_line"
    }
}

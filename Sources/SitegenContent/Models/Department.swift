/// A department (부서) as a release prints it.
public struct Department: Codable, Equatable, Hashable, Sendable {
    /// The name with letter-spacing removed (`시 민 참 여 과` → `시민참여과`).
    public var name: String
    /// Every distinct printed form, in order of first appearance.
    public var printedForms: [String]

    public init(name: String, printedForms: [String]) {
        self.name = name
        self.printedForms = printedForms
    }

    enum CodingKeys: String, CodingKey {
        case name
        case printedForms = "printed_forms"
    }
}

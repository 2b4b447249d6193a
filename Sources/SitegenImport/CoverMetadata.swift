/// What a cover page says about its report: the title (the line naming a 업무보고), the
/// issuing body and the month (`2022. 3.`). Pure; anything not found stays nil and the
/// release.yml keeps `sitegen new`'s placeholder for it.
public struct CoverMetadata: Equatable, Sendable {
    public var title: String?
    public var issuer: String?
    public var date: String?

    static let issuerEndings = ["국", "기획관", "위원회", "본부", "담당관", "실", "단"]

    public static func read(_ cover: String) -> CoverMetadata {
        var result = CoverMetadata()
        let lines = cover.split(whereSeparator: \.isNewline).map { String($0).trimmed }.filter { !$0.isEmpty }.prefix(30)
        for line in lines {
            let compact = line.replacingOccurrences(of: " ", with: "")
            if result.title == nil, compact.hasSuffix("업무보고") || compact.hasSuffix("업무보고서") {
                result.title = line
            } else if result.date == nil, let month = month(in: line) {
                result.date = month
            } else if result.issuer == nil, compact.count <= 16, compact.allSatisfy(isHangul),
                      issuerEndings.contains(where: compact.hasSuffix) {
                result.issuer = compact
            }
        }
        return result
    }

    /// `2022. 3.`, `2022.03.`, `2022년 3월` → `2022-03`.
    static func month(in line: String) -> String? {
        let digits = line.split(whereSeparator: { !$0.isNumber }).map(String.init)
        guard digits.count >= 2, digits.count <= 3, let year = Int(digits[0]), (1990...2100).contains(year),
              let month = Int(digits[1]), (1...12).contains(month),
              line.filter({ $0.isLetter && !"년월일".contains($0) }).isEmpty else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)"
    }

    static func isHangul(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { (0xAC00...0xD7A3).contains($0.value) }
    }
}

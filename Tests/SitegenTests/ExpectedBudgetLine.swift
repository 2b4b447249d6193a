import Foundation

/// A budget line read off the report text by hand, from `Fixtures/expected/<release>.tsv`.
struct ExpectedBudgetLine {
    var line: Int
    var kind: String
    var department: String?
    var program: String
    var budget: Int?
    var committed: Int?
    var executed: Int?
    var rate: String?

    static func load(_ release: String) throws -> [ExpectedBudgetLine] {
        let url = RealReports.fixture("expected/\(release).tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { row in
            guard !row.hasPrefix("#") else { return nil }
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func value(_ i: Int) -> String? { i < cells.count && !cells[i].isEmpty ? cells[i] : nil }
            return ExpectedBudgetLine(line: Int(cells[0])!, kind: cells[1], department: value(2), program: cells[3],
                                      budget: value(4).flatMap(Int.init), committed: value(5).flatMap(Int.init),
                                      executed: value(6).flatMap(Int.init), rate: value(7))
        }
    }
}

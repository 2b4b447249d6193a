import Foundation
import SitegenContent

/// Models made by hand for the tests that need fields the real reports leave empty.
enum SampleModels {
    /// Every optional set and every collection filled, with extreme integers and text that is
    /// not ASCII (a combining mark, slashes).
    static let everyFieldSet: Release = {
        let line = BudgetLine(label: "시민참여 예산 운영", kind: .program, department: "재정담당관",
                              amounts: [.budget: Int.max, .executed: Int.min, .committed: 0],
                              rates: [.rate: PrintedRate(scaled: -12345, decimals: 3), .committedRate: PrintedRate(scaled: 7, decimals: 0)],
                              unreadable: [.remaining, .change], firstLine: 10, lastLine: 12)
        let report = Report(
            departments: [Department(name: "재정담당관", printedForms: ["재정 담당관", "재정담당관"])],
            staffing: [StaffingRow(department: nil, printedLabel: "계", authorized: 12, current: nil, sourceLine: 3)],
            duties: [DepartmentDuties(department: "재정담당관", duties: ["예산 편성", ""], sourceLine: 4)],
            revenue: [RevenueTable(title: "세입", unit: .millionWon, asOf: Day(year: 9999, month: 12, day: 31),
                                   rows: [.init(label: "과징금", budget: 5, priorBudget: nil, collected: -1, sourceLine: 8)], firstLine: 7)],
            budgetTables: [BudgetTable(title: "세출", unit: .thousandWon, asOf: nil, columns: ColumnRole.allCases,
                                       lines: [line], firstLine: 9, lastLine: 13, workItem: "1-2")],
            workItems: [WorkItem(number: "1", chapter: .init(number: 2, title: "Ⅱ. 주요업무"), title: "사업",
                                 body: ["가. 본문 ✓", "\u{0307}결합 문자"], firstLine: 20, lastLine: 30, department: "재정담당관")],
            audit: AuditReport(title: "행정사무감사", items: [
                AuditItem(number: 1, kind: .correction, departments: ["재정담당관", "총무과"], status: .inProgress,
                          printedStatus: "추진 중", demand: "요구", actions: ["조치 1", "조치 2"], sourceLine: 40),
            ], printedCounts: ["시정·처리요구사항": ["완료": 3, "추진중": 1], "건의사항": [:]], firstLine: 39),
            findings: [Finding(kind: .sumMismatch, line: 12, message: "합계가 맞지 않습니다")])
        return Release(id: "2030-01-x", metadata: ReleaseMetadata(title: "보고", issuer: "재정국", date: YearMonth(year: 2030, month: 1)!,
                                                                        kind: "업무보고", session: "제300회", committee: "기획경제위원회",
                                                                        sourceURL: "https://example.org/a?b=c", notes: "메모"),
                              source: SourceInfo(path: "releases/2030-01-x/report.txt", sha256: String(repeating: "0", count: 64),
                                                 byteCount: 1 << 40, lineCount: 0, encoding: "utf-8"),
                              report: report)
    }()

    /// Every optional nil and every collection empty.
    static let nothingSet = Release(
        id: "2030-02-y", metadata: ReleaseMetadata(title: "빈 보고 \"따옴표\" \\ / \u{1}", issuer: "재정국", date: YearMonth(year: 2030, month: 2)!),
        source: SourceInfo(path: "releases/2030-02-y/report.txt", sha256: "", byteCount: 0, lineCount: 0, encoding: "utf-8"),
        report: Report())
}

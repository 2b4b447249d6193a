import XCTest
@testable import SitegenText

/// The staffing table (정원/현원) of each real report, read by hand off the report text.
/// Department names are given with the letter-spacing removed; the total row has no department.
final class RealReportStaffingTests: XCTestCase {
    private struct Want: Equatable, CustomStringConvertible {
        var department: String?
        var authorized: Int?
        var current: Int?
        var description: String { "\(department ?? "(계)") \(authorized.map(String.init) ?? "nil")/\(current.map(String.init) ?? "nil")" }
    }

    private func rows(_ id: String) -> [Want] {
        RealReports.report(id).staffing.map { Want(department: $0.department, authorized: $0.authorized, current: $0.current) }
    }

    /// Lines 11–14: transposed PDF text, `구 분 계 사회혁신담당관 …` over `정 원 112 27 …` and `현 원 102 25 …`.
    func testReport2018TransposedTable() {
        XCTAssertEqual(rows("2018-07-innovation-bureau"), [
            Want(department: nil, authorized: 112, current: 102),
            Want(department: "사회혁신담당관", authorized: 27, current: 25),
            Want(department: "민관협력담당관", authorized: 22, current: 20),
            Want(department: "지역공동체담당관", authorized: 19, current: 17),
            Want(department: "청년정책담당관", authorized: 16, current: 14),
            Want(department: "갈등조정담당관", authorized: 9, current: 9),
            Want(department: "인권담당관", authorized: 19, current: 17),
        ])
        // The numbers of every column are printed on lines 13 (정원) and 14 (현원).
        for row in RealReports.report("2018-07-innovation-bureau").staffing {
            XCTAssertTrue((11...14).contains(row.sourceLine), "\(row.printedLabel): line \(row.sourceLine)")
        }
    }

    /// Lines 18–20: tab-separated and transposed, `구 분 / 합 계 / 사회혁신담당관 …`.
    func testReport2019TabTransposedTable() {
        XCTAssertEqual(rows("2019-09-innovation-bureau"), [
            Want(department: nil, authorized: 46, current: 43),
            Want(department: "사회혁신담당관", authorized: 22, current: 22),
            Want(department: "전환도시담당관", authorized: 12, current: 9),
            Want(department: "갈등조정담당관", authorized: 12, current: 12),
        ])
        for row in RealReports.report("2019-09-innovation-bureau").staffing {
            XCTAssertTrue((18...20).contains(row.sourceLine), "\(row.printedLabel): line \(row.sourceLine)")
        }
    }

    /// Lines 25–34: a `정 원` row naming the department, then a `현 원` row with the label left empty.
    func testReport2020TwoRowsPerDepartment() {
        XCTAssertEqual(rows("2020-10-democracy-committee"), [
            Want(department: nil, authorized: 74, current: 71),
            Want(department: "서울민주주의담당관", authorized: 21, current: 20),
            Want(department: "시민숙의예산담당관", authorized: 15, current: 15),
            Want(department: "서울협치담당관", authorized: 21, current: 19),
            Want(department: "지역공동체담당관", authorized: 17, current: 17),
        ])
        let staffing = RealReports.report("2020-10-democracy-committee").staffing
        XCTAssertEqual(staffing.first { $0.department == "서울협치담당관" }?.sourceLine, 31)
        XCTAssertEqual(staffing.first { $0.department == nil }?.sourceLine, 25)
    }

    /// Lines 25–33: a pipe table with 정원 and 현원 columns.
    func testReport2022MarchPipeTable() {
        XCTAssertEqual(rows("2022-03-citizen-cooperation-bureau"), [
            Want(department: nil, authorized: 104, current: 103),
            Want(department: "시민참여과", authorized: 23, current: 23),
            Want(department: "시민숙의예산과", authorized: 15, current: 16),
            Want(department: "지역공동체과", authorized: 17, current: 16),
            Want(department: "사회협력과", authorized: 29, current: 28),
            Want(department: "갈등관리협치과", authorized: 20, current: 20),
        ])
        let staffing = RealReports.report("2022-03-citizen-cooperation-bureau").staffing
        XCTAssertEqual(staffing.first { $0.department == "시민참여과" }?.sourceLine, 29)
        XCTAssertEqual(staffing.first { $0.department == "갈등관리협치과" }?.sourceLine, 33)
    }

    /// Lines 19–29: `시 민 참 여 과 23/23 1/1 …`, the first 정원/현원 pair being the department's.
    func testReport2022JulySlashPairs() {
        XCTAssertEqual(rows("2022-07-citizen-cooperation-bureau"), [
            Want(department: nil, authorized: 104, current: 102),
            Want(department: "시민참여과", authorized: 23, current: 23),
            Want(department: "시민숙의예산과", authorized: 15, current: 16),
            Want(department: "지역공동체과", authorized: 17, current: 16),
            Want(department: "사회협력과", authorized: 29, current: 28),
            Want(department: "갈등관리협치과", authorized: 20, current: 19),
        ])
        let staffing = RealReports.report("2022-07-citizen-cooperation-bureau").staffing
        XCTAssertEqual(staffing.first { $0.department == nil }?.sourceLine, 19)
        XCTAssertEqual(staffing.first { $0.department == "시민참여과" }?.printedLabel, "시 민 참 여 과")
        XCTAssertEqual(staffing.first { $0.department == "사회협력과" }?.sourceLine, 27)
    }

    /// Every department's numbers add up to the total row the report prints (checked by hand too).
    func testDepartmentsAddUpToTheTotalRow() {
        for id in RealReports.ids {
            let staffing = RealReports.report(id).staffing
            guard let total = staffing.first(where: \.isTotal) else { XCTFail("\(id): no total row"); continue }
            let departments = staffing.filter { !$0.isTotal }
            XCTAssertEqual(departments.compactMap(\.authorized).reduce(0, +), total.authorized, id)
            XCTAssertEqual(departments.compactMap(\.current).reduce(0, +), total.current, id)
        }
    }
}

import XCTest
@testable import SitegenText
@testable import SitegenContent

/// The 2017 행정사무감사 처리결과 보고서 at the end of the 2018 report (from line 1663).
///
/// Counted by hand from the text: every `□ 추진상황 :` line (76 of them, lines 1727–4066), its
/// section (시정·처리 요구사항 from line 1690, 건 의 사 항 from line 3429, 기 타 사 항 from
/// line 3728) and its printed status (`추진완료` and `완료` both mean 완료):
///
/// | kind              | items | 완료 | 추진중 | 검토중 | 미반영 |
/// |-------------------|-------|------|--------|--------|--------|
/// | 시정·처리요구사항 |  39   |  17  |   22   |   0    |   0    |
/// | 건의사항          |   9   |   5  |    3   |   1    |   0    |
/// | 기타사항          |  28   |  28  |    0   |   0    |   0    |
///
/// which is exactly the summary table the report prints at lines 1680–1686.
final class RealReportAuditTests: XCTestCase {
    private let id = "2018-07-innovation-bureau"

    private var audit: AuditReport? { RealReports.report(id).audit }

    func testTotalItemCount() throws {
        let audit = try XCTUnwrap(audit, "the 2018 report carries an audit part from line 1663")
        XCTAssertEqual(audit.items.count, 76)
        XCTAssertEqual(audit.items.map(\.number), Array(1...76))
        XCTAssertEqual(audit.firstLine, 1663)
    }

    func testCountsPerKind() throws {
        let items = try XCTUnwrap(audit).items
        XCTAssertEqual(items.filter { $0.kind == .correction }.count, 39)
        XCTAssertEqual(items.filter { $0.kind == .suggestion }.count, 9)
        XCTAssertEqual(items.filter { $0.kind == .other }.count, 28)
    }

    func testCountsPerStatusWithinEachKind() throws {
        let items = try XCTUnwrap(audit).items
        func count(_ kind: AuditItem.Kind, _ status: AuditItem.Status) -> Int {
            items.filter { $0.kind == kind && $0.status == status }.count
        }
        XCTAssertEqual(count(.correction, .done), 17)
        XCTAssertEqual(count(.correction, .inProgress), 22)
        XCTAssertEqual(count(.correction, .underReview), 0)
        XCTAssertEqual(count(.correction, .notAdopted), 0)
        XCTAssertEqual(count(.suggestion, .done), 5)
        XCTAssertEqual(count(.suggestion, .inProgress), 3)
        XCTAssertEqual(count(.suggestion, .underReview), 1)
        XCTAssertEqual(count(.suggestion, .notAdopted), 0)
        XCTAssertEqual(count(.other, .done), 28)
        XCTAssertEqual(count(.other, .inProgress), 0)
        XCTAssertEqual(count(.other, .underReview), 0)
        XCTAssertEqual(count(.other, .notAdopted), 0)
        // 추진완료 (시정·건의) and 완료 (기타) are both read as 완료, and keep their printed form.
        XCTAssertEqual(items.filter { $0.printedStatus == "추진완료" }.count, 22)
        XCTAssertEqual(items.filter { $0.printedStatus == "완료" }.count, 28)
    }

    /// Lines 1680–1686: `계 76 50 25 1 0`, `시정· 처리요구사항 39 17 22 0 0`,
    /// `건 의 사 항 9 5 3 1 0`, `기타(자료제출 등) 28 28 0 0 0`.
    func testPrintedSummaryTable() throws {
        let printed = try XCTUnwrap(audit).printedCounts
        XCTAssertEqual(printed["계"], ["계": 76, "완료": 50, "추진중": 25, "검토중": 1, "미반영": 0])
        XCTAssertEqual(printed["시정·처리요구사항"], ["계": 39, "완료": 17, "추진중": 22, "검토중": 0, "미반영": 0])
        XCTAssertEqual(printed["건의사항"], ["계": 9, "완료": 5, "추진중": 3, "검토중": 1, "미반영": 0])
        XCTAssertEqual(printed["기타사항"], ["계": 28, "완료": 28, "추진중": 0, "검토중": 0, "미반영": 0])
    }

    func testNoCountMismatchFor2018() {
        let mismatches = RealReports.report(id).findings.filter { $0.kind == .countMismatch }
        XCTAssertEqual(mismatches.map { "\($0.line): \($0.message)" }, [])
    }

    /// Lines 1695–1727: the first demand, from `○청년프로젝트 투자사업의 경우` to `(청년정책담당관)`
    /// and `□ 추진상황 : 추진중`.
    func testFirstItem() throws {
        let item = try XCTUnwrap(audit?.items.first)
        XCTAssertEqual(item.number, 1)
        XCTAssertEqual(item.kind, .correction)
        XCTAssertTrue(item.demand.hasPrefix("청년프로젝트 투자사업의 경우 인건비와 물품구입비 등을 보조금으로 편성, 집행하는"), item.demand)
        XCTAssertTrue(item.demand.hasSuffix("발생하지 않도록 할 것."), item.demand)
        XCTAssertEqual(item.departments, ["청년정책담당관"])
        XCTAssertEqual(item.status, .inProgress)
        XCTAssertEqual(item.printedStatus, "추진중")
        XCTAssertEqual(item.sourceLine, 1695)
        // The answer runs from line 1729 to the next demand (line 1775), without the page header at 1774.
        XCTAssertEqual(item.actions.first, "□ 추진내용")
        XCTAssertTrue(item.actions.contains("◦ 지방재정법 제32조의2 제2항의 지방보조금의 운영비 교부금지"))
        XCTAssertEqual(item.actions.last, "◦ ’17년 청년프로젝트 투자사업(1기) 성과평가(’18.10월)")
    }

    /// Lines 2829–2851: a demand addressed to three departments printed over two lines.
    func testItemWithThreeDepartments() throws {
        let item = try XCTUnwrap(audit?.items.first { $0.sourceLine == 2829 })
        XCTAssertEqual(item.number, 26)
        XCTAssertEqual(item.kind, .correction)
        XCTAssertTrue(item.demand.hasPrefix("서울혁신파크 비정규직 비율은"), item.demand)
        XCTAssertEqual(item.departments, ["사회혁신담당관", "지역공동체담당관", "청년정책담당관"])
        XCTAssertEqual(item.status, .done)
        XCTAssertEqual(item.printedStatus, "추진완료")
    }

    /// Lines 3483–3505: the only 건의사항 still 검토중 (the 3rd of the 건의사항 section).
    func testSuggestionUnderReview() throws {
        let item = try XCTUnwrap(audit?.items.first { $0.sourceLine == 3483 })
        XCTAssertEqual(item.number, 42)
        XCTAssertEqual(item.kind, .suggestion)
        XCTAssertTrue(item.demand.hasPrefix("서울혁신기획관 사무가 대체로 중복적 진행되는 사업이 많은 부분을 다른 실국과 협업 및 통합할 필요가 있으며,"), item.demand)
        XCTAssertTrue(item.demand.hasSuffix("소속 부서를 다시검토해볼것."), item.demand)
        XCTAssertEqual(item.departments, ["사회혁신담당관"])
        XCTAssertEqual(item.status, .underReview)
        XCTAssertEqual(item.printedStatus, "검토중")
    }

    /// Lines 4063–4066: the last item, `○마을기금 조성현황 및 집행내역` / `(지역공동체담당관)` / `완료`.
    func testLastItem() throws {
        let item = try XCTUnwrap(audit?.items.last)
        XCTAssertEqual(item.number, 76)
        XCTAssertEqual(item.kind, .other)
        XCTAssertEqual(item.demand, "마을기금 조성현황 및 집행내역")
        XCTAssertEqual(item.departments, ["지역공동체담당관"])
        XCTAssertEqual(item.status, .done)
        XCTAssertEqual(item.printedStatus, "완료")
        XCTAssertEqual(item.sourceLine, 4063)
        XCTAssertTrue(item.actions.contains("- 자료 제출 완료 (2017.11.10.)"), "\(item.actions)")
    }

    func testKindSectionsFollowTheReportOrder() throws {
        let items = try XCTUnwrap(audit).items
        // 시정·처리요구사항 items 1–39, 건의사항 40–48, 기타사항 49–76, as printed.
        XCTAssertEqual(items.filter { $0.kind == .correction }.map(\.number), Array(1...39))
        XCTAssertEqual(items.filter { $0.kind == .suggestion }.map(\.number), Array(40...48))
        XCTAssertEqual(items.filter { $0.kind == .other }.map(\.number), Array(49...76))
    }

    func testOtherReportsHaveNoAudit() {
        for other in RealReports.ids where other != id {
            XCTAssertNil(RealReports.report(other).audit, other)
        }
    }
}

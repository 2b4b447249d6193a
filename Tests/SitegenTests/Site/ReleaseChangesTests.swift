import XCTest
@testable import SitegenText
@testable import SitegenSite

/// The changes of the July 2022 release against March 2022: the same programs three months apart.
final class ReleaseChangesTests: XCTestCase {
    private var site: SiteContent { LineageMatchingTests.site }

    private var july: ReleaseChanges {
        let position = site.releases.firstIndex { $0.release.id == "2022-07-citizen-cooperation-bureau" }!
        return ReleaseChanges(site: site, release: position)!
    }

    func testJulyIsComparedWithMarchOfTheSameLineage() {
        XCTAssertEqual(site.releases[july.previous].release.id, "2022-03-citizen-cooperation-bureau")
        let first = site.releases.firstIndex { $0.release.id == "2018-07-innovation-bureau" }!
        XCTAssertNil(ReleaseChanges(site: site, release: first), "the first release of a lineage has nothing to compare with")
    }

    func testNoProgramStartsOrEndsAndNoBudgetChanges() {
        // Both year tables (2022-03 lines 366-428, 2022-07 lines 1314-1423) print the same 34 running
        // programs with the same 예산현액; 2022-03 also lists programs with no 2022 budget (`0`), which
        // had ended before March and are no change of July.
        XCTAssertEqual(july.started.map(\.line.label), [])
        XCTAssertEqual(july.ended.map(\.line.label), [])
        XCTAssertEqual(july.budgetChanges.map(\.after.line.label), [])
        XCTAssertEqual(july.departmentMoves.count, 0)
        XCTAssertEqual(july.newDepartments, [])
        XCTAssertEqual(july.endedDepartments, [])
    }

    func testExecutionRatesRoseAsTheYearWentOn() throws {
        func change(_ label: String) -> (Double, Double)? {
            july.rateChanges.first { $0.after.line.label == label }
                .map { (ReleaseChanges.rate($0.before.line)!, ReleaseChanges.rate($0.after.line)!) }
        }
        // 서울혁신파크 운영: 14.7 (2022-03 line 402) → 50.1 (2022-07 line 1385).
        let park = try XCTUnwrap(change("서울혁신파크 운영"))
        XCTAssertEqual(park.0, 14.7, accuracy: 0.001)
        XCTAssertEqual(park.1, 50.1, accuracy: 0.001)
        // 비영리민간단체 공익활동 등 지원: 1.3 (line 420) → 67.8 (line 1414).
        let npo = try XCTUnwrap(change("비영리민간단체 공익활동 등 지원"))
        XCTAssertEqual(npo.0, 1.3, accuracy: 0.001)
        XCTAssertEqual(npo.1, 67.8, accuracy: 0.001)
        // 예산학교 운영 (line 383 → 1336) and 현장 중심의 맞춤형 갈등조정 (415 → 1401) stay at 0.0.
        XCTAssertNil(change("예산학교 운영"))
        XCTAssertNil(change("현장 중심의 맞춤형 갈등조정"))
    }

    func testRenamedDepartmentsAreNoChangeButNewOnesAre() {
        // 2020 → 2022-03: 서울민주주의담당관 became 시민참여과 (lineage.yml); 사회협력과 had no 2020
        // predecessor in the 2020 report (사회혁신담당관 stayed with 서울혁신기획관).
        let position = site.releases.firstIndex { $0.release.id == "2022-03-citizen-cooperation-bureau" }!
        let march = ReleaseChanges(site: site, release: position)!
        XCTAssertEqual(site.releases[march.previous].release.id, "2020-10-democracy-committee")
        XCTAssertFalse(march.newDepartments.contains("시민참여과"))
        XCTAssertTrue(march.newDepartments.contains("사회협력과"))
    }
}

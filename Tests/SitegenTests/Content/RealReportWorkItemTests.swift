import XCTest
@testable import SitegenText
@testable import SitegenContent

/// The items of each report's main-business part (Ⅲ.), read by hand: number, title as printed
/// (OCR misspellings such as `길등` kept) and the line of the heading.
final class RealReportWorkItemTests: XCTestCase {
    private struct Want: Equatable, CustomStringConvertible {
        var number: String
        var line: Int
        var title: String
        var description: String { "\(number) @\(line) \(title)" }
    }

    private func check(_ id: String, _ expected: [Want], file: StaticString = #filePath, line: UInt = #line) {
        let items = RealReports.report(id).workItems
        XCTAssertEqual(items.map(\.number), expected.map(\.number), "\(id): item numbers", file: file, line: line)
        XCTAssertEqual(items.map(\.title), expected.map(\.title), "\(id): item titles", file: file, line: line)
        XCTAssertEqual(items.map { Want(number: $0.number, line: $0.firstLine, title: $0.title) }, expected,
                       "\(id): items", file: file, line: line)
    }

    private func item(_ id: String, _ number: String) -> WorkItem? {
        RealReports.report(id).workItems.first { $0.number == number }
    }

    // MARK: Numbers and titles

    /// Chapters `1. 시 민 이 주 체 가 …` (line 178) to `6. 포용과 참여로 함께` (line 1322), items
    /// `1  서울혁신파크 운영` …; Ⅲ ends at `별 첨 1` (line 1497).
    func testReport2018Items() {
        check("2018-07-innovation-bureau", [
            Want(number: "1-1", line: 184, title: "서울혁신파크 운영"),
            Want(number: "1-2", line: 238, title: "국내외 교류협력 통한 서울 사회혁신 확산"),
            Want(number: "1-3", line: 292, title: "지속가능한 공유서울 위한『2018 공유정책』추진"),
            Want(number: "1-4", line: 341, title: "시민 정책참여 플랫폼 확대, 활성화"),
            Want(number: "2-1", line: 408, title: "시민주도의 지속가능한 협치서울 실현"),
            Want(number: "2-2", line: 459, title: "비영리민간단체 공익활동 지원"),
            Want(number: "2-3", line: 507, title: "시민사회 공익활동을 확장하는 NPO지원센터 운영"),
            Want(number: "2-4", line: 556, title: "민관 공동협력사업 활성화"),
            Want(number: "3-1", line: 630, title: "지역 커뮤니티 공간 조성·운영 지원"),
            Want(number: "3-2", line: 679, title: "자치구 마을생태계 조성"),
            Want(number: "3-3", line: 731, title: "찾아가는 동주민센터(마을분야) 운영"),
            Want(number: "3-4", line: 785, title: "지역협치 활성화"),
            Want(number: "3-5", line: 840, title: "서울시 마을공동체종합지원센터 운영"),
            Want(number: "4-1", line: 906, title: "청년활동지원사업 강화"),
            Want(number: "4-2", line: 965, title: "지역밀착형 청년활력공간 확충"),
            Want(number: "4-3", line: 1028, title: "청년프로젝트 투자사업 추진"),
            Want(number: "4-4", line: 1082, title: "서울시 청년허브 운영"),
            Want(number: "5-1", line: 1148, title: "2018 서울형 공론화 사업 추진"),
            Want(number: "5-2", line: 1201, title: "갈등 저감을 위한 사전 이행 절차 개선"),
            Want(number: "5-3", line: 1254, title: "갈등 예방 시스템 운영"),
            Want(number: "6-1", line: 1330, title: "제2기「인권특별시 서울」추진동력 확보 위한 기반 강화"),
            Want(number: "6-2", line: 1387, title: "인권침해 예방활동 강화 및 조사·구제제도 실효성 제고"),
            Want(number: "6-3", line: 1440, title: "시민 인권증진 활동 지원 및 인권교육 추진"),
        ])
    }

    /// OCR text: chapter 1's items are unnumbered headings repeating its circled list (lines 88–92),
    /// then `4|…`, `5ㅣ…`, `1|…`, `1] …`, `2 길등 …`.
    func testReport2019Items() {
        check("2019-09-innovation-bureau", [
            Want(number: "1-1", line: 94, title: "안전하고 쾌적한 환경의 서울혁신파크 조성"),
            Want(number: "1-2", line: 132, title: "지속가능한 혁신의 중추기지, 서울혁신파크 운영"),
            Want(number: "1-3", line: 167, title: "동북권의 새로운 랜드마크, 「동북권 청년혁신파크」 조성"),
            Want(number: "1-4", line: 206, title: "국내외 교류협력 통한 서울 사회혁신 확산"),
            Want(number: "1-5", line: 242, title: "기부 및 사회협력 활성화"),
            Want(number: "2-1", line: 280, title: "회복력 있는 도시로 전환을 위한 혁신생태계 조성"),
            Want(number: "2-2", line: 308, title: "시민이 향유하는 「공유도시, 서울」추진"),
            Want(number: "3-1", line: 349, title: "갈등 예방 시스템을 통한 선제적 갈등 관리 강화"),
            Want(number: "3-2", line: 398, title: "길등 조정 전문성 및 현장 대응 강화"),
            Want(number: "3-3", line: 434, title: "길등 현안 관련 공론화 사업 추진"),
        ])
    }

    /// Markdown headings `# 1. 시민민주주의 활성화` / `# 1 서울시민회의 구성·운영` / `## 2 …` / `### 3 …`.
    func testReport2020Items() {
        check("2020-10-democracy-committee", [
            Want(number: "1-1", line: 183, title: "서울시민회의 구성·운영"),
            Want(number: "1-2", line: 219, title: "민주주의 주간(함께서울 정책박람회) 개최"),
            Want(number: "1-3", line: 256, title: "「민주주의 서울」 운영 활성화"),
            Want(number: "1-4", line: 292, title: "민주시민교육 활성화"),
            Want(number: "1-5", line: 326, title: "서울민주주의위원회 운영"),
            Want(number: "2-1", line: 388, title: "2020년 시민숙의예산(숙의형) 추진"),
            Want(number: "2-2", line: 452, title: "2020년 시민참여예산 운영"),
            Want(number: "3-1", line: 562, title: "시민의 참여 확대를 통한 시정 협치 활성화"),
            Want(number: "3-2", line: 593, title: "도시문제 해결을 위한 광역협치형 사업 추진"),
            Want(number: "3-3", line: 624, title: "지역사회 성장을 통한 지역협치 고도화"),
            Want(number: "3-4", line: 662, title: "시민사회 공익활동을 확장하는 NPO 활동지원"),
            Want(number: "3-5", line: 702, title: "비영리민간단체 공익활동 지원"),
            Want(number: "4-1", line: 742, title: "지역 커뮤니티 공간 조성·운영 지원"),
            Want(number: "4-2", line: 778, title: "자치구 마을생태계 조성"),
            Want(number: "4-3", line: 811, title: "동 단위 마을문제(현안) 해결지원"),
            Want(number: "4-4", line: 844, title: "서울시 마을공동체종합지원센터 운영"),
        ])
    }

    /// No chapters: a contents list (lines 125–129), then items 1, 2 and a lone `3` (line 292)
    /// above its title (line 294). Ⅲ ends at `IV. 2022 세부사업별 예산 현황` (line 363).
    func testReport2022MarchItems() {
        check("2022-03-citizen-cooperation-bureau", [
            Want(number: "1", line: 131, title: "자치구 마을생태계 조성 및 주민자치 지원 사업"),
            Want(number: "2", line: 200, title: "지역 커뮤니티 공간 조성·운영 지원"),
            Want(number: "3", line: 292, title: "NPO지원센터 운영 개선 계획"),
        ])
        let items = RealReports.report("2022-03-citizen-cooperation-bureau").workItems
        XCTAssertTrue(items.allSatisfy { $0.chapter == nil }, "2022-03 has no chapters")
        XCTAssertLessThan(items.last?.lastLine ?? .max, 363, "item 3 ends before part IV")
    }

    /// PDF text: chapters `1.‘서울시 바로세우기’` (271), `2. 천만시민의 실질적` (685),
    /// ` 3. 상생과 동행을 통한` (976); the `1. (교통) …` lines 832–836 inside item 2-2 are a list.
    func testReport2022JulyItems() {
        check("2022-07-citizen-cooperation-bureau", [
            Want(number: "1-1", line: 277, title: "‘서울시 바로세우기’ 내실있는 추진"),
            Want(number: "1-2", line: 369, title: "서울시 마을공동체종합지원센터 운영 개선"),
            Want(number: "1-3", line: 417, title: "지역커뮤니티 공간 조성 ·운영지원 내실화"),
            Want(number: "1-4", line: 468, title: "자치구 마을생태계 조성 및 주민자치 지원사업 개선"),
            Want(number: "1-5", line: 521, title: "시민공익활동 지원시설 내실화"),
            Want(number: "1-6", line: 640, title: "민주시민교육 운영 내실화"),
            Want(number: "2-1", line: 697, title: "시민참여플랫폼 운영"),
            Want(number: "2-2", line: 744, title: "시민참여예산 내실화"),
            Want(number: "2-3", line: 930, title: "서울시민회의 구성․운영"),
            Want(number: "3-1", line: 992, title: "서울시간은행 시범사업 운영"),
            Want(number: "3-2", line: 1081, title: "서울혁신파크 운영․관리"),
            Want(number: "3-3", line: 1134, title: "사회문제 공동해결을 위한 민관협력 강화"),
            Want(number: "3-4", line: 1187, title: "시민상생에 기여하는 공유서울 추진"),
            Want(number: "3-5", line: 1237, title: "비영리민간단체 공익활동 공모사업 추진"),
        ])
        XCTAssertLessThan(item("2022-07-citizen-cooperation-bureau", "3-5")?.lastLine ?? .max, 1291,
                          "the last item ends before the year table `2022 예산 집행 현황` (line 1291)")
    }

    /// Chapter titles as the contents list of Ⅲ prints them (letter-spacing removed, word gaps kept):
    /// 2018 lines 154–164, 2019 lines 80–84, 2020 lines 131–161, 2022-07 lines 232–248.
    func testChapters() {
        let expected: [String: [Int: String]] = [
            "2018-07-innovation-bureau": [1: "시민이 주체가 되는 사회혁신 추진", 2: "지속가능한 민관협치체계 운영",
                                          3: "지역사회 시민역량 강화 추진", 4: "청년 자립 지원 및 기반 강화",
                                          5: "공공갈등 예방 및 체계적 대응", 6: "포용과 참여로 함께 누리는 인권특별시 구현"],
            "2019-09-innovation-bureau": [1: "시민이 주체가 되는 사회혁신 추진", 2: "도시전환을 통한 지속가능한 서울 구현",
                                          3: "공공갈등 예방 및 체계적 대응"],
            "2020-10-democracy-committee": [1: "시민민주주의 활성화", 2: "시민숙의·참여예산 운영 내실화",
                                            3: "지속가능한 협치서울 실현", 4: "지역사회 시민역량 강화"],
            "2022-07-citizen-cooperation-bureau": [1: "‘서울시 바로세우기’ 사업의 내실있는 추진", 2: "천만시민의 실질적 참여기반 강화",
                                                   3: "상생과 동행을 통한 사회문제 해결"],
        ]
        for (id, chapters) in expected {
            for item in RealReports.report(id).workItems {
                let number = Int(item.number.split(separator: "-")[0])!
                XCTAssertEqual(item.chapter?.number, number, "\(id) \(item.number)")
                XCTAssertEqual(item.chapter?.title, chapters[number], "\(id) \(item.number)")
            }
        }
    }

    /// The last item of each report ends before what follows Ⅲ.
    func testLastItemsEndWithThePart() {
        let ends: [(String, Int)] = [
            ("2018-07-innovation-bureau", 1497),           // 별 첨 1
            ("2019-09-innovation-bureau", 470),            // 2019년도 서울혁신기획관 예산현황
            ("2022-03-citizen-cooperation-bureau", 363),   // IV. 2022 세부사업별 예산 현황
            ("2022-07-citizen-cooperation-bureau", 1291),  // 2022 예산 집행 현황
        ]
        for (id, end) in ends {
            let last = RealReports.report(id).workItems.last
            XCTAssertNotNil(last, id)
            XCTAssertLessThan(last?.lastLine ?? .max, end, id)
            XCTAssertGreaterThan(last?.lastLine ?? 0, end - 40, "\(id): the last item runs to the end of the part")
        }
    }

    func testItemsDoNotOverlap() {
        for id in RealReports.ids {
            let items = RealReports.report(id).workItems
            for (a, b) in zip(items, items.dropFirst()) {
                XCTAssertLessThanOrEqual(a.firstLine, a.lastLine, "\(id) \(a.number)")
                XCTAssertLessThan(a.lastLine, b.firstLine, "\(id) \(a.number) runs into \(b.number)")
            }
        }
    }

    // MARK: Departments

    /// Items whose 예산집행 현황 programs the year summary table lists under one department.
    func testDepartmentsFromTheSummaryTables() {
        let cases: [(String, String, String)] = [
            // 2018: 서울혁신파크 운영/조성사업 (lines 224, 226) under 사회혁신담당관 (1515–1519).
            ("2018-07-innovation-bureau", "1-1", "사회혁신담당관"),
            // 2018: 마을공동체 종합지원센터 운영 (880–881) under 지역공동체담당관 (1549).
            ("2018-07-innovation-bureau", "3-5", "지역공동체담당관"),
            // 2018: 무중력지대, 청년교류공간 (1014–1018) under 청년정책담당관 (1600, 1604).
            ("2018-07-innovation-bureau", "4-2", "청년정책담당관"),
            // 2018: 시민참여형 의사결정을 위한 공공토론 운영 (1189–1190) under 갈등조정담당관 (1624).
            ("2018-07-innovation-bureau", "5-1", "갈등조정담당관"),
            // 2018: 시민인권침해구제위원회 운영, 범죄피해자 보호 지원 (1424–1427) under 인권담당관 (1632, 1642).
            ("2018-07-innovation-bureau", "6-2", "인권담당관"),
            // 2019: 예방적 갈등 관리, 갈등관리 실태 평가 (389–390) under 갈등조정담당관 (489, 493).
            ("2019-09-innovation-bureau", "3-1", "갈등조정담당관"),
            // 2022-07: 마을공동체종합지원센터운영 (409) under 지역공동체과 (summary after 1330).
            ("2022-07-citizen-cooperation-bureau", "1-2", "지역공동체과"),
            // 2022-07: 시민제안 발굴 및 실행 (736) under 시민참여과 (1320).
            ("2022-07-citizen-cooperation-bureau", "2-1", "시민참여과"),
            // 2022-07: 서울혁신파크 운영 (1123) under 사회협력과.
            ("2022-07-citizen-cooperation-bureau", "3-2", "사회협력과"),
            // 2022-07: 비영리민간단체공익활동등지원 (1281) under 갈등관리협치과.
            ("2022-07-citizen-cooperation-bureau", "3-5", "갈등관리협치과"),
        ]
        for (id, number, department) in cases {
            XCTAssertEqual(item(id, number)?.department, department, "\(id) item \(number)")
        }
    }

    /// 2020 has no program-level summary table; its chapters follow its departments' listed duties
    /// (lines 46–49): 서울시민회의 → 서울민주주의담당관, 숙의예산 → 시민숙의예산담당관,
    /// NPO지원센터 → 서울협치담당관, 마을공동체 종합지원센터 → 지역공동체담당관.
    func testDepartmentsFromDuties2020() {
        let id = "2020-10-democracy-committee"
        XCTAssertEqual(item(id, "1-1")?.department, "서울민주주의담당관")
        XCTAssertEqual(item(id, "2-1")?.department, "시민숙의예산담당관")
        XCTAssertEqual(item(id, "3-4")?.department, "서울협치담당관")
        XCTAssertEqual(item(id, "4-4")?.department, "지역공동체담당관")
    }

    // MARK: Tables inside items

    func testItemBudgetTablesCarryTheirItemNumber() {
        let cases: [(String, Int, String)] = [
            ("2018-07-innovation-bureau", 224, "1-1"),    // 서울혁신파크 운영, inside item 1-1 (184–237)
            ("2018-07-innovation-bureau", 1015, "4-2"),   // 무중력지대, inside item 4-2 (965–1027)
            ("2019-09-innovation-bureau", 390, "3-1"),    // 갈등관리실태 평가, inside item 3-1 (349–397)
            ("2020-10-democracy-committee", 211, "1-1"),  // 서울민주주의위원회 운영 (시민회의 운영)
            ("2022-07-citizen-cooperation-bureau", 624, "1-5"),   // 권역별NPO지원센터조성및운영
            ("2022-07-citizen-cooperation-bureau", 1281, "3-5"),  // 비영리민간단체공익활동등지원
        ]
        for (id, line, number) in cases {
            let table = RealReports.report(id).budgetTables.first { ($0.firstLine...$0.lastLine).contains(line) }
            XCTAssertNotNil(table, "\(id): no table at line \(line)")
            XCTAssertEqual(table?.workItem, number, "\(id): table holding line \(line)")
        }
    }

    func testYearSummaryTablesBelongToNoItem() {
        let cases: [(String, Int)] = [
            ("2018-07-innovation-bureau", 1511),           // 합 계 of 2018년도 세부사업별 예산현황
            ("2018-07-innovation-bureau", 1600),           // its second page (청년공간 무중력지대)
            ("2019-09-innovation-bureau", 30),             // 합 계 of the 일반 현황 budget (백만원)
            ("2019-09-innovation-bureau", 476),            // 합 계 of 2019년도 서울혁신기획관 예산현황
            ("2020-10-democracy-committee", 76),           // 계 of 세출 총괄
            ("2022-03-citizen-cooperation-bureau", 75),    // 계 of 세출총괄
            ("2022-03-citizen-cooperation-bureau", 370),   // 합 계 of IV. 2022 세부사업별 예산 현황
            ("2022-07-citizen-cooperation-bureau", 1314),  // 합 계 of 2022 예산 집행 현황
        ]
        for (id, line) in cases {
            let table = RealReports.report(id).budgetTables.first { ($0.firstLine...$0.lastLine).contains(line) }
            XCTAssertNotNil(table, "\(id): no table at line \(line)")
            XCTAssertNil(table?.workItem, "\(id): the year table at line \(line) is not part of an item")
        }
    }
}

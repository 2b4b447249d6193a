import XCTest
@testable import SitegenImport
import SitegenContent

/// Page furniture and the page map, on pages as pdftotext -layout prints them.
final class PageFurnitureTests: XCTestCase {
    func testFootersAndRunningHeadersAreLeftOutAndRecorded() {
        let pages = [
            "주요업무보고\n\n 2022. 7.\n\n 시민협력국\n",
            "시민협력국 주요업무보고\n Ⅰ. 일 반 현 황\n\n                      - 1 -\n",
            "시민협력국 주요업무보고\n 조 직 : 5과 22팀\n                      - 2 -\n",
            "시민협력국 주요업무보고\n 인 력 : 104명 / 102명(정원/현원)\n                      - 3 -\n",
        ]
        let (text, map) = ReportTextAssembly.assemble(ExtractedText(pages: pages, extractor: "pdftotext", mode: "-layout"))
        XCTAssertEqual(text, "주요업무보고\n\n 2022. 7.\n\n 시민협력국\n\u{0C} Ⅰ. 일 반 현 황\n\n\u{0C} 조 직 : 5과 22팀\n\u{0C} 인 력 : 104명 / 102명(정원/현원)\n")
        XCTAssertEqual(map.pages.map(\.line), [1, 6, 8, 9])
        XCTAssertEqual(map.pages.map(\.printed), [nil, "1", "2", "3"])
        XCTAssertEqual(map.pages[1].furniture, ["- 1 -", "시민협력국 주요업무보고"])
        XCTAssertEqual(map.page(ofLine: 7)?.physical, 2)
    }

    func testATableHeaderRepeatedOnTheNextPageIsFurniture() {
        let header = "구 분          2022년(A)     2021년(B)"
        let pages = ["표지\n", "머리\n\(header)\n계   48,912,754   78,265,853\n", "머리\n\(header)\n시 민 참 여 과    1,977,413    4,535,860\n",
                     "머리\n끝\n"]
        let stripped = PageFurniture.strip(pages.map { $0.split(separator: "\n").map(String.init) })
        XCTAssertEqual(stripped[2].lines, ["시 민 참 여 과    1,977,413    4,535,860"])
        XCTAssertEqual(stripped[2].furniture, ["머리", "구 분 2022년(A) 2021년(B)"])
    }

    func testThePageMapFileRoundTripsAndRefusesDisorder() throws {
        let map = PageMap(pages: [.init(physical: 1, line: 1), .init(physical: 2, line: 9, printed: "1", furniture: ["- 1 -", "머리"])])
        XCTAssertEqual(try PageMapFile.decode(PageMapFile.encode(map), file: "pages.tsv"), map)
        XCTAssertThrowsError(try PageMapFile.decode("page\tline\tprinted\tfurniture\n2\t1\t\t\n", file: "pages.tsv")) {
            XCTAssertEqual("\($0)", "pages.tsv:2: expected page, line, printed number and furniture, pages in order")
        }
    }

    func testTheCoverGivesTitleIssuerAndMonth() {
        let cover = CoverMetadata.read("현안업무보고\n\n\n 2022. 3.\n\n 시민협력국\n")
        XCTAssertEqual(cover, CoverMetadata(title: "현안업무보고", issuer: "시민협력국", date: "2022-03"))
        XCTAssertEqual(CoverMetadata.read("제306회 시의회 임시회\n").title, nil)
    }

    func testFontsWithoutToUnicodeAreNamed() {
        let output = """
        name                                 type              encoding         emb sub uni object ID
        ------------------------------------ ----------------- ---------------- --- --- --- ---------
        Helvetica                            Type 1            WinAnsi          no  no  no       2  0
        AAAAAA+NanumGothicCoding             TrueType          WinAnsi          yes yes no      14  0
        """
        XCTAssertEqual(PDFFontTable.parse(output).unreadable.map(\.name), ["AAAAAA+NanumGothicCoding"])
    }
}

import XCTest
@testable import SitegenImport

/// Reading tables by column position: cells that -layout wraps, and OCR'd table rules.
final class ColumnTextTests: XCTestCase {
    /// The 2022-03 report's row `민주시민교육과 모더레이터 양성 프로그램 | 0 | 0 | - | 113,000 | 78,897`,
    /// its label wrapped in a ruled table as pdftotext -layout prints it.
    func testAWrappedLabelIsJoinedToItsRow() {
        let lines = [
            "시민토론회 100인 100색              0            0            -      165,000         165,000",
            "민주시민교육과 모더레이터 양성       0            0            -      113,000         78,897",
            "프로그램",
            "기본경비                         154,602      81,562       52.8   130,620         130,620",
        ]
        let joined = WrappedCells.join(lines)
        XCTAssertEqual(joined.count, 3)
        XCTAssertTrue(joined[1].hasPrefix("민주시민교육과 모더레이터 양성 프로그램  "), joined[1])
        XCTAssertTrue(joined[1].hasSuffix("113,000         78,897"), joined[1])
        XCTAssertEqual(joined[2], lines[3])
    }

    /// The 2019 report's 부서별 주요기능: the duties cell wraps, the department's cell does not.
    func testAWrappedDutiesCellIsJoinedAndANewRowIsNot() {
        let lines = [
            " 사회혁신담당관       ○ 서울혁신파크 조성 및 운영 ○ 사회",
            "               혁신 추진 및 국내외 사회혁신 기관",
            " 전환도시담당관       ○ 전환도시 서울 중장기 계획 수립 ○",
        ]
        let joined = WrappedCells.join(lines)
        XCTAssertEqual(joined.count, 2)
        XCTAssertEqual(joined[0], " 사회혁신담당관       ○ 서울혁신파크 조성 및 운영 ○ 사회 혁신 추진 및 국내외 사회혁신 기관")
        XCTAssertEqual(joined[1], lines[2])
    }

    func testALineAfterABlankOrWithFiguresIsNeverJoined() {
        let lines = ["계            48,912,754   78,265,853", "", "  비 고"]
        XCTAssertEqual(WrappedCells.join(lines), lines)
        XCTAssertEqual(WrappedCells.join(["구 분    2022년(A)    2021년(B)", "          12    34"]).count, 2)
    }

    /// The 2019 report's 예산현황 header as pdftotext -layout prints it: the upper row leaves the
    /// first cell empty, and is joined to the `구 분` row by column position.
    func testAHeaderRowWithItsFirstCellEmptyIsJoinedToTheRowBelow() {
        let lines = [
            "('19.8.31.기준, 단위 : 천원)",
            "",
            "                         '18년         '19년         '18년 대비 집행",
            "구 분                      10년          19년          증감            증감률 집행액            집행잔액         집행률",
            "합 계                      22,142,177   19,617,960   △2,524,217    △11.4% 8,048,695   11,569,265   41.0%",
        ]
        let joined = SplitHeaderRows.join(lines)
        XCTAssertEqual(joined.count, 4)
        XCTAssertEqual(Array(joined[0...1]), Array(lines[0...1]))
        XCTAssertEqual(joined[2], "구 분                      '18년 10년     '19년 19년     '18년 대비 집행 증감  증감률 집행액           집행잔액         집행률")
        XCTAssertEqual(joined[3], lines[4])
    }

    /// Not a header's upper row: one cell (a unit), a row of figures, cells that start where
    /// no cell below starts, or a first cell that is not empty; nor a line above a row that no
    /// row of figures follows (2019's 혁신파크 table of text, its cells wrapped).
    func testOtherLinesAboveAHeaderAreLeftAlone() {
        let header = "구 분            2022년(A)    2021년(B)    증 감"
        let data = "합 계            1,234        5,678        △4,444"
        for above in ["                 (단위 : 천원)", "                 1,234        5,678",
                      "                      예산         결산", "합 계            예산         결산"] {
            XCTAssertEqual(SplitHeaderRows.join([above, header, data]), [above, header, data], above)
        }
        XCTAssertEqual(SplitHeaderRows.join(["                 예산         결산", header, "", data]).count, 4)
        let text = [
            "동북권      청년입주시설(2,200m²) 및             청년점포·청년몰, 동아리 및                     청 년 청",
            "         교류시설(4,000m²)                 취업학습 공간, 청년NPO센터 및 운영 공간",
            "(7!7!4   혁신단체 입주시설(7,400㎡) 및           코워킹 스페이스, 교육활동공간(교육                 서울혁신기획관",
            "         도입용도                          주요내용",
        ]
        XCTAssertEqual(SplitHeaderRows.join(text), text)
    }

    /// 세출총괄's total row as Tesseract read the scan: the rules between the cells as | and ㅣ.
    func testOCRTableRulesBecomeGapsAndFiguresStayAsRead() {
        XCTAssertEqual(OCRTableRules.clean("계 48,912,754 | 78,265,853 ㅣ 77,829,210 ㅣ ㅅ28,916,456 스37.2"),
                       "계 48,912,754    78,265,853    77,829,210    △28,916,456 △37.2")
        XCTAssertEqual(OCRTableRules.clean("스포츠 2개 종목"), "스포츠 2개 종목")
        XCTAssertEqual(OCRTableRules.clean("ㅅ1 다음"), "ㅅ1 다음")
        XCTAssertEqual(OCRTableRules.clean("시민숙의예산과|1,228,329"), "시민숙의예산과|1,228,329")
        XCTAssertEqual(OCRTableRules.clean("ㅣ인력"), "ㅣ인력")
    }
}

import XCTest
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenTemplates

final class ChartTests: XCTestCase {
    /// The wide drawing (screens over 48 rem) and the narrow one (phones), in that order.
    private func drawings(_ chart: BarChart) -> (wide: String, narrow: String) {
        let parts = chart.svg.markup.components(separatedBy: "</svg>")
        return (parts[0], parts.count > 1 ? parts[1] : "")
    }

    func testChartIsAnAccessibleImageWithTitleAndDescription() {
        let svg = BarChart(title: "부서별 집행률", description: "설명 & 참고",
                           bars: [.init(label: "시민참여과", rate: 45.6, caption: "45.6%")]).svg.markup
        XCTAssertTrue(svg.contains("<svg class=\"wide\" role=\"img\""))
        XCTAssertTrue(svg.contains("<svg class=\"narrow\" role=\"img\""))
        XCTAssertTrue(svg.contains("<title>부서별 집행률</title>"))
        XCTAssertTrue(svg.contains("<desc>설명 &amp; 참고</desc>"))
    }

    func testBarsOverOneHundredPercentRunPastTheRuleAndMissingValuesDrawNoBar() {
        let chart = BarChart(title: "t", description: "d", bars: [
            .init(label: "넘침", rate: 120, caption: "120%"),
            .init(label: "없음", rate: nil, caption: "값 없음"),
        ])
        for drawing in [drawings(chart).wide, drawings(chart).narrow] {
            XCTAssertEqual(drawing.components(separatedBy: "<rect").count - 1, 1, "only the bar with a value is drawn")
            XCTAssertTrue(drawing.contains("class=\"bar over\""))
            XCTAssertTrue(drawing.contains("값 없음"))
        }
        // The scale stretches to 120 %, so the 100 % rule stands left of the plot's end.
        XCTAssertTrue(chart.svg.markup.contains("<text class=\"tick\""))
    }

    /// Issue 9: a 720-unit drawing scaled to a 358 px phone draws 13 px text at 6.5 px. The phone
    /// drawing is 360 units wide, so at 358 px its 13-unit text stays above 11 px.
    func testPhoneDrawingIsNarrowEnoughForElevenPixelText() throws {
        let chart = BarChart(title: "t", description: "d", bars: [.init(label: "서울혁신파크 운영", rate: 50.1, caption: "50.1% · 집행 32억 원", shortCaption: "50.1%")])
        let narrow = drawings(chart).narrow
        let width = try XCTUnwrap(narrow.range(of: "viewBox=\"0 0 ").map { narrow[$0.upperBound...].prefix { $0 != " " } }).description
        XCTAssertLessThanOrEqual(try XCTUnwrap(Double(width)) * 11 / 13, 358, "13-unit text at 358 px is at least 11 px")
        XCTAssertTrue(narrow.contains(">서울혁신파크 운영</text>"), "the whole name, on its own line")
        XCTAssertTrue(narrow.contains(">50.1%</text>"), "the short caption")
    }

    /// Issue 9: a labelled line for the share of the year elapsed at the table's as-of date.
    /// 2022-07 line 1358 prints `(‘22. 7. 1.기준, …)`: 182 of 365 days, 49.9 %.
    func testElapsedYearLineIsDrawnAndLabelledAtTheAsOfDate() {
        let day = Day(year: 2022, month: 7, day: 1)!
        XCTAssertEqual(Format.yearElapsed(day) ?? 0, 182.0 / 365 * 100, accuracy: 0.001)
        XCTAssertEqual(Format.yearElapsed(Day(year: 2020, month: 12, day: 31)!) ?? 0, 100, accuracy: 0.001, "a leap year ends at 100 %")
        XCTAssertNil(Format.yearElapsed(Day(year: 2022, month: 2, day: 30)!))
        XCTAssertNotNil(Format.yearElapsed(Day(year: 2020, month: 2, day: 29)!))
        XCTAssertNil(Format.yearElapsed(Day(year: 1900, month: 2, day: 29)!), "1900 was not a leap year")
        let line = BudgetLine(label: "시민참여과", kind: .department, amounts: [.budget: 1000, .executed: 456],
                              rates: [.rate: PrintedRate(scaled: 456, decimals: 1)], firstLine: 1, lastLine: 1)
        let chart = BarChart(title: "t", description: "d", bars: [BarChart.bar(for: line, label: "시민참여과", asOf: day)], asOf: day)
        for drawing in [drawings(chart).wide, drawings(chart).narrow] {
            XCTAssertTrue(drawing.contains("<line class=\"elapsed\""))
            XCTAssertTrue(drawing.contains(">연 49.9%</text>"))
        }
        XCTAssertTrue(chart.svg.markup.contains("2022. 7. 1. 기준일까지 한 해가 지난 비율 49.9%"))
    }

    func testBarForALineUsesThePrintedRateElseComputesIt() {
        let printed = BudgetLine(label: "a", kind: .program, amounts: [.budget: 1000, .executed: 500],
                                 rates: [.rate: PrintedRate(scaled: 498, decimals: 1)], firstLine: 1, lastLine: 1)
        XCTAssertEqual(BarChart.bar(for: printed, label: "a").rate, 49.8)
        let computed = BudgetLine(label: "b", kind: .program, amounts: [.budget: 1000, .executed: 250], firstLine: 1, lastLine: 1)
        XCTAssertEqual(BarChart.bar(for: computed, label: "b").rate, 25)
        XCTAssertTrue(BarChart.bar(for: computed, label: "b").caption.contains("(계산)"))
    }
}

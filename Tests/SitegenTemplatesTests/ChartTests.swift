import XCTest
import SitegenCore
@testable import SitegenTemplates

final class ChartTests: XCTestCase {
    func testChartIsAnAccessibleImageWithTitleAndDescription() {
        let svg = BarChart(title: "부서별 집행률", description: "설명 & 참고",
                           bars: [.init(label: "시민참여과", rate: 45.6, caption: "45.6%")]).svg.markup
        XCTAssertTrue(svg.contains("<svg role=\"img\""))
        XCTAssertTrue(svg.contains("<title>부서별 집행률</title>"))
        XCTAssertTrue(svg.contains("<desc>설명 &amp; 참고</desc>"))
    }

    func testBarsOverOneHundredPercentRunPastTheRuleAndMissingValuesDrawNoBar() {
        let chart = BarChart(title: "t", description: "d", bars: [
            .init(label: "넘침", rate: 120, caption: "120%"),
            .init(label: "없음", rate: nil, caption: "값 없음"),
        ])
        let svg = chart.svg.markup
        XCTAssertEqual(svg.components(separatedBy: "<rect").count - 1, 1, "only the bar with a value is drawn")
        XCTAssertTrue(svg.contains("class=\"bar over\""))
        XCTAssertTrue(svg.contains("값 없음"))
        // The scale stretches to 120 %, so the 100 % rule stands left of the plot's end.
        XCTAssertTrue(svg.contains("<text class=\"tick\""))
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

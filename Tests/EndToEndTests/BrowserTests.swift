import XCTest

/// A real browser (headless Chromium) loads a program page and a release page, finds the chart
/// and the table with the same numbers, and saves screenshots for a person to look at.
final class BrowserTests: XCTestCase {
    private var chromium: String? {
        ["chromium", "chromium-browser", "google-chrome"].first(where: BuiltSite.isInstalled)
    }

    private func dom(_ page: String) throws -> String {
        guard let chromium else {
            XCTFail("Chromium is not installed: run the README's test command (make test), which installs it")
            return ""
        }
        let url = BuiltSite.output.appendingPathComponent(page).absoluteString
        let result = try BuiltSite.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url])
        XCTAssertEqual(result.status, 0, result.output.suffix(2000).description)
        return result.output
    }

    private func screenshot(_ page: String, name: String) throws {
        guard let chromium else { return }
        try FileManager.default.createDirectory(at: BuiltSite.screenshots, withIntermediateDirectories: true)
        let file = BuiltSite.screenshots.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: file)
        let url = BuiltSite.output.appendingPathComponent(page).absoluteString
        _ = try BuiltSite.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                         "--window-size=1200,1600", "--screenshot=\(file.path)", url])
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "no screenshot at \(file.path)")
    }

    func testProgramPageShowsChartAndTable() throws {
        let page = "programs/서울혁신파크-운영/index.html"
        let dom = try dom(page)
        XCTAssertTrue(dom.contains("<svg role=\"img\""), "chart")
        XCTAssertTrue(dom.contains("<title>‘서울혁신파크 운영’ 보고서별 집행률</title>"), "chart title")
        XCTAssertTrue(dom.contains("<table class=\"budget\">"), "table")
        // The 2022-03 report prints 6,448,435 thousand won budget and 14.7 % for this program (line 402).
        XCTAssertTrue(dom.contains("6,448,435,000"))
        XCTAssertTrue(dom.contains("14.7%"))
        try screenshot(page, name: "program-서울혁신파크-운영.png")
    }

    func testReleasePageShowsChartAndTable() throws {
        let page = "releases/2022-07-citizen-cooperation-bureau/index.html"
        let dom = try dom(page)
        XCTAssertTrue(dom.contains("<svg role=\"img\""))
        XCTAssertTrue(dom.contains("부서별 집행률"))
        // 2022-07 line 1397: 갈등관리협치과 21,447,639 thousand won, 78.2 %.
        XCTAssertTrue(dom.contains("21,447,639,000"))
        XCTAssertTrue(dom.contains("78.2%"))
        try screenshot(page, name: "release-2022-07.png")
    }
}

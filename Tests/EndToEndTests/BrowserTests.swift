import Foundation
import SitegenText
import SitegenSite
import SitegenTemplates
import SitegenBuild
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
        XCTAssertTrue(dom.contains("<svg class=\"wide\" role=\"img\""), "chart")
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
        XCTAssertTrue(dom.contains("<svg class=\"wide\" role=\"img\""))
        XCTAssertTrue(dom.contains("부서별 집행률"))
        // 2022-07 line 1397: 갈등관리협치과 21,447,639 thousand won, 78.2 %.
        XCTAssertTrue(dom.contains("21,447,639,000"))
        XCTAssertTrue(dom.contains("78.2%"))
        try screenshot(page, name: "release-2022-07.png")
    }
}

/// Korean search in a real browser: character pieces, not words.
final class SearchInBrowserTests: XCTestCase {
    private func results(site: URL, query: String) throws -> String {
        guard let chromium = ["chromium", "chromium-browser", "google-chrome"].first(where: BuiltSite.isInstalled) else {
            XCTFail("Chromium is not installed: run the README's test command (make test), which installs it")
            return ""
        }
        var components = URLComponents(url: site.appendingPathComponent("search/index.html"), resolvingAgainstBaseURL: false)!
        components.queryItems = [URLQueryItem(name: "q", value: query)]
        let result = try BuiltSite.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
                                                  "--dump-dom", components.url!.absoluteString])
        XCTAssertEqual(result.status, 0)
        guard let start = result.output.range(of: "<div id=\"results\""), let end = result.output.range(of: "</div>", range: start.upperBound..<result.output.endIndex) else {
            XCTFail("no results block in the page")
            return ""
        }
        return String(result.output[start.lowerBound..<end.upperBound])
    }

    func testHyeoksinParkFindsSeoulHyeoksinParkOnTheRealSite() throws {
        let found = try results(site: BuiltSite.output, query: "혁신파크")
        XCTAssertTrue(found.contains("검색 결과"), found)
        XCTAssertTrue(found.contains(">서울혁신파크 운영</a>"), found)
        XCTAssertTrue(found.contains("programs/%EC%84%9C%EC%9A%B8%ED%98%81%EC%8B%A0%ED%8C%8C%ED%81%AC-%EC%9A%B4%EC%98%81/"), "links to the program page")
    }

    /// 2022-07 line 1092, in the body of item 3-2 `서울혁신파크 운영․관리` (line 1081):
    /// `－ 수탁기관 : ㈜이퓨앤파트너스 컨소시엄(’21. 1.~’23. 12.)`. The contractor is named nowhere else.
    func testAContractorNamedOnlyInAWorkItemBodyIsFoundWithItsPassage() throws {
        let found = try results(site: BuiltSite.output, query: "이퓨앤파트너스")
        XCTAssertTrue(found.contains("검색 결과 1건"), found)
        XCTAssertTrue(found.contains(">3-2. 서울혁신파크 운영․관리</a>"), found)
        XCTAssertTrue(found.contains("href=\"../releases/2022-07-citizen-cooperation-bureau/items/3-2/\""), "links to the work item")
        XCTAssertTrue(found.contains("<mark>이퓨앤파트너스</mark>"), "the match is marked in its passage")
        XCTAssertTrue(found.contains("수탁기관 : ㈜"), "the passage around it is shown")
    }

    /// Spacing in the query or the text does not matter, and a word split by a line break in a
    /// body is still found (2022-07 line 1092 again: `㈜이퓨앤파트너스 컨소시엄`).
    func testAQueryAcrossASpaceIsFound() throws {
        let found = try results(site: BuiltSite.output, query: "파트너스컨소시엄")
        XCTAssertTrue(found.contains(">3-2. 서울혁신파크 운영․관리</a>"), found)
        XCTAssertTrue(found.contains("<mark>파트너스 컨소시엄</mark>"), found)
    }

    func testSeoulFindsAWordThatOnlyStartsWithSeoul() throws {
        let content = BuiltSite.temporaryFolder("search-content")
        let release = content.appendingPathComponent("releases/2023-01-search")
        try FileManager.default.createDirectory(at: release, withIntermediateDirectories: true)
        try "title: 검색 시험\nissuer: 시험국\ndate: 2023-01\n".write(to: release.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8)
        try """
        Ⅳ. 2023 세부사업별 예산 현황

        (단위 : 천원, %)

        | 구 분 | 2023년 예산현액 | 집행액 | 집행률 | (참고) 2022년 예산 | |
        |---|---|---|---|---|---|
        | | | | | 본예산 | 최종예산 |
        | 합 계 | 300 | 150 | 50.0 | 300 | 300 |
        | 시험과 | 300 | 150 | 50.0 | 300 | 300 |
        | 서울은 하나로 사업 | 200 | 100 | 50.0 | 200 | 200 |
        | 마을 잇기 사업 | 100 | 50 | 50.0 | 100 | 100 |

        """.write(to: release.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
        let site = BuiltSite.temporaryFolder("search-site").appendingPathComponent("public")
        try SiteBuilder(contentDirectory: content, outputDirectory: site, config: SiteConfig(), theme: StandardTheme()).build()
        let found = try results(site: site, query: "서울")
        XCTAssertTrue(found.contains(">서울은 하나로 사업</a>"), found)
        XCTAssertFalse(found.contains("마을 잇기"), found)
    }
}

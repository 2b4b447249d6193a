import Foundation
import SitegenText
import SitegenSite
import SitegenTemplates
import SitegenBuild
import XCTest

/// Issue 9 on the default site: findings beside their numbers, one permalink per budget line,
/// the 404 page under a sub-folder, a favicon, no editor-only strings, reader text.
final class ReaderPagesTests: XCTestCase {
    private func page(_ path: String) throws -> String {
        try String(contentsOf: BuiltSite.output.appendingPathComponent(path), encoding: .utf8)
    }

    private let july = "releases/2022-07-citizen-cooperation-bureau/"

    /// 2022-07 prints 커뮤니티 공간 운영지원's 예산현액 as 3,775,505 (천원) on line 1346 and as
    /// 3,214,758 in item 1-3's table (line 460): a cross-table finding. Both rows carry a marker
    /// linking to it, on the release, item and department pages, and the finding links back.
    /// (Its number depends on the findings before it, so it is looked up by its text.)
    func testACrossTableFindingIsMarkedOnBothRowsAndLinksBack() throws {
        let release = try page(july + "index.html")
        let text = try XCTUnwrap(release.range(of: "3,775,505,000원, 460행의 표(예산집행 현황)에는 3,214,758,000원"))
        let item = try XCTUnwrap(release.range(of: "<li class=\"finding\" id=\"finding-", options: .backwards, range: release.startIndex..<text.lowerBound))
        let number = String(release[item.upperBound...].prefix { $0.isNumber })
        XCTAssertFalse(number.isEmpty, "the finding has its anchor")
        let mark = "<a class=\"finding-mark\" href=\"#finding-\(number)\" title=\"점검 결과 \(number)번: 이 행의 숫자가 맞지 않습니다\">"
        let row1346 = try XCTUnwrap(release.range(of: "<tr id=\"L1346\"").map { String(release[$0.lowerBound...].prefix(1200)) })
        XCTAssertTrue(row1346.contains(mark), "a link named by its title: \(row1346)")
        let itemPage = try page(july + "items/1-3/index.html")
        let row460 = try XCTUnwrap(itemPage.range(of: "<tr id=\"L460\"").map { String(itemPage[$0.lowerBound...].prefix(1200)) })
        XCTAssertTrue(row460.contains("<a class=\"finding-mark\" href=\"../../#finding-\(number)\""), row460)
        let finding = try XCTUnwrap(release.range(of: "id=\"finding-\(number)\"").map { String(release[$0.lowerBound...].prefix(800)) })
        XCTAssertTrue(finding.contains("href=\"#L1346\">표에서 보기</a>"), finding)
    }

    /// One permalink per budget line: the release page's row, wherever the line is shown; the
    /// citation, which carries it, is on that page only.
    /// 2022-07 line 1385 is 서울혁신파크 운영 (사회협력과).
    func testEveryViewOfABudgetLineOffersTheSamePermalink() throws {
        let permalink = "releases/2022-07-citizen-cooperation-bureau/#L1385"
        for (path, link) in [(july + "index.html", "#L1385"), (july + "departments/사회협력과/index.html", "../../#L1385"),
                             ("programs/서울혁신파크-운영/index.html", "../../\(permalink)")] {
            let html = try page(path)
            XCTAssertTrue(html.contains("<a class=\"permalink\" href=\"\(link)\""), path)
            XCTAssertEqual(html.contains("/\(permalink) (원문 report.txt SHA-256"), path == july + "index.html", "the citation carries it: \(path)")
        }
    }

    func testCitationCarriesAnAbsoluteURLUnderABaseURL() throws {
        let output = BuiltSite.temporaryFolder("base").appendingPathComponent("public")
        try SiteBuilder(contentDirectory: BuiltSite.content, outputDirectory: output,
                        config: SiteConfig(baseURL: "https://example.org/reports/"), theme: StandardTheme()).build()
        let html = try String(contentsOf: output.appendingPathComponent(july + "index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("https://example.org/reports/releases/2022-07-citizen-cooperation-bureau/#L1385 (원문 report.txt SHA-256"))
    }

    /// `404.html` keeps its style under any folder (inline), and finds the site root for its links.
    func testNotFoundPageWorksUnderASubFolder() throws {
        let html = try page("404.html")
        XCTAssertTrue(html.contains("<style>"), "inline style")
        XCTAssertFalse(html.contains("<link rel=\"stylesheet\""))
        XCTAssertTrue(html.contains("<script id=\"find-root\">"))
    }

    func testEveryPageNamesAFaviconThatExists() throws {
        XCTAssertTrue(try page("index.html").contains("<link rel=\"icon\" href=\"assets/favicon.svg\" type=\"image/svg+xml\">"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: BuiltSite.output.appendingPathComponent("assets/favicon.svg").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: BuiltSite.output.appendingPathComponent("assets/site.js").path))
    }

    /// Editors' strings ("보고서 표기: 사 회 협 력 과", "content/lineage.yml") stay off reader pages.
    func testNoEditorOnlyStringsOnReaderPages() throws {
        for path in [july + "departments/사회협력과/index.html", "departments/시민참여과/index.html", july + "index.html",
                     "programs/index.html"] {
            let html = try page(path)
            XCTAssertFalse(html.contains("보고서 표기:"), path)
            XCTAssertFalse(html.contains("lineage.yml"), path)
        }
    }

    /// 2022-07 line 6 starts with U+F000; line 1081 prints `운영․관리` (U+2024). The source view and
    /// the item's title show `•` and `·`; the archived report.txt keeps both bytes.
    func testPrivateUseBulletsAndTheDotLeaderReadOnPagesButStayInTheArchive() throws {
        let source = try page(july + "source/index.html")
        XCTAssertFalse(source.contains("\u{F000}"))
        XCTAssertTrue(source.contains("<li id=\"L6\">•"), "a bullet (the line's number is drawn by the style sheet)")
        let archived = try page(july + "report.txt")
        XCTAssertTrue(archived.contains("\u{F000}"))
        XCTAssertTrue(archived.contains("운영\u{2024}관리"))
        XCTAssertTrue(try page(july + "index.html").contains("서울혁신파크 운영·관리"))
    }

    func testHomePageHasASearchBoxAndTheNavMarksTheCurrentSection() throws {
        let home = try page("index.html")
        XCTAssertTrue(home.contains("<input id=\"home-q\" name=\"q\" type=\"search\""))
        XCTAssertTrue(home.contains("<a href=\"./\" aria-current=\"page\">보고서</a>"))
        XCTAssertTrue(try page("programs/서울혁신파크-운영/index.html").contains("aria-current=\"true\">세부사업</a>"))
    }

    /// The program page compares 2019-09 (as of 2019. 8. 31.) with 2022-03 (as of 2022. 3. 24.):
    /// different points of the year, so no rate change; every change names both dates.
    func testProgramPageComparesRatesOnlyAtComparablePointsAndNamesBothDates() throws {
        let html = try page("programs/서울혁신파크-운영/index.html")
        XCTAssertFalse(html.contains("집행률 -57.0%p"))
        XCTAssertFalse(html.contains("집행률 △57.0%p"))
        XCTAssertTrue(html.contains("2019. 8. 31. → 2022. 3. 24.: "), "both dates")
        XCTAssertTrue(html.contains("집행률은 기준 시점이 달라 견주지 않음"))
        // 2022-03 line 402 prints 14.7 % (as of 3. 24.), 2022-07 line 1385 prints 50.1 % (as of 7. 1.): one year's progress.
        XCTAssertTrue(html.contains("2022. 3. 24. → 2022. 7. 1.: 집행률 +35.4%p"))
        XCTAssertTrue(html.contains("<th scope=\"col\">기준일</th>"))
        XCTAssertTrue(html.contains("는 이 사업을 2번 다른 숫자로 싣습니다"), "2018-07 prints it on lines 224 and 1517")
    }
}

import XCTest
import SitegenContent
@testable import SitegenSite
@testable import SitegenTemplates

/// A budget line has one permalink, `SiteMap.budgetLine`, and one links cell, wherever it is
/// printed; its citation, on the permalink's page only, quotes the report's text escaped.
final class BudgetLineLinksTests: XCTestCase {
    private static let base = "https://example.org/r/"
    private static let program = "<script>alert('x')</script> \"따옴표\" & 사업"

    /// The sample site with absolute links, so that a cell reads the same on every page.
    private func pages() throws -> (release: Release, pages: [String: String]) {
        let text = SampleSite.report(program: Self.program)
        let release = try SampleSite.release(title: "제목 <b>x</b> & \"인용\"", issuer: "기관 & 'q'", report: text)
        return (release, try SampleSite.pages([release], texts: [release.id: text], config: SiteConfig(baseURL: Self.base)))
    }

    private func linksCells(_ page: String) -> [String] {
        page.components(separatedBy: "<td class=\"links\">").dropFirst().map { String($0.prefix { $0 != "\n" }) }
    }

    private func permalinks(_ page: String) -> [String] {
        page.components(separatedBy: "<a class=\"permalink\" href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// The page of the program printed on line 39.
    private func programPage(_ pages: [String: String]) throws -> String {
        try XCTUnwrap(pages.first { $0.key.hasPrefix("programs/") && $0.value.contains("href=\"\(Self.base)releases/2022-03-sample/#L39\"") }?.value)
    }

    /// Line 39 of the sample report: the program's row, 800 and 500 천원, 62.5 %.
    func testTheCitationQuotesTheReportEscapedWithItsPermalink() throws {
        let (release, pages) = try pages()
        let citation = """
        <p class="cite-text">기관 &amp; &#39;q&#39;, 「제목 &lt;b&gt;x&lt;/b&gt; &amp; &quot;인용&quot;」, 2022년 3월, \
        ‘2022 세부사업별 예산 현황’ 표 39행 ‘&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;따옴표&quot; &amp; 사업’ \
        (예산현액 800,000원, 집행액 500,000원, 집행률 62.5%). \(Self.base)releases/2022-03-sample/#L39 \
        (원문 report.txt SHA-256 \(release.source.sha256))</p>
        """
        let releasePage = try XCTUnwrap(pages["releases/2022-03-sample/index.html"])
        let program = try programPage(pages)
        XCTAssertTrue(releasePage.contains(citation), "the release page cites line 39")
        XCTAssertFalse(program.contains("<details class=\"cite\">"), "the program page links to the release page's row, which cites it")
        for (path, page) in pages where path.hasPrefix("releases/2022-03-sample/departments/") {
            XCTAssertFalse(page.contains("<details class=\"cite\">"), "\(path) links to the permalink's page, which cites the row")
        }
    }

    func testEveryPermalinkIsSiteMapsAndTheCellIsTheSameOnEveryPage() throws {
        let (release, pages) = try pages()
        let config = SiteConfig(baseURL: Self.base)
        let lines = release.report.budgetTables.flatMap { table in
            table.lines.map { config.absoluteURL(SiteMap.budgetLine(release.id, workItem: table.workItem, line: $0.firstLine)) }
        }
        var seen = Set<String>()
        for (path, page) in pages where path.hasSuffix(".html") {
            for permalink in permalinks(page) {
                XCTAssertTrue(lines.contains(permalink), "\(path): \(permalink) is no budget line's permalink")
                seen.insert(permalink)
            }
        }
        XCTAssertEqual(seen, Set(lines), "every budget line is linked by its permalink")

        // The program page's cell is the release table's, with the link to where its
        // department's page shows the row, less the citation.
        let releaseCell = try XCTUnwrap(linksCells(pages["releases/2022-03-sample/index.html"] ?? "").first { $0.contains("#L39\"") })
        let program = try programPage(pages)
        let programCell = try XCTUnwrap(linksCells(program).first)
        let shown = try XCTUnwrap(programCell.range(of: #" <a href="[^"]*/departments/[^"]*">부서 쪽</a>"#, options: .regularExpression))
        var withoutShown = programCell
        withoutShown.removeSubrange(shown)
        let citation = try XCTUnwrap(releaseCell.range(of: " <details class=\"cite\">"))
        XCTAssertEqual(withoutShown, releaseCell[..<citation.lowerBound] + "</td></tr>")
        XCTAssertTrue(releaseCell.hasPrefix("<a class=\"permalink\" href=\"\(Self.base)releases/2022-03-sample/#L39\""), releaseCell)
    }
}

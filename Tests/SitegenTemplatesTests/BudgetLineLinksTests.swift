import XCTest
import SitegenContent
@testable import SitegenSite
@testable import SitegenTemplates

/// A budget line has one permalink, `SiteMap.budgetLine`, and one links cell, wherever it is
/// printed; its citation, on the permalink's page only, quotes the report's text escaped.
final class BudgetLineLinksTests: XCTestCase {
    private static let base = "https://example.org/r/"
    private static let program = "<script>alert('x')</script> \"따옴표\" & 사업"

    /// The sample site under a base URL (its citations carry absolute permalinks; its links stay
    /// relative, so a cell is compared with its links resolved against its page).
    private func pages() throws -> (release: Release, pages: [String: String]) {
        let text = SampleSite.report(program: Self.program)
        let release = try SampleSite.release(title: "제목 <b>x</b> & \"인용\"", issuer: "기관 & 'q'", report: text)
        return (release, try SampleSite.pages([release], texts: [release.id: text], config: SiteConfig(baseURL: Self.base)))
    }

    private func linksCells(_ page: String) -> [String] {
        page.components(separatedBy: "<td class=\"links\">").dropFirst().map { String($0.prefix { $0 != "\n" }) }
    }

    private func permalinks(_ page: String, at path: String) -> [String] {
        page.components(separatedBy: "<a class=\"permalink\" href=\"").dropFirst().map { resolve(String($0.prefix { $0 != "\"" }), from: path) }
    }

    /// A relative reference made on the page at `path` (`releases/x/index.html`), as the site
    /// path it leads to (`releases/x/#L1`).
    private func resolve(_ reference: String, from path: String) -> String {
        var folders = path.split(separator: "/").dropLast().map(String.init)
        let hash = reference.firstIndex(of: "#")
        let target = hash.map { String(reference[..<$0]) } ?? reference
        let fragment = hash.map { String(reference[$0...]) } ?? ""
        for piece in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..": if !folders.isEmpty { folders.removeLast() }
            default: folders.append(String(piece))
            }
        }
        let folder = target.hasSuffix("/") || target.isEmpty || target == "." ? "/" : ""
        return folders.joined(separator: "/") + (folders.isEmpty ? "" : folder) + fragment
    }

    /// A links cell with every `href` resolved against its page.
    private func resolvedCell(_ cell: String, at path: String) -> String {
        var parts = cell.components(separatedBy: "href=\"")
        for index in parts.indices.dropFirst() {
            let end = parts[index].firstIndex(of: "\"")!
            parts[index] = resolve(String(parts[index][..<end]), from: path) + parts[index][end...]
        }
        return parts.joined(separator: "href=\"")
    }

    /// The page of the program printed on line 39, with its path.
    private func programPage(_ pages: [String: String]) throws -> (path: String, page: String) {
        let found = try XCTUnwrap(pages.first { $0.key.hasPrefix("programs/") && permalinks($0.value, at: $0.key).contains("releases/2022-03-sample/#L39") })
        return (found.key, found.value)
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
        let program = try programPage(pages).page
        XCTAssertTrue(releasePage.contains(citation), "the release page cites line 39")
        XCTAssertFalse(program.contains("<details class=\"cite\">"), "the program page links to the release page's row, which cites it")
        for (path, page) in pages where path.hasPrefix("releases/2022-03-sample/departments/") {
            XCTAssertFalse(page.contains("<details class=\"cite\">"), "\(path) links to the permalink's page, which cites the row")
        }
    }

    func testEveryPermalinkIsSiteMapsAndTheCellIsTheSameOnEveryPage() throws {
        let (release, pages) = try pages()
        let lines = release.report.budgetTables.flatMap { table in
            table.lines.map { SiteMap.budgetLine(release.id, workItem: table.workItem, line: $0.firstLine) }
        }
        var seen = Set<String>()
        for (path, page) in pages where path.hasSuffix(".html") {
            for permalink in permalinks(page, at: path) {
                XCTAssertTrue(lines.contains(permalink), "\(path): \(permalink) is no budget line's permalink")
                seen.insert(permalink)
            }
        }
        XCTAssertEqual(seen, Set(lines), "every budget line is linked by its permalink")

        // The program page's cell is the release table's, with the link to where its
        // department's page shows the row, less the citation.
        let releasePath = "releases/2022-03-sample/index.html"
        let releaseCell = try XCTUnwrap(linksCells(pages[releasePath] ?? "").first { $0.contains("#L39\"") }.map { resolvedCell($0, at: releasePath) })
        let program = try programPage(pages)
        let programCell = try XCTUnwrap(linksCells(program.page).first.map { resolvedCell($0, at: program.path) })
        let shown = try XCTUnwrap(programCell.range(of: #" <a href="[^"]*/departments/[^"]*">부서 쪽</a>"#, options: .regularExpression))
        var withoutShown = programCell
        withoutShown.removeSubrange(shown)
        let citation = try XCTUnwrap(releaseCell.range(of: " <details class=\"cite\">"))
        XCTAssertEqual(withoutShown, releaseCell[..<citation.lowerBound] + "</td></tr>")
        XCTAssertTrue(releaseCell.hasPrefix("<a class=\"permalink\" href=\"releases/2022-03-sample/#L39\""), releaseCell)
    }
}

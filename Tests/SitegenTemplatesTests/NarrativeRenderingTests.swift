import XCTest
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenTemplates

/// Work-item narratives of the five real reports, converted to Markdown and rendered by
/// cmark-gfm: headings from `□`, lists nested by mark, notes as block quotes, tables as
/// GFM tables, wrapped PDF lines joined, and the report's punctuation never read as markup.
final class NarrativeRenderingTests: XCTestCase {
    private static let content = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content/releases")

    /// The rendered narrative of report lines `lines` (a work item's body as printed).
    private func render(_ id: String, _ lines: ClosedRange<Int>) throws -> (markdown: String, html: String) {
        let text = try String(contentsOf: Self.content.appendingPathComponent("\(id)/report.txt"), encoding: .utf8)
        let all = SourceLine.lines(of: text)
        let body = all[(lines.lowerBound - 1)..<lines.upperBound].map(\.text)
        let markdown = NarrativeMarkdown().markdown(body: body, firstLine: lines.lowerBound)
        return (markdown, CMark.render(markdown).markup)
    }

    func testMarkdownHeadingsAndNestedDashListsOf2020() throws {
        // 2020 lines 187-198: `## □ 사업개요`, `- 의 제 : …`, `- 온오프라인 …` with `  - 연령 …` under it.
        let (markdown, html) = try render("2020-10-democracy-committee", 187...198)
        XCTAssertTrue(markdown.contains("### 사업개요"))
        XCTAssertTrue(html.contains("<h3>사업개요</h3>"))
        XCTAssertTrue(html.contains("<li>의 제 : 코로나 이후 새로운 서울</li>"))
        XCTAssertTrue(html.contains("<li>온오프라인 공개모집을 통해 대표성과 다양성을 확보한 시민위원 구성('20.5.)\n<ul>\n<li>연령, 성별, 거주지역 고려 위원 3,124명 구성"),
                      "the indented item nests under its parent:\n\(html)")
    }

    func testWrappedPDFLinesJoinAndNotesBecomeBlockQuotesIn2018() throws {
        // 2018 lines 1153-1157: `○ 참여자의 … 고른 자료` wraps to `제공으로 올바른 숙의 과정 진행` after a blank line.
        let (_, html) = try render("2018-07-innovation-bureau", 1150...1160)
        XCTAssertTrue(html.contains("<h3>사업개요</h3>"), html)
        XCTAssertTrue(html.contains("충분하고 고른 자료 제공으로 올바른 숙의 과정 진행</li>"), html)
        let (_, notes) = try render("2018-07-innovation-bureau", 217...217)
        XCTAssertTrue(notes.contains("<blockquote>\n<p>※ 예산집행 현황 (단위 : 천원, ’18.6.30. 기준)</p>\n</blockquote>"), notes)
    }

    func testPipeTableBecomesGFMTableAndLabelsBecomeHeadingsIn2022March() throws {
        // 2022-03 lines 141-171: `〈 지원 기준 〉`, `추진현황`, and the 공모유형 pipe table.
        let (_, html) = try render("2022-03-citizen-cooperation-bureau", 141...171)
        XCTAssertTrue(html.contains("<h3>〈 지원 기준 〉</h3>"), html)
        XCTAssertTrue(html.contains("<h3>추진현황</h3>"), html)
        XCTAssertTrue(html.contains("<th>공모유형</th>"), html)
        XCTAssertTrue(html.contains("<td>① 공익적 가치형(기획)</td>"), html)
    }

    func testTabTableOf2019BecomesGFMTable() throws {
        // 2019 lines 107-108: `'15년⇥'16년~17년⇥'18년⇥'19년` over one row of plans.
        let (_, html) = try render("2019-09-innovation-bureau", 107...108)
        XCTAssertTrue(html.contains("<th>'16년~17년</th>"), html)
        XCTAssertFalse(html.contains("<del>"), "a tilde in the report is not strikethrough")
    }

    func testDashesAndCirclesOf2022JulyNestAndTildesStayText() throws {
        // 2022-07 lines 286-295: `○【마을공동체센터】…` with `－ …` items beneath.
        let (_, html) = try render("2022-07-citizen-cooperation-bureau", 286...295)
        XCTAssertTrue(html.contains("<li>【마을공동체센터】위탁 종료(’22.11.) 대비 사업 재구조화(’22.하반기)\n<ul>\n<li>센터 설립(’12년)~’21년까지"), html)
        XCTAssertFalse(html.contains("<del>"))
    }

    func testMarkdownPunctuationInTheReportIsEscaped() {
        let markdown = NarrativeMarkdown().markdown(body: ["○ 예산 *확정* ~'22.6월 [참고] <b>굵게</b>", "2018. 원활한 추진"], firstLine: 1)
        let html = CMark.render(markdown).markup
        XCTAssertTrue(html.contains("예산 *확정* ~'22.6월 [참고] &lt;b&gt;굵게&lt;/b&gt;"), html)
        XCTAssertFalse(html.contains("<em>"))
        XCTAssertFalse(html.contains("<ol"), "a year at the start of a line is not a numbered list")
    }

    /// Issue 9: 2022-07 lines 281–282 print two 추진방향, each after U+F000 (a private-use
    /// bullet); they were merged into one sentence. Each is its own point.
    func testTwoObjectivesAfterPrivateUseBulletsStayApartIn2022July() throws {
        let (_, html) = try render("2022-07-citizen-cooperation-bureau", 279...282)
        XCTAssertTrue(html.contains("<li>조직정비 및 사업재편을 통한 민간위탁 효과성 제고 및 예산낭비 일소</li>"), html)
        XCTAssertTrue(html.contains("<li>시-자치구 사업 추진체계 정상화로 자치구 주도성과 책임성 강화</li>"), html)
    }

    /// Issue 9 (pages scrolled sideways on a phone): 2022-07 lines 431–432 print `∙ …` points right
    /// after a caption line; indented four spaces they became a code block, with the escapes visible.
    func testPointsAfterAParagraphAreAListNotACodeBlockIn2022July() throws {
        let (_, html) = try render("2022-07-citizen-cooperation-bureau", 429...432)
        XCTAssertFalse(html.contains("<pre>"), html)
        XCTAssertTrue(html.contains("<li>운영 중 : 市 민간위탁 2, 區 자체운영 51(市 일부 공간에 대부료, 운영비, 사업비 지원)</li>"), html)
    }

    /// 2019 line 410 prints `- **갈등조정관으로 민간 전문가 3명**(…) **신규 임용**`: the `**` is the
    /// report's own emphasis, not a bullet, and is kept whole (one `*` was eaten as a list mark).
    func testAsterisksThatAreNotABulletStayWholeIn2019() throws {
        let (_, html) = try render("2019-09-innovation-bureau", 410...410)
        XCTAssertTrue(html.contains("<li>**갈등조정관으로 민간 전문가 3명**(임기제 5급, '19.7.1字) **신규 임용**</li>"), html)
    }
}

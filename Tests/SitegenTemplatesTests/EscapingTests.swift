import XCTest
@testable import SitegenText
@testable import SitegenTemplates

/// Text from reports and metadata is always escaped; only cmark output and our own SVG pass raw.
final class EscapingTests: XCTestCase {
    func testInterpolatedStringsAreEscapedAndLiteralsAreMarkup() {
        let name = "<script>alert(\"x\")</script> & 'q'"
        let html: HTML = "<p title=\"\(name)\">\(name)</p>"
        XCTAssertEqual(html.markup, "<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>")
    }

    func testBuiltHTMLPassesThroughOnceAndOnlyTheNamedInitialiserIsRaw() {
        let inner: HTML = "<b>\("a<b")</b>"
        let outer: HTML = "<div>\(inner)</div>"
        XCTAssertEqual(outer.markup, "<div><b>a&lt;b</b></div>")
        XCTAssertEqual(HTML(unescaped: "<i>x</i>").markup, "<i>x</i>")
    }

    func testCmarkDropsRawHTMLAndKeepsGFMTables() {
        let rendered = CMark.render("<script>alert(1)</script>\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n~~취소~~\n").markup
        XCTAssertFalse(rendered.contains("<script>"))
        XCTAssertTrue(rendered.contains("<table>"))
        XCTAssertTrue(rendered.contains("<del>취소</del>"))
    }

    func testHostileNamesInReportAndMetadataAreEscapedOnEveryPage() throws {
        let hostile = "<script>alert('x')</script> \"따옴표\" & 사업"
        let text = SampleSite.report(program: hostile, department: "<b>부서</b>과")
        let release = try SampleSite.release(title: "제목 <script>x</script> & \"인용\"", issuer: "기관 & <i>발행</i>",
                                             notes: "메모 <img src=x onerror=alert(1)> 'q'", report: text)
        let pages = try SampleSite.pages([release], texts: [release.id: text])
        XCTAssertFalse(pages.isEmpty)
        var sawProgram = false, sawTitle = false
        for (path, page) in pages where path.hasSuffix(".html") {
            XCTAssertFalse(page.contains("<script>"), "\(path) carries a raw <script>")
            XCTAssertFalse(page.contains("<img src=x"), path)
            XCTAssertFalse(page.contains("<b>부서</b>"), path)
            XCTAssertFalse(page.contains("<i>발행</i>"), path)
            if page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;따옴표&quot; &amp; 사업") { sawProgram = true }
            if page.contains("제목 &lt;script&gt;x&lt;/script&gt; &amp; &quot;인용&quot;") { sawTitle = true }
        }
        XCTAssertTrue(sawProgram, "the program name is shown, escaped")
        XCTAssertTrue(sawTitle, "the title is shown, escaped")
    }
}

import XCTest
import SitegenSite
import SitegenShare
@testable import SitegenTemplates

/// Every page carries Open Graph and Twitter tags; the absolute ones only under `--base-url`; the
/// description's figures are the page's summary figures; escaping and cutting hold.
final class LinkPreviewTests: XCTestCase {
    static let base = "https://example.org/reports/"

    /// The `content` of `<meta property|name="key">` in a page's head.
    static func meta(_ key: String, in page: String) -> String? {
        for attribute in ["property", "name"] {
            let marker = "<meta \(attribute)=\"\(key)\" content=\""
            guard let start = page.range(of: marker) else { continue }
            let rest = page[start.upperBound...]
            return String(rest[..<rest.firstIndex(of: "\"")!])
        }
        return nil
    }

    /// The values of a page's glance list (`<li>예산현액<strong>…</strong></li>`), by label.
    static func glance(_ page: String) -> [String: String] {
        guard let list = page.range(of: "<ul class=\"glance\">") else { return [:] }
        let end = page[list.upperBound...].range(of: "</ul>")!.lowerBound
        var values: [String: String] = [:]
        for item in page[list.upperBound..<end].components(separatedBy: "<li>").dropFirst() {
            let parts = item.components(separatedBy: "<strong>")
            guard parts.count == 2 else { continue }
            values[parts[0]] = parts[1].components(separatedBy: "</strong>")[0]
        }
        return values
    }

    /// Whether a file is an embed page's, which has no preview tags.
    static func isEmbed(_ file: String) -> Bool {
        file.hasSuffix("index.html") && SiteMap.isEmbed(String(file.dropLast("index.html".count)))
    }

    private func site(config: SiteConfig = SiteConfig()) throws -> [String: String] {
        let release = try SampleSite.release()
        return try SampleSite.pages([release], texts: [release.id: SampleSite.report()], config: config)
    }

    func testEveryPageCarriesTheTagsAndNoAbsoluteOneWithoutABaseURL() throws {
        let pages = try site()
        let html = pages.filter { $0.key.hasSuffix(".html") && !Self.isEmbed($0.key) }
        XCTAssertGreaterThan(html.count, 10)
        for (path, page) in html {
            for key in ["og:title", "og:description", "og:type", "og:site_name", "twitter:card"] {
                XCTAssertNotNil(Self.meta(key, in: page), "\(path) has no \(key)")
            }
            XCTAssertEqual(Self.meta("og:locale", in: page), "ko_KR", path)
            XCTAssertNil(Self.meta("og:url", in: page), path)
            XCTAssertNil(Self.meta("og:image", in: page), path)
            XCTAssertFalse(page.contains("rel=\"canonical\""), path)
        }
    }

    func testUnderABaseURLEveryPageHasAnAbsoluteURLAndCanonical() throws {
        let pages = try site(config: SiteConfig(baseURL: Self.base))
        for (path, page) in pages where path.hasSuffix(".html") && !Self.isEmbed(path) {
            let url = try XCTUnwrap(Self.meta("og:url", in: page), path)
            XCTAssertTrue(url.hasPrefix(Self.base), "\(path): \(url)")
            XCTAssertTrue(page.contains("<link rel=\"canonical\" href=\"\(url)\">"), path)
            XCTAssertNil(Self.meta("og:image", in: page), "\(path): no card without `--cards`")
        }
    }

    func testEmbedPagesAreNoindexAndLeftOutOfTheSitemap() throws {
        let pages = try site(config: SiteConfig(baseURL: Self.base))
        let embed = try XCTUnwrap(pages["programs/마을활력소-운영/embed/index.html"])
        XCTAssertTrue(embed.contains("<meta name=\"robots\" content=\"noindex\">"))
        XCTAssertFalse(embed.contains("<script"))
        XCTAssertTrue(embed.contains("<svg class=\"narrow\""), "the narrow drawing alone, for a frame of any width")
        XCTAssertFalse(embed.contains("<svg class=\"wide\""))
        XCTAssertFalse(try XCTUnwrap(pages["sitemap.xml"]).contains("embed"))
        let program = try XCTUnwrap(pages["programs/마을활력소-운영/index.html"])
        XCTAssertTrue(program.contains("&lt;iframe src=&quot;\(Self.base)programs/"), "the snippet names the embed page absolutely")
    }

    /// A release's embed page holds its page's chart and its department pages' charts, one shown
    /// at a time by `:target` (the release's last, shown without a fragment); the home page has
    /// its own. Each chart's page links to it and, under a base URL, gives the snippet with the
    /// fragment that names its chart.
    func testReleaseAndHomeEmbedPagesHoldTheirChartsUnderTheIdsTheirPagesLinkTo() throws {
        let pages = try site(config: SiteConfig(baseURL: Self.base))
        let embed = try XCTUnwrap(pages["releases/2022-03-sample/embed/index.html"])
        XCTAssertTrue(embed.contains("<meta name=\"robots\" content=\"noindex\">"))
        XCTAssertFalse(embed.contains("<script"))
        XCTAssertTrue(embed.contains("<main class=\"charts\">"))
        XCTAssertTrue(embed.contains("<div id=\"시민참여과-1\">"), "the department page's first chart, under its slug")
        XCTAssertTrue(embed.contains("<div id=\"execution\" class=\"default\">"), "the release page's chart, last")
        XCTAssertEqual(embed.components(separatedBy: "<figure class=\"chart\"").count - 1,
                       embed.components(separatedBy: "<div id=").count - 1, "a chart an element with an id")
        XCTAssertTrue(embed.contains("target=\"_blank\" rel=\"noopener\">"), "a link back to the chart's page")
        let release = try XCTUnwrap(pages["releases/2022-03-sample/index.html"])
        XCTAssertTrue(release.contains("<a href=\"embed/\">퍼가기용 쪽</a>"), "a relative link, as every link of a page")
        XCTAssertTrue(release.contains("&lt;iframe src=&quot;\(Self.base)releases/2022-03-sample/embed/&quot;"))
        let department = try XCTUnwrap(pages["releases/2022-03-sample/departments/시민참여과/index.html"])
        let encoded = Slug.href("releases/2022-03-sample/embed/#시민참여과-1")
        XCTAssertTrue(department.contains("&lt;iframe src=&quot;\(Self.base)\(encoded)&quot;"), "the snippet names the chart by its fragment")
        let home = try XCTUnwrap(pages["embed/index.html"])
        XCTAssertTrue(home.contains("<meta name=\"robots\" content=\"noindex\">"))
        XCTAssertTrue(try XCTUnwrap(pages["index.html"]).contains("&lt;iframe src=&quot;\(Self.base)embed/&quot;"))
        XCTAssertFalse(try XCTUnwrap(pages["sitemap.xml"]).contains("embed"))
    }

    /// A small host has no embed page and no link or snippet to one.
    func testASmallHostHasNoEmbedPageNorLinkToOne() throws {
        let pages = try site(config: SiteConfig(baseURL: Self.base, profile: .small))
        XCTAssertEqual(pages.keys.filter { $0.contains("embed") }, [])
        for (path, page) in pages where path.hasSuffix(".html") {
            XCTAssertFalse(page.contains("퍼가기"), path)
        }
    }

    /// The description says the figures the page's glance shows, with the same strings.
    func testDescriptionFiguresAreThePageSummaryFigures() throws {
        let pages = try site()
        for path in ["programs/마을활력소-운영/index.html", "releases/2022-03-sample/index.html", "index.html"] {
            let page = try XCTUnwrap(pages[path], path)
            let description = try XCTUnwrap(Self.meta("og:description", in: page), path)
            XCTAssertEqual(Self.meta("description", in: page), description, path)
            let glance = Self.glance(page)
            let budget = try XCTUnwrap(glance["예산현액"], path)
            let executed = try XCTUnwrap(glance["집행액"] ?? glance["지출(집행액)"], path)
            let rate = try XCTUnwrap(glance["집행률"], path)
            let asOf = try XCTUnwrap(glance["기준일"], path)
            XCTAssertTrue(description.contains("예산현액 \(budget) 중 \(executed) 집행(\(rate))"), "\(path): \(description) against \(glance)")
            XCTAssertTrue(description.contains("\(asOf) 기준"), "\(path): \(description)")
            XCTAssertTrue(description.contains("2022년 3월 보고서 기준"), "\(path): \(description)")
        }
        let program = try XCTUnwrap(pages["programs/마을활력소-운영/index.html"])
        XCTAssertEqual(Self.meta("og:description", in: program),
                       "‘마을활력소 운영’, 2022년 3월 보고서 기준 예산현액 80만 원 중 50만 원 집행(62.5%), 2022. 3. 24. 기준")
    }

    /// A release's department page says the figures of its glance (the department's total row).
    func testDepartmentDescriptionFiguresAreThePageSummaryFigures() throws {
        let pages = try site()
        let path = "releases/2022-03-sample/departments/시민참여과/index.html"
        let page = try XCTUnwrap(pages[path])
        let description = try XCTUnwrap(Self.meta("og:description", in: page))
        XCTAssertEqual(Self.meta("description", in: page), description)
        let glance = Self.glance(page)
        let budget = try XCTUnwrap(glance["부서 예산현액"]), executed = try XCTUnwrap(glance["집행액"])
        let rate = try XCTUnwrap(glance["집행률"]), asOf = try XCTUnwrap(glance["기준일"])
        XCTAssertEqual(description, "시민참여과, 2022년 3월 보고서 기준 예산현액 \(budget) 중 \(executed) 집행(\(rate)), \(asOf) 기준")
        XCTAssertEqual(description, "시민참여과, 2022년 3월 보고서 기준 예산현액 100만 원 중 50만 원 집행(50.0%), 2022. 3. 24. 기준")
    }

    /// A department's page across releases says the figures of its latest release's row, as its
    /// glance shows them.
    func testDepartmentLineageDescriptionFiguresAreThePageSummaryFigures() throws {
        let pages = try site()
        let (path, page) = try XCTUnwrap(pages.first { $0.key.hasPrefix("departments/") && $0.key.hasSuffix("/index.html") && $0.value.contains("<title>시민참여과 (보고서별)") })
        let description = try XCTUnwrap(Self.meta("og:description", in: page), path)
        let glance = Self.glance(page)
        let budget = try XCTUnwrap(glance["예산현액"], path), executed = try XCTUnwrap(glance["집행액"], path)
        let rate = try XCTUnwrap(glance["집행률"], path), asOf = try XCTUnwrap(glance["기준일"], path)
        XCTAssertEqual(description, "시민참여과, 2022년 3월 보고서 기준 예산현액 \(budget) 중 \(executed) 집행(\(rate)), \(asOf) 기준")
        XCTAssertEqual(Self.meta("description", in: page), description)
    }

    /// A work item with a budget table says that table's figures (its total row, or its one
    /// program row), as the glance above the table shows them.
    func testWorkItemDescriptionFiguresAreThePageSummaryFigures() throws {
        let table = """
        ※ 자치구 협의 중

        ‣ 예산집행 현황 (단위: 천원, ’22.3.24.기준)

        사업명 예산현액
        집행액 집행률(%)

        원인행위 지출액 원인행위 지출액

        마을활력소 운영 800 500 500 62.5% 62.5%

        """
        let text = SampleSite.report().replacingOccurrences(of: "※ 자치구 협의 중\n", with: table)
        let release = try SampleSite.release(report: text)
        let pages = try SampleSite.pages([release], texts: [release.id: text])
        let page = try XCTUnwrap(pages["releases/2022-03-sample/items/1/index.html"])
        let description = try XCTUnwrap(Self.meta("og:description", in: page))
        let glance = Self.glance(page)
        let budget = try XCTUnwrap(glance["예산현액"]), executed = try XCTUnwrap(glance["집행액"])
        let rate = try XCTUnwrap(glance["집행률"]), asOf = try XCTUnwrap(glance["기준일"])
        XCTAssertEqual(description, "주요업무 1 ‘마을활력소 조성’, 2022년 3월 보고서 기준 예산현액 \(budget) 중 \(executed) 집행(\(rate)), \(asOf) 기준")
        XCTAssertEqual(description, "주요업무 1 ‘마을활력소 조성’, 2022년 3월 보고서 기준 예산현액 80만 원 중 50만 원 집행(62.5%), 2022. 3. 24. 기준")
        XCTAssertTrue(page.contains("표의 ‘마을활력소 운영’ 행"), "the glance names its row")
        // Without a table, the description stays a sentence of the item (the golden item page).
        let plain = try XCTUnwrap(try site()["releases/2022-03-sample/items/1/index.html"])
        XCTAssertEqual(Self.meta("og:description", in: plain), "시민참여국 현안업무보고 주요업무 1: 마을활력소 조성")
    }

    /// The charts with no file of their own (release, department, home) have SVG and PNG buttons
    /// that the site's script shows and fills; hidden without it. Program charts keep their files.
    func testChartsWithoutAFileHaveButtonsTheScriptShows() throws {
        let pages = try site(config: SiteConfig(baseURL: Self.base))
        for (path, name) in [("releases/2022-03-sample/index.html", "2022-03-sample-departments"),
                             ("index.html", "latest-departments"),
                             ("releases/2022-03-sample/departments/시민참여과/index.html", "2022-03-sample-시민참여과-1")] {
            let page = try XCTUnwrap(pages[path], path)
            let line = try XCTUnwrap(page.range(of: "</figure>\n<p class=\"chart-share chart-save\" data-name=\"\(name)\" data-source=\"출처: 서울시 부서 업무보고 ("), "\(path): the buttons follow the chart")
            let rest = page[line.upperBound...]
            let paragraph = rest[..<rest.range(of: "</p>")!.upperBound]
            XCTAssertTrue(paragraph.contains("’ 표, 2022. 3. 24. 기준)\" hidden>"), "\(path): \(paragraph)")
            XCTAssertTrue(paragraph.contains("<button type=\"button\" data-save=\"svg\">SVG</button>"), path)
            XCTAssertTrue(paragraph.contains("<button type=\"button\" data-save=\"png\">PNG (2배)</button>"), path)
            XCTAssertFalse(page.contains("chart-rate.svg"), "\(path) has no chart file")
        }
        let program = try XCTUnwrap(pages["programs/마을활력소-운영/index.html"])
        XCTAssertTrue(program.contains("download>SVG</a><span hidden> · <button type=\"button\" data-save=\"png\">PNG (2배)</button></span>"),
                      "a program's chart links its SVG file; its PNG, without cards, the script makes")
        XCTAssertFalse(program.contains("data-save=\"svg\""))
        XCTAssertNotNil(pages["programs/마을활력소-운영/chart-rate.svg"])
        let script = try XCTUnwrap(pages[SiteScript.path])
        XCTAssertTrue(script.contains("p.chart-save") && script.contains("line.hidden = false"))
        XCTAssertTrue(script.contains("text.heading"), "the file carries the chart's own style")
    }

    func testQuotesAndAngleBracketsAreEscapedInTheTags() throws {
        let name = "따옴표 \"큰\" 'ㅈ' <b>굵게</b> & 사업"
        let text = SampleSite.report(program: name)
        let release = try SampleSite.release(report: text)
        let pages = try SampleSite.pages([release], texts: [release.id: text], config: SiteConfig(baseURL: Self.base))
        let page = try XCTUnwrap(pages.first { $0.key.hasPrefix("programs/따옴표") && $0.key.hasSuffix("/index.html") && !$0.key.contains("embed") }?.value)
        XCTAssertEqual(Self.meta("og:title", in: page), "따옴표 &quot;큰&quot; &#39;ㅈ&#39; &lt;b&gt;굵게&lt;/b&gt; &amp; 사업")
        XCTAssertFalse(page.contains("<b>굵게"))
    }

    /// A 300-character name with a right-to-left override and emoji: cut on a character boundary,
    /// with no control character left in any tag.
    func testLongNamesWithBidiControlsAndEmojiAreCutCleanly() throws {
        let name = "\u{202E}사업👨‍👩‍👧" + String(repeating: "가나다라마바사아자차🇰🇷", count: 30)
        let text = SampleSite.report(program: name)
        let release = try SampleSite.release(report: text)
        let pages = try SampleSite.pages([release], texts: [release.id: text], config: SiteConfig(baseURL: Self.base))
        let page = try XCTUnwrap(pages.first { $0.key.hasPrefix("programs/") && $0.key.contains("사업") && $0.key.hasSuffix("/index.html") && !$0.key.contains("embed") }?.value)
        let title = try XCTUnwrap(Self.meta("og:title", in: page))
        XCTAssertEqual(title.count, LinkPreview.titleLimit)
        XCTAssertTrue(title.hasSuffix("…"))
        XCTAssertTrue(title.hasPrefix("사업👨‍👩‍👧"), "the family emoji is one character and kept whole: \(title)")
        XCTAssertTrue(name.hasPrefix("\u{202E}" + String(title.dropLast())), "cut between characters, not inside one")
        let description = try XCTUnwrap(Self.meta("og:description", in: page))
        XCTAssertLessThanOrEqual(description.count, LinkPreview.descriptionLimit)
        for (path, html) in pages where path.hasSuffix(".html") {
            let head = String(html[..<html.range(of: "</head>")!.lowerBound])
            XCTAssertFalse(head.unicodeScalars.contains { PreviewText.isControl($0) && $0 != "\n" }, "\(path) has a control character in its head")
        }
    }

    func testPreviewTextDropsControlsAndCutsOnCharacters() {
        XCTAssertEqual(PreviewText.clean("a\u{202E}b\u{0007}c\n d", limit: 10), "abc d")
        XCTAssertEqual(PreviewText.clean("🇰🇷🇰🇷🇰🇷", limit: 2), "🇰🇷…")
        XCTAssertEqual(PreviewText.clean("가나다", limit: 3), "가나다")
    }
}

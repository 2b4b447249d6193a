import XCTest
@testable import SitegenSite

/// Issue 26: the addresses of the JSON twins the site no longer writes answer with their CSV.
final class SiteRedirectsTests: XCTestCase {
    func testContentNamedFoldersBecomePlaceholders() {
        XCTAssertEqual(SiteRedirects.pattern(of: "releases/2018-07-a/items/4-1/table-1.csv"), "releases/:release/items/:item/table-1.csv")
        XCTAssertEqual(SiteRedirects.pattern(of: "releases/2018-07-a/departments/청년정책담당관/table-2.csv"),
                       "releases/:release/departments/:department/table-2.csv")
        XCTAssertEqual(SiteRedirects.pattern(of: "releases/2018-07-a/audit/demands.csv"), "releases/:release/audit/demands.csv")
        XCTAssertEqual(SiteRedirects.pattern(of: "programs/마을활력소-운영/history.csv"), "programs/:program/history.csv")
        XCTAssertEqual(SiteRedirects.pattern(of: "programs/initial/giyeok/x.csv"), "programs/initial/giyeok/x.csv")
        XCTAssertEqual(SiteRedirects.pattern(of: "departments/시민참여과/releases.csv"), "departments/:department/releases.csv")
        XCTAssertEqual(SiteRedirects.pattern(of: "latest-departments.csv"), "latest-departments.csv")
    }

    func testOneRuleAKindUnderTheBasePathAndNoneForTheAnalystsFiles() {
        let redirects = SiteRedirects(writtenPaths: [
            "releases/a/table-1.csv", "releases/b/table-1.csv", "releases/b/table-2.csv", "releases/a/index.html",
            "data/budget-lines.csv", "releases/a/manifest.json",
        ])
        XCTAssertEqual(redirects.text(basePath: "/reports/"), """
        # Addresses this site once published, and where their content is now.
        /reports/releases/:release/table-1.json /reports/releases/:release/table-1.csv 301
        /reports/releases/:release/table-2.json /reports/releases/:release/table-2.csv 301

        """)
    }

    func testASmallHostAnswersWhatItLeavesOutWithinCloudflaresLimits() {
        let redirects = SiteRedirects(writtenPaths: ["latest-departments.csv", "releases/a/tables.zip"], profile: .small)
        let froms = redirects.rules.map(\.from)
        XCTAssertEqual(Array(froms.prefix(2)), ["embed/", "latest-departments.json"], "static rules first")
        XCTAssertTrue(redirects.rules.contains(.init(from: "releases/:release/table-1.csv", to: "releases/:release/tables.zip")))
        XCTAssertTrue(redirects.rules.contains(.init(from: "programs/:program/embed/", to: "programs/:program/")))
        XCTAssertTrue(redirects.rules.contains(.init(from: "releases/:release/items/:item/", to: "releases/:release/items/")),
                      "a work item's page answers from its release's items page, a line's #L anchor kept")
        XCTAssertTrue(redirects.rules.contains(.init(from: "releases/:release/embed/", to: "releases/:release/")))
        XCTAssertTrue(redirects.rules.contains(.init(from: "embed/", to: "")), "the home page's embed page to the home page")
        XCTAssertFalse(froms.contains { $0.hasSuffix("manifest.json") || $0.hasSuffix("/") && !$0.hasSuffix("embed/") && !$0.hasSuffix(":item/") },
                       "never a rule for an address the site still writes")
        XCTAssertLessThanOrEqual(redirects.rules.filter(\.isDynamic).count, 100, "Cloudflare Pages: 100 dynamic redirects")
        XCTAssertEqual(SiteRedirects(writtenPaths: ["latest-departments.csv"], profile: .standard).rules.count, 1)
    }
}

import XCTest
@testable import SitegenContent
@testable import SitegenSite
@testable import SitegenTemplates

/// The keys the pages declare beside their templates (what they read) for the incremental build.
final class PageKeyTests: XCTestCase {
    private func releaseWithOneProgram(_ id: String, _ month: String) -> Release {
        let line = BudgetLine(label: "공공토론 운영 지원", kind: .program, department: "시험과", amounts: [.budget: 295_000],
                              firstLine: 1, lastLine: 1)
        let table = BudgetTable(title: "예산", unit: .thousandWon, asOf: nil, columns: [.budget], lines: [line], firstLine: 1, lastLine: 1)
        return Release(id: id, metadata: ReleaseMetadata(title: id, issuer: "시험국", date: YearMonth(month)!),
                       source: SourceInfo(path: "", sha256: "", byteCount: 0, lineCount: 0, encoding: "UTF-8"),
                       report: Report(budgetTables: [table]))
    }

    /// A department missing from a report links, from its next page, to its page in the
    /// report before: that page's title is part of the later release's pages, so its key
    /// changes when the earlier release changes, though that is not the previous release.
    func testADepartmentsPreviousReportIsInItsReleasesKey() throws {
        func release(_ id: String, _ month: String, departments: [String]) -> Release {
            var made = releaseWithOneProgram(id, month)
            made.report.departments = departments.map { Department(name: $0, printedForms: [$0]) }
            return made
        }
        let releases = [release("a", "2018-07", departments: ["시험과", "공론과"]), release("b", "2019-07", departments: ["시험과"]),
                        release("c", "2020-07", departments: ["시험과", "공론과"])]
        var site = SiteContent(releases: releases, config: SiteConfig())
        site.contentKeys = ["a": "a1", "b": "b1", "c": "c1"]
        XCTAssertEqual(site.previousRelease(of: 2), 1)
        XCTAssertEqual(site.previousAppearance(release: 2, name: "공론과")?.release, 0, "the department is not in b")
        XCTAssertEqual(site.previousAppearance(release: 2, name: "시험과")?.release, 1)
        XCTAssertNil(site.previousAppearance(release: 0, name: "공론과"))
        let before = try XCTUnwrap(ReleasePages.key(2, site: site))
        site.contentKeys["a"] = "a2"
        XCTAssertNotEqual(ReleasePages.key(2, site: site), before, "c's 공론과 page shows a's title")
    }

    /// A release's embed page (its page's chart and its department pages' charts) is one of the
    /// release page's files, so it is made again whenever the release page's key changes: the
    /// release, the base URL and the host profile (a small host has none) are in it.
    func testAReleasesEmbedPageGoesWithTheReleasePageUnderItsKey() throws {
        var release = releaseWithOneProgram("a", "2022-07")
        release.report.departments = [Department(name: "시험과", printedForms: ["시험과"])]
        func site(_ config: SiteConfig) -> SiteContent {
            var site = SiteContent(releases: [release], config: config)
            site.contentKeys = ["a": "a1"]
            return site
        }
        func key(_ site: SiteContent) -> String? { ReleasePage.key(0, releaseKey: ReleasePages.key(0, site: site), site: site) }
        let standard = site(SiteConfig())
        let embed = try XCTUnwrap(ReleasePage(site: standard, index: standard.releases[0]).page.attachments.first { $0.path == "releases/a/embed/index.html" })
        XCTAssertTrue(String(decoding: embed.bytes, as: UTF8.self).contains("<div id=\"시험과-1\""))
        let small = site(SiteConfig(profile: .small))
        XCTAssertFalse(ReleasePage(site: small, index: small.releases[0]).page.attachments.contains { $0.path.contains("embed") })
        XCTAssertNotEqual(key(standard), key(small))
        XCTAssertNotEqual(key(standard), key(site(SiteConfig(baseURL: "https://example.org/"))))
    }
}

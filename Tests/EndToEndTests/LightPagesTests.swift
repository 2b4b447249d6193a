import Foundation
import XCTest
import SitegenText
import SitegenTemplates

/// Pages that would grow with the archive are split (issue 7, item 3), on the default site:
/// the findings page is a summary, the 가나다 index is a page per initial consonant, and the
/// search index is many small files, never one.
final class LightPagesTests: XCTestCase {
    private func page(_ path: String) throws -> String {
        try String(contentsOf: BuiltSite.output.appendingPathComponent(path), encoding: .utf8)
    }

    private let initials = ["giyeok", "nieun", "digeut", "rieul", "mieum", "bieup", "siot", "ieung", "jieut",
                            "chieut", "kieuk", "tieut", "pieup", "hieut", "other"]

    func testFindingsPageCountsAndLinksToEachReleasesFindings() throws {
        let html = try page("findings/index.html")
        // 2022-03 line 75: the 합계 row does not add up (a sum-mismatch, RealReportFindingsTests);
        // the summary links to the release's findings, it does not list them.
        XCTAssertTrue(html.contains("href=\"../releases/2022-03-citizen-cooperation-bureau/#findings\""), "links to the release's findings")
        XCTAssertFalse(html.contains("source/#L75"), "no finding is listed on the summary")
        let release = try page("releases/2022-03-citizen-cooperation-bureau/index.html")
        XCTAssertTrue(release.contains("id=\"findings\""), "the target of the link exists")
        XCTAssertTrue(release.contains("source/#L75"), "the finding is on the release page")
    }

    func testProgramIndexIsAPageAnInitialConsonant() throws {
        let index = try page("programs/index.html")
        for name in initials {
            XCTAssertTrue(index.contains("href=\"initial/\(name)/\""), "programs/ links to initial/\(name)/")
            XCTAssertTrue(FileManager.default.fileExists(atPath: BuiltSite.output.appendingPathComponent("programs/initial/\(name)/index.html").path), name)
        }
        XCTAssertFalse(index.contains("보고서 5건"), "programs are listed on the consonants' pages, not here")
        // 서울혁신파크 운영 runs through all five reports (2018-07 line 224 … 2022-07); ㅅ is `siot`.
        let siot = try page("programs/initial/siot/index.html")
        XCTAssertTrue(siot.contains(">서울혁신파크 운영</a>"), "listed under ㅅ")
        XCTAssertTrue(siot.contains("href=\"../../서울혁신파크-운영/\""), "links to the program, its Hangul as UTF-8")
        XCTAssertFalse(try page("programs/initial/giyeok/index.html").contains(">서울혁신파크 운영</a>"))
        // The search page offers the same pages to readers without JavaScript.
        XCTAssertTrue(try page("search/index.html").contains("href=\"../programs/initial/siot/\""))
    }

    func testEveryProgramIsOnExactlyOneConsonantPage() throws {
        var listed: [String: Int] = [:]
        for name in initials {
            for reference in PageLinks(html: try page("programs/initial/\(name)/index.html")).references
            where reference.hasPrefix("../../") && !reference.hasPrefix("../../../") && reference != "../../" {
                listed[reference, default: 0] += 1
            }
        }
        let programs = try FileManager.default.contentsOfDirectory(atPath: BuiltSite.output.appendingPathComponent("programs").path)
            .filter { $0 != "index.html" && $0 != "initial" }
        XCTAssertEqual(listed.count, programs.count, "every program page is listed")
        XCTAssertEqual(Set(listed.values), [1], "and listed once")
    }

    func testSearchIndexIsSmallFilesAndNoCopy() throws {
        let search = BuiltSite.output.appendingPathComponent("search")
        XCTAssertFalse(FileManager.default.fileExists(atPath: search.appendingPathComponent("index.json").path), "no second copy of the index")
        let entry = try page("search/index.js")
        XCTAssertLessThan(entry.utf8.count, 200, entry)
        let files = BuiltSite.files(under: search).filter { $0.hasSuffix(".js") && $0 != "index.js" }
        XCTAssertGreaterThan(files.count, 20)
        for file in files {
            let size = try Data(contentsOf: search.appendingPathComponent(file)).count
            XCTAssertLessThan(size, 32_000, "search/\(file)")
        }
    }
}

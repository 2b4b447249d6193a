import Foundation
import XCTest
import SitegenSite
import SitegenTemplates
import SitegenBuild

/// The charts with no file of their own (release, department and home pages) in headless
/// Chromium (`chart_save.py`): the site's script shows their SVG and PNG buttons, which save the
/// chart on the page as a well-formed SVG with its title, source and permalink, and as a PNG at
/// 2×; a program's chart, whose SVG is a file, gets the PNG button (without `--cards`, which
/// draws the PNG file); without JavaScript no button is shown.
final class ChartSaveTests: XCTestCase {
    func testTheButtonsSaveTheChartOnThePageAndHideWithoutScript() throws {
        let ready = try BuiltSite.run("python3", ["-c", "import selenium"])
        guard ready.status == 0, FileManager.default.fileExists(atPath: "/usr/bin/chromedriver") else {
            return XCTFail("selenium or chromedriver is missing: run scripts/install-deps --test (make test does)\n\(ready.output)")
        }
        let site = BuiltSite.output
        let release = "releases/2022-07-citizen-cooperation-bureau/"
        let departments = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(release + "departments").path).sorted()
        let department = try XCTUnwrap(departments.first { department in
            let page = (try? String(contentsOf: site.appendingPathComponent("\(release)departments/\(department)/index.html"), encoding: .utf8)) ?? ""
            return page.contains("chart-save")
        }, "a department page with a chart")
        let script = BuiltSite.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/chart_save.py")
        let result = try BuiltSite.run("python3", [script.path, site.path, "", release, "\(release)departments/\(department)/",
                                                   "programs/서울혁신파크-운영/"])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("checked 4 pages, 7 files downloaded, 0 problems"), result.output)
    }
}

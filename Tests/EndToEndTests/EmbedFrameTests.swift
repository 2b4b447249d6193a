import Foundation
import XCTest
import SitegenSite
import SitegenTemplates
import SitegenBuild

/// A program's embed page in headless Chromium at 320 and 800 px (`embed_frame.py`): alone it
/// does not scroll sideways and passes axe-core; in an `<iframe>` made from the snippet on the
/// program page it has no scrollbar and shows its chart. (The Nu checker validates the embed pages
/// with the rest of the site: `SiteValidityTests`.)
final class EmbedFrameTests: XCTestCase {
    func testTheSnippetsFrameShowsTheChartWithoutScrollbarsAndPassesAxe() throws {
        let ready = try BuiltSite.run("python3", ["-c", "import selenium, axe_selenium_python"])
        guard ready.status == 0, FileManager.default.fileExists(atPath: "/usr/bin/chromedriver") else {
            return XCTFail("selenium, axe-selenium-python or chromedriver is missing: run scripts/install-deps --test (make test does)\n\(ready.output)")
        }
        let base = "https://example.org/"
        let output = BuiltSite.temporaryFolder("embed")
        try SiteBuilder(contentDirectory: BuiltSite.content, outputDirectory: output, config: SiteConfig(baseURL: base),
                        theme: StandardTheme()).build()
        let script = BuiltSite.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/embed_frame.py")
        let result = try BuiltSite.run("python3", [script.path, output.path, base, "programs/서울혁신파크-운영"])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("checked 4 page loads, 0 problems"), result.output)
    }
}

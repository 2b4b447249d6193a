import Foundation
import XCTest

/// The program page and the release page printed by Chromium to A4 (`print_fit.py`): the chart
/// and every column of every table fit the printable width (laid out for print at that width, no
/// element runs past it; every column heading is in the PDF's text), and with `--base-url` the
/// address of each link the print style marks is printed (in the PDF's text); without it, none is.
final class PrintTests: XCTestCase {
    private static let pages = ["programs/서울혁신파크-운영", "releases/2022-07-citizen-cooperation-bureau"]

    private func printed(_ site: URL, base: String) throws -> String {
        let ready = try BuiltSite.run("python3", ["-c", "import selenium"])
        guard ready.status == 0, FileManager.default.fileExists(atPath: "/usr/bin/chromedriver"), BuiltSite.isInstalled("pdftotext") else {
            XCTFail("selenium, chromedriver or pdftotext (poppler-utils) is missing: run scripts/install-deps --test (make test does)\n\(ready.output)")
            return ""
        }
        let script = BuiltSite.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/print_fit.py")
        let result = try BuiltSite.run("python3", [script.path, site.path, base] + Self.pages)
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("checked 2 pages, 0 problems"), result.output)
        return result.output
    }

    func testPrintedPagesFitA4AndPrintTheirLinksAddressesUnderABaseURL() throws {
        let output = try printed(BuiltSite.withBaseURL, base: BuiltSite.baseURL)
        XCTAssertFalse(output.contains(" 0 of this site"), "every page prints the addresses of its links to the site:\n\(output)")
    }

    func testWithoutABaseURLNoAddressIsPrinted() throws {
        let output = try printed(BuiltSite.output, base: "")
        XCTAssertEqual(output.components(separatedBy: " 0 of this site").count - 1, Self.pages.count, output)
    }
}

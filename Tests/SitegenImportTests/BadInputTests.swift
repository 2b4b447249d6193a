import XCTest

/// Bad input gets one line naming the file and exit status 1, and nothing is written to
/// the content folder (`sitegen import` run as a user would).
final class BadInputTests: XCTestCase {
    func refused(_ file: String, _ expected: String, environment: [String: String] = [:],
                 line: UInt = #line) throws {
        let command = ImportCommand("bad")
        let result = try command.run(["import", file, "--release", "2022-03-x"], environment: environment)
        XCTAssertEqual(result.status, 1, line: line)
        XCTAssertEqual(result.error.split(separator: "\n").count, 1, result.error, line: line)
        XCTAssertTrue(result.error.hasPrefix("error: \(file): "), result.error, line: line)
        XCTAssertTrue(result.error.contains(expected), result.error, line: line)
        XCTAssertEqual(command.files, ["releases"], "nothing written", line: line)
    }

    func scratch(_ name: String, _ bytes: [UInt8]) -> String {
        let url = ImportFixtures.temporaryFolder("input").appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    func testBrokenAndHostilePDFs() throws {
        let whole = Array(try Data(contentsOf: URL(fileURLWithPath: ImportFixtures.path("2022-03-citizen-cooperation-bureau.pdf"))))
        try refused(scratch("truncated.pdf", Array(whole.prefix(whole.count / 3))), "could not read it")
        try refused(ImportFixtures.path("encrypted.pdf"), "encrypted")
        try refused(ImportFixtures.path("bomb.pdf"), "3000 pages")
        try refused(ImportFixtures.path("2022-03-image-only.pdf"), "no text layer")
        try refused(ImportFixtures.path("2022-03-no-tounicode.pdf"), "without a ToUnicode map); import it with --ocr")
    }

    func testHostileHWPX() throws {
        try refused(ImportFixtures.path("zip-bomb.hwpx"), "zip bomb")
        try refused(ImportFixtures.path("traversal.hwpx"), "leaves its folder")
    }

    func testFilesThatAreNotWhatTheySay() throws {
        try refused(scratch("empty.pdf", []), "empty (0 bytes)")
        try refused(scratch("report.pdf", Array("주요업무보고\n".utf8)), "neither a PDF")
        try refused(scratch("report.hwp", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)),
                    "save it as HWPX or PDF")
    }

    func testMissingToolsNameTheirDebianPackage() throws {
        let pdf = try ImportFixtures.path("2022-03-citizen-cooperation-bureau.pdf")
        try refused(pdf, "install Debian's poppler-utils", environment: ["PATH": "/nonexistent"])
        let command = ImportCommand("ocr")
        let result = try command.run(["import", try ImportFixtures.path("2022-03-image-only.pdf"), "--release", "x", "--ocr"],
                                     environment: ["PATH": "/usr/bin/no-tesseract-here:" + popplerOnly()])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.error.contains("tesseract is not installed; install Debian's tesseract-ocr and tesseract-ocr-kor"), result.error)
        XCTAssertEqual(command.files, ["releases"])
    }

    /// A folder holding links to poppler's tools alone, so that tesseract is missing.
    func popplerOnly() -> String {
        let folder = ImportFixtures.temporaryFolder("bin")
        for tool in ["pdfinfo", "pdftotext", "pdffonts", "pdftoppm"] {
            try? FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(tool).path, withDestinationPath: "/usr/bin/\(tool)")
        }
        return folder.path
    }

    func testAnExistingReleaseAndABadIdAreRefused() throws {
        let command = ImportCommand("twice")
        let pdf = try ImportFixtures.path("2022-03-citizen-cooperation-bureau.pdf")
        XCTAssertEqual(try command.run(["import", pdf, "--release", "2022-03-pdf"]).status, 0)
        let again = try command.run(["import", pdf, "--release", "2022-03-pdf"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.error.contains("releases/2022-03-pdf: the release already exists"), again.error)
        let bad = try command.run(["new", "Bad Id", "--from", pdf])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(command.files, ["releases", "releases/2022-03-pdf", "releases/2022-03-pdf/original.pdf",
                                       "releases/2022-03-pdf/pages.tsv", "releases/2022-03-pdf/release.yml",
                                       "releases/2022-03-pdf/report.txt"])
    }
}

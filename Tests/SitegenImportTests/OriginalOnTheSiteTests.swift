import XCTest

/// An imported PDF on the built site: the original published and checked, and every budget line
/// linked to the page of the original that prints its program (read back with pdftotext).
final class OriginalOnTheSiteTests: XCTestCase {
    let id = "2022-03-citizen-cooperation-bureau"

    func testEveryBudgetLineLinksToAPageThatHoldsItsProgram() throws {
        let command = ImportCommand("site")
        let pdf = try ImportFixtures.path("\(id).pdf")
        XCTAssertEqual(try command.run(["import", pdf, "--release", "2022-03-pdf"]).status, 0)
        let output = command.content.deletingLastPathComponent().appendingPathComponent("public")
        let built = try command.run(["build", "--output", output.path, "--quiet"])
        XCTAssertEqual(built.status, 0, built.error)
        let release = output.appendingPathComponent("releases/2022-03-pdf")
        XCTAssertEqual(try Data(contentsOf: release.appendingPathComponent("original.pdf")), try Data(contentsOf: URL(fileURLWithPath: pdf)))
        let manifest = try String(contentsOf: release.appendingPathComponent("manifest.json"), encoding: .utf8)
        XCTAssertTrue(manifest.contains("releases/2022-03-pdf/original.pdf"))

        // Program names by the line they start on, from budget-lines.csv.
        let csv = BudgetRows.parse(try String(contentsOf: output.appendingPathComponent("data/budget-lines.csv"), encoding: .utf8))
        let header = try XCTUnwrap(csv.first)
        let line = try XCTUnwrap(header.firstIndex(of: "source_line")), program = try XCTUnwrap(header.firstIndex(of: "program"))
        var names: [Int: String] = [:]
        for row in csv.dropFirst() where row[0] == "2022-03-pdf" { names[Int(row[line])!] = row[program] }
        XCTAssertEqual(names.count, 62)

        let page = try String(contentsOf: release.appendingPathComponent("index.html"), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: "원문 ([0-9]+)행</a> <a class=\"original-page\" href=\"[^\"]*original\\.pdf#page=([0-9]+)\"")
        var checked = Set<Int>()
        for match in pattern.matches(in: page, range: NSRange(page.startIndex..., in: page)) {
            let sourceLine = Int(page[Range(match.range(at: 1), in: page)!])!
            let physical = Int(page[Range(match.range(at: 2), in: page)!])!
            guard let name = names[sourceLine], !checked.contains(sourceLine) else { continue }
            checked.insert(sourceLine)
            let text = try pageText(pdf, physical).filter { !$0.isWhitespace }
            XCTAssertTrue(text.contains(String(name.filter { !$0.isWhitespace }.prefix(8))), "line \(sourceLine) '\(name)' on page \(physical)")
        }
        XCTAssertEqual(checked.count, names.count, "every budget line has its page link")
    }

    func testABuildRefusesAnOriginalThatChanged() throws {
        let command = ImportCommand("changed")
        XCTAssertEqual(try command.run(["import", try ImportFixtures.path("\(id).pdf"), "--release", "2022-03-pdf"]).status, 0)
        let original = command.content.appendingPathComponent("releases/2022-03-pdf/original.pdf")
        let handle = try FileHandle(forWritingTo: original)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("%".utf8))
        try handle.close()
        let built = try command.run(["build", "--output", command.content.deletingLastPathComponent().appendingPathComponent("public").path])
        XCTAssertEqual(built.status, 1)
        XCTAssertEqual(built.error, "error: \(command.content.path)/releases/2022-03-pdf/original.pdf: does not match the SHA-256 in release.yml; the original must stay as published: import it again (sitegen import FILE --release 2022-03-pdf)\n")
    }

    func pageText(_ pdf: String, _ page: Int) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-layout", "-f", String(page), "-l", String(page), pdf, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

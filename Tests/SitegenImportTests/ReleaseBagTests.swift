import XCTest

/// An imported release's BagIt bag on the built site: validated by the Library of Congress's
/// `bagit.py --validate`, and the same bytes from two builds.
final class ReleaseBagTests: XCTestCase {
    func testTheBagValidatesAndTwoBuildsGiveTheSameBytes() throws {
        let command = ImportCommand("bag")
        XCTAssertEqual(try command.run(["import", try ImportFixtures.path("2022-03-citizen-cooperation-bureau.pdf"),
                                        "--release", "2022-03-pdf"]).status, 0)
        let root = command.content.deletingLastPathComponent()
        var bags: [Data] = []
        for name in ["one", "two"] {
            let built = try command.run(["build", "--clean", "--output", root.appendingPathComponent(name).path, "--quiet"])
            XCTAssertEqual(built.status, 0, built.error)
            bags.append(try Data(contentsOf: root.appendingPathComponent("\(name)/releases/2022-03-pdf/2022-03-pdf.bag.zip")))
        }
        XCTAssertEqual(bags[0], bags[1])

        let unpacked = root.appendingPathComponent("unpacked")
        XCTAssertEqual(try run("/usr/bin/env", ["python3", "-m", "zipfile", "-e", root.appendingPathComponent("one/releases/2022-03-pdf/2022-03-pdf.bag.zip").path, unpacked.path]).status, 0)
        let bag = unpacked.appendingPathComponent("2022-03-pdf")
        let validated = try run("/usr/bin/env", ["python3", "-m", "bagit", "--validate", bag.path])
        XCTAssertEqual(validated.status, 0, validated.output)
        let info = try String(contentsOf: bag.appendingPathComponent("bag-info.txt"), encoding: .utf8)
        XCTAssertTrue(info.contains("Source-Organization: 시민협력국\n"), info)
        XCTAssertTrue(info.contains("External-Identifier: 2022-03-pdf\n"))
        XCTAssertTrue(info.contains("Bagging-Date: 2022-03-01\n"))
        let payload = try FileManager.default.contentsOfDirectory(atPath: bag.appendingPathComponent("data").path).sorted()
        XCTAssertEqual(payload, ["2022-03-pdf.json", "original.pdf", "pages.tsv", "release.yml", "report.txt"])
    }

    func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

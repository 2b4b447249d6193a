import XCTest
@testable import SitegenText
@testable import SitegenContent

/// Errors in `release.yml` name the file and the line of the offending key.
final class ReleaseMetadataErrorTests: XCTestCase {
    private let file = "content/releases/x/release.yml"

    private func parseError(_ yaml: String, _ message: StaticString = "expected an error", line: UInt = #line) -> SitegenError? {
        do {
            _ = try ReleaseMetadataParser.parse(yaml, file: file)
            XCTFail("\(message): parsed without error", line: line)
            return nil
        } catch let error as SitegenError {
            XCTAssertEqual(error.file, file, line: line)
            return error
        } catch {
            XCTFail("not a SitegenError: \(error)", line: line)
            return nil
        }
    }

    func testValidMetadata() throws {
        let metadata = try ReleaseMetadataParser.parse("""
        title: "시민협력국 현안업무보고"
        issuer: 시민협력국
        date: 2022-03
        committee: 행정자치위원회
        """, file: file)
        XCTAssertEqual(metadata.title, "시민협력국 현안업무보고")
        XCTAssertEqual(metadata.issuer, "시민협력국")
        XCTAssertEqual(metadata.date.description, "2022-03")
        XCTAssertEqual(metadata.committee, "행정자치위원회")
        XCTAssertNil(metadata.kind)
    }

    func testMissingKeyIsNamed() {
        let error = parseError("title: A\nissuer: B\n")
        XCTAssertTrue(error?.message.contains("'date'") == true, error?.message ?? "")
        let emptyTitle = parseError("title: \"\"\nissuer: B\ndate: 2022-03\n")
        XCTAssertTrue(emptyTitle?.message.contains("'title'") == true, emptyTitle?.message ?? "")
    }

    func testBadDateGivesTheLineOfTheDateKey() {
        for date in ["2022-3", "2022/03", "22-03", "2022-13"] {
            let error = parseError("title: A\nissuer: B\ndate: \(date)\nkind: 현안업무보고\n")
            XCTAssertEqual(error?.line, 3, date)
            XCTAssertTrue(error?.message.contains(date) == true, "\(date): \(error?.message ?? "")")
        }
    }

    func testUnknownKeyGivesItsLine() {
        let error = parseError("title: A\nissuer: B\ndate: 2022-03\nauthor: C\n")
        XCTAssertEqual(error?.line, 4)
        XCTAssertTrue(error?.message.contains("author") == true, error?.message ?? "")
    }

    func testInvalidYAMLGivesALine() throws {
        let error = try XCTUnwrap(parseError("title: \"A\nissuer: B\ndate: [2022\n"))
        let line = try XCTUnwrap(error.line, "a YAML error must carry a line")
        XCTAssertTrue((1...4).contains(line), "line \(line)")
    }

    func testNotAMapping() {
        let error = parseError("- title\n- issuer\n")
        XCTAssertNotNil(error?.line)
    }
}

/// `report.txt` is UTF-8, or CP949 converted; anything else is refused with a line.
final class ReportTextDecoderTests: XCTestCase {
    private let file = "releases/x/report.txt"

    private func decodeError(_ bytes: [UInt8], line: UInt = #line) -> SitegenError? {
        do {
            let decoded = try ReportTextDecoder.decode(bytes, file: file)
            XCTFail("decoded as \(decoded.encoding) without error", line: line)
            return nil
        } catch let error as SitegenError {
            XCTAssertEqual(error.file, file, line: line)
            return error
        } catch {
            XCTFail("not a SitegenError: \(error)", line: line)
            return nil
        }
    }

    func testUTF8() throws {
        let decoded = try ReportTextDecoder.decode(Array("시민협력국\n".utf8), file: file)
        XCTAssertEqual(decoded.text, "시민협력국\n")
        XCTAssertEqual(decoded.encoding, "UTF-8")
    }

    func testByteOrderMarkIsDropped() throws {
        let decoded = try ReportTextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("보고".utf8), file: file)
        XCTAssertEqual(decoded.text, "보고")
        XCTAssertEqual(decoded.encoding, "UTF-8")
    }

    func testEmptyFileIsLine1() {
        XCTAssertEqual(decodeError([])?.line, 1)
        XCTAssertEqual(decodeError(Array(" \n\t\r\n".utf8))?.line, 1)
    }

    func testNulByteGivesItsLine() {
        let bytes = Array("첫째 줄\n둘째 줄\n셋째".utf8) + [0x00] + Array(" 줄\n".utf8)
        let error = decodeError(bytes)
        XCTAssertEqual(error?.line, 3)
        XCTAssertTrue(error?.message.contains("NUL") == true, error?.message ?? "")
    }

    /// `한국` in CP949 (EUC-KR): C7 D1 B1 B9.
    func testCP949IsConverted() throws {
        let decoded = try ReportTextDecoder.decode([0xC7, 0xD1, 0xB1, 0xB9, 0x0A, 0x31, 0x2C, 0x32, 0x33, 0x34], file: file)
        XCTAssertEqual(decoded.text, "한국\n1,234")
        XCTAssertEqual(decoded.encoding, "CP949")
    }

    func testInvalidBytesAreRefusedWithTheirLine() {
        let error = decodeError([0x41, 0x0A, 0xFF, 0xFE, 0xFD, 0x0A])
        XCTAssertEqual(error?.line, 2)
        XCTAssertTrue(error?.message.contains("UTF-8") == true, error?.message ?? "")
    }
}

/// `ContentLoader` on temporary content folders: errors name the path.
final class ContentLoaderErrorTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("releases"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private let validYAML = "title: 보고\nissuer: 시민협력국\ndate: 2022-03\n"
    private let validReport = "시민협력국\n\nⅠ. 일 반 현 황\n"

    private func makeRelease(_ id: String, yaml: String?, report: String?) throws {
        let folder = root.appendingPathComponent("releases/\(id)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let yaml { try yaml.write(to: folder.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8) }
        if let report { try report.write(to: folder.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8) }
    }

    private func loadError(line: UInt = #line) -> SitegenError? {
        do {
            _ = try ContentLoader(contentDirectory: root).load()
            XCTFail("loaded without error", line: line)
            return nil
        } catch let error as SitegenError {
            return error
        } catch {
            XCTFail("not a SitegenError: \(error)", line: line)
            return nil
        }
    }

    func testValidRelease() throws {
        try makeRelease("2022-03-test", yaml: validYAML, report: validReport)
        let loaded = try ContentLoader(contentDirectory: root).load()
        XCTAssertEqual(loaded.map(\.release.id), ["2022-03-test"])
        XCTAssertEqual(loaded.first?.release.source.path.hasSuffix("releases/2022-03-test/report.txt"), true)
        XCTAssertEqual(loaded.first?.release.source.lineCount, 3)
        XCTAssertEqual(try loaded.first?.reportBytes, Array(validReport.utf8))
    }

    /// The report is read again when a page needs it: one changed since the release was read
    /// fails the build rather than publishing other bytes than the model was read from.
    func testReportChangedAfterLoadingIsRefused() throws {
        try makeRelease("2022-03-test", yaml: validYAML, report: validReport)
        let loaded = try XCTUnwrap(ContentLoader(contentDirectory: root).load().first)
        XCTAssertEqual(try loaded.text, validReport)
        try (validReport + "덧붙인 줄\n").write(to: root.appendingPathComponent("releases/2022-03-test/report.txt"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try loaded.reportBytes) { error in
            XCTAssertTrue("\(error)".contains("changed while the site was built"), "\(error)")
        }
    }

    func testMissingReleasesFolder() throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent("releases"))
        let error = loadError()
        XCTAssertTrue(error?.file.hasSuffix("releases") == true, error?.description ?? "")
    }

    func testMissingReleaseYML() throws {
        try makeRelease("2022-03-test", yaml: nil, report: validReport)
        let error = loadError()
        XCTAssertTrue(error?.file.hasSuffix("releases/2022-03-test/release.yml") == true, error?.description ?? "")
        XCTAssertTrue(error?.message.contains("release.yml") == true, error?.description ?? "")
    }

    func testMissingReportTxt() throws {
        try makeRelease("2022-03-test", yaml: validYAML, report: nil)
        let error = loadError()
        XCTAssertTrue(error?.file.hasSuffix("releases/2022-03-test/report.txt") == true, error?.description ?? "")
        XCTAssertTrue(error?.message.contains("report.txt") == true, error?.description ?? "")
    }

    func testBadFolderNames() throws {
        for id in ["2022-03-Test", "2022 03"] {
            try? FileManager.default.removeItem(at: root.appendingPathComponent("releases"))
            try makeRelease(id, yaml: validYAML, report: validReport)
            let error = loadError()
            XCTAssertTrue(error?.file.hasSuffix("releases/\(id)") == true, "\(id): \(error?.description ?? "")")
            XCTAssertTrue(error?.message.contains("'\(id)'") == true, "\(id): \(error?.description ?? "")")
        }
    }

    func testMetadataErrorInsideAReleaseNamesTheFileAndLine() throws {
        try makeRelease("2022-03-test", yaml: "title: 보고\nissuer: 시민협력국\ndate: 2022/03\n", report: validReport)
        let error = try XCTUnwrap(loadError())
        XCTAssertTrue(error.file.hasSuffix("releases/2022-03-test/release.yml"), error.description)
        XCTAssertEqual(error.line, 3)
        XCTAssertTrue(error.description.hasPrefix("\(error.file):3: "), error.description)
    }

    func testReportErrorInsideAReleaseNamesTheFileAndLine() throws {
        try makeRelease("2022-03-test", yaml: validYAML, report: "첫째\n둘째\u{0}\n")
        let error = try XCTUnwrap(loadError())
        XCTAssertTrue(error.file.hasSuffix("releases/2022-03-test/report.txt"), error.description)
        XCTAssertEqual(error.line, 2)
    }
}

/// `SitegenError.description` is `path:line: message`, or `path: message` without a line.
final class SitegenErrorFormatTests: XCTestCase {
    func testDescription() {
        XCTAssertEqual(SitegenError(file: "releases/x/release.yml", line: 3, "bad date").description,
                       "releases/x/release.yml:3: bad date")
        XCTAssertEqual(SitegenError(file: "releases/x/report.txt", "missing report.txt").description,
                       "releases/x/report.txt: missing report.txt")
        XCTAssertEqual(SitegenError(file: "a", line: 1, "m").localizedDescription, "a:1: m")
    }
}

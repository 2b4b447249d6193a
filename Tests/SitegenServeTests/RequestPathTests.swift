import Foundation
import SitegenTemplates
import SitegenServe
import XCTest

/// Path safety: what a request path may name, by its syntax and on disk.
final class RequestPathTests: XCTestCase {
    private func refusal(_ raw: String) -> RequestPath.Refusal? {
        do {
            _ = try RequestPath(percentEncoded: raw)
            return nil
        } catch {
            return error
        }
    }

    func testDotSegmentsAreRefusedPlainAndEncoded() {
        for raw in ["/../etc/passwd", "/releases/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2e%2e%2fetc%2fpasswd",
                    "/%2E%2E/%2E%2E/etc/passwd", "/.%2e/x", "/./index.html", "/releases/%2e/"] {
            XCTAssertNotNil(refusal(raw), raw)
            if case .notFound? = refusal(raw) { XCTFail("\(raw) should be a bad request, not a missing page") }
        }
    }

    func testEncodedSlashesBackslashesNulAndBadEncodingAreBadRequests() {
        for raw in ["/releases%2fx", "/releases%2Fx/", "/a%5cb", "/a\\b", "/index.html%00.txt", "/a%zz", "/%ff%fe", "relative/path"] {
            guard case .badRequest? = refusal(raw) else { return XCTFail("\(raw) should be a bad request") }
        }
    }

    func testHiddenNamesAreNotFound() {
        XCTAssertEqual(refusal("/.site.building-1/index.html"), .notFound)
        XCTAssertEqual(refusal("/releases/.git/config"), .notFound)
    }

    func testPercentEncodedHangulIsDecoded() throws {
        let path = try RequestPath(percentEncoded: "/programs/%EC%84%9C%EC%9A%B8%ED%98%81%EC%8B%A0%ED%8C%8C%ED%81%AC-%EC%9A%B4%EC%98%81/")
        XCTAssertEqual(path.segments, ["programs", "서울혁신파크-운영"])
        XCTAssertTrue(path.namesFolder)
        XCTAssertEqual(path.relative, "programs/서울혁신파크-운영")
    }

    func testQueryIsIgnoredAndRootIsAFolder() throws {
        let root = try RequestPath(percentEncoded: "/?q=%EC%84%9C%EC%9A%B8")
        XCTAssertEqual(root.segments, [])
        XCTAssertTrue(root.namesFolder)
        let file = try RequestPath(percentEncoded: "/data/budget-lines.csv")
        XCTAssertFalse(file.namesFolder)
    }
}

final class ServedFileTests: XCTestCase {
    private var root: URL!
    private var outside: URL!

    override func setUpWithError() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-served-\(UUID().uuidString)")
        root = base.appendingPathComponent("site")
        outside = base.appendingPathComponent("secret")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("programs/서울혁신파크-운영"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "home".write(to: root.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try "program".write(to: root.appendingPathComponent("programs/서울혁신파크-운영/index.html"), atomically: true, encoding: .utf8)
        try "secret".write(to: outside.appendingPathComponent("passwd"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("leak.txt").path,
                                                   withDestinationPath: outside.appendingPathComponent("passwd").path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("leakdir").path,
                                                   withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("home.html").path,
                                                   withDestinationPath: "index.html")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }

    private func resolve(_ raw: String) throws -> ServedFile {
        try ServedFile(try RequestPath(percentEncoded: raw), in: root)
    }

    func testFolderIsAnsweredWithItsIndex() throws {
        XCTAssertTrue(try resolve("/").path.hasSuffix("/site/index.html"))
        let program = try resolve("/programs/%EC%84%9C%EC%9A%B8%ED%98%81%EC%8B%A0%ED%8C%8C%ED%81%AC-%EC%9A%B4%EC%98%81/")
        XCTAssertTrue(program.path.hasSuffix("/programs/서울혁신파크-운영/index.html"), program.path)
    }

    func testFolderWithoutSlashAsksForARedirect() {
        XCTAssertThrowsError(try resolve("/programs")) { XCTAssertEqual($0 as? ServedFile.Refusal, .folderNeedsSlash) }
    }

    func testSymlinksOutOfTheFolderAreNotServed() {
        XCTAssertThrowsError(try resolve("/leak.txt")) { XCTAssertEqual($0 as? ServedFile.Refusal, .notFound) }
        XCTAssertThrowsError(try resolve("/leakdir/passwd")) { XCTAssertEqual($0 as? ServedFile.Refusal, .notFound) }
    }

    func testSymlinkInsideTheFolderIsServed() throws {
        XCTAssertTrue(try resolve("/home.html").path.hasSuffix("/site/index.html"))
    }

    func testMissingFileAndFileWithSlashAreNotFound() {
        XCTAssertThrowsError(try resolve("/nothing.html")) { XCTAssertEqual($0 as? ServedFile.Refusal, .notFound) }
        XCTAssertThrowsError(try resolve("/index.html/")) { XCTAssertEqual($0 as? ServedFile.Refusal, .notFound) }
    }
}

final class MediaTypeTests: XCTestCase {
    func testTypesOfTheSiteFiles() {
        XCTAssertEqual(MediaType.of(path: "releases/x/index.html"), "text/html; charset=utf-8")
        XCTAssertEqual(MediaType.of(path: "style.css"), "text/css; charset=utf-8")
        XCTAssertEqual(MediaType.of(path: "search/index.js"), "text/javascript; charset=utf-8")
        XCTAssertEqual(MediaType.of(path: "search/index.json"), "application/json")
        XCTAssertEqual(MediaType.of(path: "data/budget-lines.csv"), "text/csv; charset=utf-8")
        XCTAssertEqual(MediaType.of(path: "feed.xml"), "application/xml; charset=utf-8")
        XCTAssertEqual(MediaType.of(path: "sitemap.xml"), "application/xml; charset=utf-8")
        XCTAssertEqual(MediaType.of(path: "chart.svg"), "image/svg+xml")
        XCTAssertEqual(MediaType.of(path: "robots.txt"), "text/plain; charset=utf-8")
        XCTAssertEqual(MediaType.of(path: "releases/x/release.yml"), "text/plain; charset=utf-8")
        XCTAssertEqual(MediaType.of(path: "INDEX.HTML"), "text/html; charset=utf-8")
        XCTAssertEqual(MediaType.of(path: "README"), "application/octet-stream")
    }

    func testArchivedReportThatIsNotUTF8IsSentWithoutACharset() {
        // "서울" in CP949 (EUC-KR): 0xBC 0xAD 0xBF 0xEF; not UTF-8.
        XCTAssertEqual(MediaType.of(path: "releases/x/report.txt", bytes: [0xBC, 0xAD, 0xBF, 0xEF]), "text/plain")
        XCTAssertEqual(MediaType.of(path: "releases/x/report.txt", bytes: Array("서울".utf8)), "text/plain; charset=utf-8")
    }
}

final class EntityTagTests: XCTestCase {
    func testSameBytesSameTagAndListsMatch() {
        let tag = EntityTag(of: Array("page".utf8))
        XCTAssertEqual(tag, EntityTag(of: Array("page".utf8)))
        XCTAssertNotEqual(tag, EntityTag(of: Array("page!".utf8)))
        XCTAssertTrue(tag.description.hasPrefix("\"") && tag.description.hasSuffix("\""))
        XCTAssertTrue(tag.matches(ifNoneMatch: tag.description))
        XCTAssertTrue(tag.matches(ifNoneMatch: "\"other\", W/\(tag.description)"))
        XCTAssertTrue(tag.matches(ifNoneMatch: "*"))
        XCTAssertFalse(tag.matches(ifNoneMatch: "\"other\""))
    }
}

import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
import SitegenText
import SitegenContent
import SitegenSite
import SitegenTemplates
import SitegenBuild

/// Feeds, search, manifests and the archive promise, on the default site.
final class FollowAndArchiveTests: XCTestCase {
    // MARK: Atom feeds, checked against the structure RFC 4287 requires

    private final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""
        init(_ name: String, _ attributes: [String: String]) { self.name = name; self.attributes = attributes }
        func all(_ name: String) -> [Element] { children.filter { $0.name == name } }
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            var attributes = attributes
            if let namespaceURI { attributes["xmlns"] = namespaceURI }
            let element = Element(name, attributes)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { stack.removeLast() }
    }

    private static let rfc3339 = #/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/#

    private func assertAtom(_ path: String) throws {
        let data = try Data(contentsOf: BuiltSite.output.appendingPathComponent(path))
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        let builder = TreeBuilder()
        parser.delegate = builder
        XCTAssertTrue(parser.parse(), "\(path): not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        let feed = try XCTUnwrap(builder.root, path)
        XCTAssertEqual(feed.name, "feed", path)
        XCTAssertEqual(feed.attributes["xmlns"], "http://www.w3.org/2005/Atom", path)
        func checkCommon(_ element: Element, _ where_: String) {
            for required in ["id", "title", "updated"] {
                XCTAssertEqual(element.all(required).count, 1, "\(where_): exactly one atom:\(required)")
            }
            let id = element.all("id").first?.text ?? ""
            XCTAssertNotNil(id.firstMatch(of: #/^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/#), "\(where_): atom:id must be an absolute IRI: \(id)")
            let updated = element.all("updated").first?.text ?? ""
            XCTAssertNotNil(updated.wholeMatch(of: Self.rfc3339), "\(where_): atom:updated must be an RFC 3339 date-time: \(updated)")
            for link in element.all("link") { XCTAssertNotNil(link.attributes["href"], "\(where_): atom:link needs href") }
        }
        checkCommon(feed, path)
        XCTAssertFalse(feed.all("author").isEmpty, "\(path): the feed names an author for its entries")
        XCTAssertTrue(feed.all("link").contains { $0.attributes["rel"] == "self" }, "\(path): rel=self link")
        let entries = feed.all("entry")
        XCTAssertFalse(entries.isEmpty, "\(path): no entries")
        var ids = Set<String>()
        for entry in entries {
            checkCommon(entry, "\(path) entry")
            XCTAssertTrue(ids.insert(entry.all("id").first?.text ?? "").inserted, "\(path): entry ids are unique")
            XCTAssertTrue(entry.all("link").contains { ($0.attributes["rel"] ?? "alternate") == "alternate" } || !entry.all("content").isEmpty,
                          "\(path): an entry without content needs an alternate link")
        }
    }

    func testEveryFeedIsValidAtom() throws {
        let feeds = BuiltSite.files(under: BuiltSite.output).filter { $0.hasSuffix("feed.xml") }
        XCTAssertTrue(feeds.contains("feed.xml"))
        XCTAssertTrue(feeds.contains("programs/서울혁신파크-운영/feed.xml"))
        XCTAssertTrue(feeds.contains { $0.hasPrefix("departments/") })
        for feed in feeds { try assertAtom(feed) }
        // The program feed has one entry per release the program appears in (2018, 2019, 2022-03, 2022-07).
        let park = try String(contentsOf: BuiltSite.output.appendingPathComponent("programs/서울혁신파크-운영/feed.xml"), encoding: .utf8)
        XCTAssertEqual(park.components(separatedBy: "<entry>").count - 1, 4)
    }

    // MARK: Manifests and verify

    func testVerifyAcceptsTheBuiltSiteAndCatchesAChangedByte() throws {
        let clean = try SiteVerifier(root: BuiltSite.output).verify()
        XCTAssertEqual(clean.problems, [])
        XCTAssertEqual(clean.releases, 5)
        let copy = BuiltSite.temporaryFolder("deployed").appendingPathComponent("site")
        try FileManager.default.copyItem(at: BuiltSite.output, to: copy)
        let page = copy.appendingPathComponent("releases/2019-09-innovation-bureau/items/1-2/index.html")
        var bytes = try Data(contentsOf: page)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: page)
        let source = copy.appendingPathComponent("releases/2022-03-citizen-cooperation-bureau/report.txt")
        try FileManager.default.removeItem(at: source)
        let report = try SiteVerifier(root: copy).verify()
        XCTAssertEqual(Set(report.problems.map(\.path)), ["releases/2019-09-innovation-bureau/items/1-2/index.html",
                                                          "releases/2022-03-citizen-cooperation-bureau/report.txt"])
        XCTAssertTrue(report.problems.contains { $0.message.hasPrefix("changed") })
        // A release's files are listed in its release manifest, which names itself.
        XCTAssertTrue(report.problems.contains { $0.message.hasPrefix("missing (listed in releases/2022-03-citizen-cooperation-bureau/manifest.json)") })
    }

    func testManifestListsTheSourceWithItsHash() throws {
        let data = try Data(contentsOf: BuiltSite.output.appendingPathComponent("releases/2018-07-innovation-bureau/manifest.json"))
        let manifest = try JSONDecoder().decode(ReleaseManifest.self, from: data)
        let source = try Data(contentsOf: BuiltSite.content.appendingPathComponent("releases/2018-07-innovation-bureau/report.txt"))
        XCTAssertEqual(manifest.source.sha256, ReleaseReader.sha256Hex(source))
        XCTAssertTrue(manifest.files.contains { $0.path == "releases/2018-07-innovation-bureau/index.html" })
        XCTAssertTrue(manifest.files.contains { $0.path == "data/releases/2018-07-innovation-bureau.json" })
    }

    // MARK: The archive: a later release changes only the marked block of older pages

    func testAddingALaterReleaseChangesOnlyTheLaterBlockOfOlderReleases() throws {
        let four = BuiltSite.temporaryFolder("four-content")
        try FileManager.default.copyItem(at: BuiltSite.content, to: four.appendingPathComponent("content"))
        try FileManager.default.removeItem(at: four.appendingPathComponent("content/releases/2022-07-citizen-cooperation-bureau"))
        let fourSite = four.appendingPathComponent("public")
        try SiteBuilder(contentDirectory: four.appendingPathComponent("content"), outputDirectory: fourSite,
                        config: SiteConfig(), theme: StandardTheme()).build()
        func strip(_ text: String) -> String {
            guard let start = text.range(of: "<section class=\"later\""), let end = text.range(of: "</section>", range: start.upperBound..<text.endIndex) else { return text }
            let rest = text[end.upperBound...]
            return String(text[..<start.lowerBound] + (rest.hasPrefix("\n") ? rest.dropFirst() : rest))
        }
        var compared = 0
        for id in ["2018-07-innovation-bureau", "2019-09-innovation-bureau", "2020-10-democracy-committee", "2022-03-citizen-cooperation-bureau"] {
            for path in BuiltSite.files(under: fourSite) where path.hasPrefix("releases/\(id)/") && !path.hasSuffix("manifest.json") {
                let before = try Data(contentsOf: fourSite.appendingPathComponent(path))
                let after = try Data(contentsOf: BuiltSite.output.appendingPathComponent(path))
                if path.hasSuffix(".html") {
                    XCTAssertEqual(strip(String(decoding: before, as: UTF8.self)), strip(String(decoding: after, as: UTF8.self)), path)
                } else {
                    XCTAssertEqual(before, after, path)
                }
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 100)
        let march = try String(contentsOf: BuiltSite.output.appendingPathComponent("releases/2022-03-citizen-cooperation-bureau/index.html"), encoding: .utf8)
        XCTAssertTrue(march.contains("<section class=\"later\" id=\"later\""), "the March page links to July in its later block")
    }

    // MARK: Citations and downloads

    func testBudgetLinesOfferACitationAndTablesTheirNumbersAsCSVWithTheJSONInTheReleaseModel() throws {
        let page = try String(contentsOf: BuiltSite.output.appendingPathComponent("releases/2022-07-citizen-cooperation-bureau/index.html"), encoding: .utf8)
        // 2022-07 line 1385: 서울혁신파크 운영, 예산현액 6,448,435, 지출 3,230,215 (천원), 50.1 %.
        XCTAssertTrue(page.contains("시민협력국, 「시민협력국 주요업무보고」, 2022년 7월, ‘2022 예산 집행 현황’ 표 1385행 ‘서울혁신파크 운영’ (예산현액 6,448,435,000원, 집행액 3,230,215,000원, 집행률 50.1%). /releases/2022-07-citizen-cooperation-bureau/#L1385 (원문"), "one permalink, the release page's row")
        let csv = try String(contentsOf: BuiltSite.output.appendingPathComponent("releases/2022-07-citizen-cooperation-bureau/table-2.csv"), encoding: .utf8)
        XCTAssertTrue(csv.contains("서울혁신파크 운영,program,6448435000,6448435000,3230215000,3218220000,50.1,1385,사회협력과"), csv)
        // Issue 26: the table's JSON twin is gone; its address answers with the CSV, and the
        // release's model holds the row as JSON.
        XCTAssertFalse(FileManager.default.fileExists(atPath: BuiltSite.output.appendingPathComponent("releases/2022-07-citizen-cooperation-bureau/table-2.json").path))
        let redirects = try String(contentsOf: BuiltSite.output.appendingPathComponent("_redirects"), encoding: .utf8)
        XCTAssertTrue(redirects.contains("\n/releases/:release/table-2.json /releases/:release/table-2.csv 301\n"), redirects)
        let model = try String(contentsOf: BuiltSite.output.appendingPathComponent("data/releases/2022-07-citizen-cooperation-bureau.json"), encoding: .utf8)
        XCTAssertTrue(model.contains("서울혁신파크 운영") && model.contains("6448435000"))
    }
}

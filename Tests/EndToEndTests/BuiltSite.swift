import Foundation
import SitegenSite
import SitegenTemplates
import SitegenBuild
import XCTest

/// The default site (`content/`) built once into a temporary folder for all end-to-end tests.
enum BuiltSite {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = repositoryRoot.appendingPathComponent("content")

    /// As `make site` builds it: with the archive database and the workbooks (`--database --workbooks`).
    static let config = SiteConfig(database: true, workbooks: true)

    static let output: URL = {
        let url = temporaryFolder("site")
        do {
            try SiteBuilder(contentDirectory: content, outputDirectory: url, config: config, theme: StandardTheme()).build()
        } catch {
            fatalError("the default site does not build: \(error)")
        }
        return url
    }()

    /// The base URL of `withBaseURL`.
    static let baseURL = "https://example.org/"

    /// The default site built with `--base-url` (absolute links, the embed snippets, printed
    /// link addresses), once for the tests that read it (`EmbedFrameTests`, `PrintTests`).
    static let withBaseURL: URL = {
        let url = temporaryFolder("base-url")
        do {
            try SiteBuilder(contentDirectory: content, outputDirectory: url, config: SiteConfig(baseURL: baseURL), theme: StandardTheme()).build()
        } catch {
            fatalError("the default site does not build with a base URL: \(error)")
        }
        return url
    }()

    static func temporaryFolder(_ name: String) -> URL {
        let url = scratch.appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder of every temporary folder of this test run (sites, their build caches beside
    /// them, corpora: half a gigabyte a run), removed when the run ends; runs that ended
    /// without removing theirs (killed, crashed) are cleared when the next one starts.
    static let scratch: URL = {
        let base = FileManager.default.temporaryDirectory
        let prefix = "sitegen-e2e-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? [] {
            let bare = name.hasPrefix(".") ? String(name.dropFirst()) : name
            guard bare.hasPrefix(prefix), let pid = Int(bare.dropFirst(prefix.count).prefix { $0.isNumber }),
                  !FileManager.default.fileExists(atPath: "/proc/\(pid)") else { continue }
            try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
        }
        let url = base.appendingPathComponent(prefix + String(ProcessInfo.processInfo.processIdentifier))
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        XCTestObservationCenter.shared.addTestObserver(ScratchRemover(folder: url))
        return url
    }()

    private final class ScratchRemover: NSObject, XCTestObservation {
        let folder: URL
        init(folder: URL) { self.folder = folder }
        func testBundleDidFinish(_ testBundle: Bundle) {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Every file of a built site, by path relative to its root.
    static func files(under root: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var paths: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                paths.append(String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
            }
        }
        return paths.sorted()
    }

    /// Every file of a built site with its bytes, by path.
    static func snapshot(_ root: URL) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for path in files(under: root) {
            contents[path] = try Data(contentsOf: root.appendingPathComponent(path))
        }
        return contents
    }

    /// Where the screenshots of the browser test go (kept for a person to look at).
    static let screenshots = repositoryRoot.appendingPathComponent(".build/screenshots")

    /// Runs a program, returning its exit status and output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func isInstalled(_ program: String) -> Bool {
        (try? run("which", [program]).status) == 0
    }
}

import Foundation
import SitegenCore
import SitegenTemplates

/// The default site (`content/`) built once into a temporary folder for all end-to-end tests.
enum BuiltSite {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = repositoryRoot.appendingPathComponent("content")

    static let output: URL = {
        let url = temporaryFolder("site")
        do {
            try SiteBuilder(contentDirectory: content, outputDirectory: url, config: SiteConfig(), theme: StandardTheme()).build()
        } catch {
            fatalError("the default site does not build: \(error)")
        }
        return url
    }()

    static func temporaryFolder(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitegen-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(name)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
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

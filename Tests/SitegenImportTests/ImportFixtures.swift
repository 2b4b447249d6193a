import Foundation
import XCTest

/// The synthetic originals, made once per test run by `scripts/make-import-fixtures` (ReportLab
/// and fonts-nanum, installed by `scripts/install-deps --test`) from the reports in `content/`.
enum ImportFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let reports = [
        "2018-07-innovation-bureau",
        "2019-09-innovation-bureau",
        "2020-10-democracy-committee",
        "2022-03-citizen-cooperation-bureau",
        "2022-07-citizen-cooperation-bureau",
    ]

    /// The folder of fixtures, or the script's complaint.
    static let folder: Result<URL, Error> = Result {
        let folder = temporaryFolder("fixtures")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot.appendingPathComponent("scripts/make-import-fixtures").path, "--all", folder.path]
        let error = Pipe()
        process.standardError = error
        try process.run()
        let said = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "make-import-fixtures", code: Int(process.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: String(decoding: said, as: UTF8.self)])
        }
        return folder
    }

    static func path(_ name: String) throws -> String {
        try folder.get().appendingPathComponent(name).path
    }

    static func temporaryFolder(_ name: String) -> URL {
        let url = scratch.appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder of every temporary folder of this run, removed when the run ends; those of
    /// runs that ended without removing theirs are cleared when the next one starts.
    static let scratch: URL = {
        let base = FileManager.default.temporaryDirectory
        let prefix = "sitegen-import-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? [] where name.hasPrefix(prefix) {
            let pid = Int(name.dropFirst(prefix.count).prefix { $0.isNumber })
            guard pid.map({ !FileManager.default.fileExists(atPath: "/proc/\($0)") }) ?? true else { continue }
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

    static func reportText(_ id: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("content/releases/\(id)/report.txt"), encoding: .utf8)
    }

    static func metadata(_ id: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("content/releases/\(id)/release.yml"), encoding: .utf8)
    }
}

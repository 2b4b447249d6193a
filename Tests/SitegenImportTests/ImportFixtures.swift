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
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-import-\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func reportText(_ id: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("content/releases/\(id)/report.txt"), encoding: .utf8)
    }

    static func metadata(_ id: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("content/releases/\(id)/release.yml"), encoding: .utf8)
    }
}

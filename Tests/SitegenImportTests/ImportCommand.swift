import Foundation
import XCTest

/// The built `sitegen` command (`swift build --build-tests` builds it), run on a scratch content
/// folder: exit status, standard output and standard error.
struct ImportCommand {
    static let binary = ImportFixtures.repositoryRoot.appendingPathComponent(".build/debug/sitegen").path

    let content: URL

    init(_ name: String) {
        content = ImportFixtures.temporaryFolder(name).appendingPathComponent("content")
        try? FileManager.default.createDirectory(at: content.appendingPathComponent("releases"), withIntermediateDirectories: true)
    }

    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String, error: String) {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: Self.binary), "build sitegen first: swift build")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments + ["--content", content.path]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Both outputs are a few lines: neither pipe can fill while the other is read.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// Everything under the content folder, relative to it.
    var files: [String] {
        (FileManager.default.enumerator(atPath: content.path)?.allObjects as? [String] ?? []).sorted()
    }
}

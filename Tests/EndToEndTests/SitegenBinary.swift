import Foundation
import XCTest

/// The built `sitegen` command (`swift build --build-tests` builds it beside the tests), run
/// in a scratch folder holding a copy of `content/`.
struct SitegenBinary {
    /// `SITEGEN_BINARY` runs the tests against another build (to show a problem before its fix).
    static let path: String = {
        if let chosen = ProcessInfo.processInfo.environment["SITEGEN_BINARY"] { return chosen }
        let debug = BuiltSite.repositoryRoot.appendingPathComponent(".build/debug/sitegen").path
        return FileManager.default.isExecutableFile(atPath: debug) ? debug
            : BuiltSite.repositoryRoot.appendingPathComponent(".build/release/sitegen").path
    }()

    /// A scratch folder with a copy of the default content, as a careless user would have.
    let folder: URL

    init(_ name: String, copyContent: Bool = true) throws {
        folder = BuiltSite.temporaryFolder(name)
        if copyContent {
            try FileManager.default.copyItem(at: BuiltSite.content, to: folder.appendingPathComponent("content"))
        }
        try "keep me\n".write(to: folder.appendingPathComponent("Makefile"), atomically: true, encoding: .utf8)
    }

    func url(_ path: String) -> URL { folder.appendingPathComponent(path) }

    /// Runs `sitegen ARGS` in the scratch folder: exit status, standard output, standard error.
    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String, error: String) {
        let process = try start(arguments, environment: environment)
        let output = process.standardOutput as! Pipe, error = process.standardError as! Pipe
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: Self.path), "build the sitegen binary first: swift build")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.path)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        return process
    }

    /// Every file under the scratch folder (paths relative to it).
    var allFiles: [String] { BuiltSite.files(under: folder) }
}

import Foundation
import SitegenText
import SitegenConcurrency

/// An outside program run as a process (never linked): found on the PATH, its exit status and
/// output checked, and the Debian package named when it is missing.
public struct ExternalTool: Sendable {
    public var name: String
    public var debianPackage: String

    public static let pdftotext = ExternalTool(name: "pdftotext", debianPackage: "poppler-utils")
    public static let pdfinfo = ExternalTool(name: "pdfinfo", debianPackage: "poppler-utils")
    public static let pdffonts = ExternalTool(name: "pdffonts", debianPackage: "poppler-utils")
    public static let pdftoppm = ExternalTool(name: "pdftoppm", debianPackage: "poppler-utils")
    public static let tesseract = ExternalTool(name: "tesseract", debianPackage: "tesseract-ocr and tesseract-ocr-kor")

    /// The folders searched, `PATH` by default (tests narrow it to see a missing tool refused).
    public static func searchPath() -> [String] {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    }

    /// The executable's path, or a one-line error saying what to install.
    public func locate(for file: String) throws -> String {
        for folder in Self.searchPath() {
            let path = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw SitegenError(file: file, "\(name) is not installed; install Debian's \(debianPackage) (apt-get install \(debianPackage.replacingOccurrences(of: " and ", with: " ")))")
    }

    /// Runs the tool on `arguments`; its standard output, or a one-line error naming `file`
    /// with the tool's own first line of complaint.
    public func run(_ arguments: [String], for file: String, environment: [String: String] = [:]) throws -> Data {
        let result = try runAllowingFailure(arguments, for: file, environment: environment)
        guard result.status == 0 else {
            let said = String(decoding: result.error, as: UTF8.self)
                .split(whereSeparator: \.isNewline).first.map(String.init) ?? "exit status \(result.status)"
            throw SitegenError(file: file, "\(name) could not read it: \(said)")
        }
        return result.output
    }

    /// Runs the tool and returns its status and both outputs, whatever the status.
    public func runAllowingFailure(_ arguments: [String], for file: String,
                                   environment: [String: String] = [:]) throws -> (status: Int32, output: Data, error: Data) {
        let process = Process()
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.executableURL = URL(fileURLWithPath: try locate(for: file))
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Both pipes are drained at once, so a chatty tool never blocks on a full pipe.
        let errorData = Background { error.fileHandleForReading.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, outputData, errorData.value)
    }

    /// The tool's version line (`pdftotext version 22.12.0` → `22.12.0`).
    public func version(for file: String) throws -> String {
        let result = try runAllowingFailure(["-v"], for: file)
        let text = String(decoding: result.error + result.output, as: UTF8.self)
        for line in text.split(whereSeparator: \.isNewline) {
            for word in line.split(separator: " ") where word.first?.isNumber == true && word.contains(".") {
                return String(word)
            }
        }
        return "unknown"
    }
}

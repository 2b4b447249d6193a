import Foundation
import SitegenText
import SitegenConcurrency

/// Debian's `rsvg-convert` (librsvg2-bin), run as a process per image: SVG on its standard
/// input, PNG on its standard output. Its version is checked once, when it is found, and every
/// answer is checked to be a PNG; the text it draws comes from the system's fonts
/// (fonts-noto-cjk for Korean).
public struct RSVGConvert: Rasterizing {
    public let executable: String
    /// `rsvg-convert version 2.54.7`: part of the cache key, since another librsvg may draw
    /// other bytes.
    public let version: String

    /// Finds `rsvg-convert` on the `PATH`; an error names the Debian package when it is missing.
    public init() throws {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/rsvg-convert" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else {
            throw SitegenError(file: "rsvg-convert", "not found: install Debian's librsvg2-bin and fonts-noto-cjk (scripts/install-deps)")
        }
        executable = path
        let answer = try Self.run(path, ["--version"], input: [])
        let text = String(decoding: answer, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("rsvg-convert version 2.") else {
            throw SitegenError(file: path, "not a librsvg 2 rsvg-convert: '\(text)'")
        }
        version = text
    }

    public func png(_ request: RasterRequest) throws -> [UInt8] {
        let bytes = try Self.run(executable, ["--format=png", "--zoom=\(request.zoom)", "--background-color=white"], input: request.svg)
        guard PNGHeader(bytes) != nil else {
            throw SitegenError(file: request.path, "rsvg-convert gave no PNG (\(bytes.count) bytes)")
        }
        return bytes
    }

    /// Runs a process with `input` on its standard input and returns its standard output; a
    /// non-zero exit is an error with the first line of its standard error. (rsvg-convert reads
    /// all of its input before it writes, so writing first and reading after cannot deadlock.)
    static func run(_ executable: String, _ arguments: [String], input: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let (errorHandle, outputHandle) = (stderr.fileHandleForReading, stdout.fileHandleForReading)
        let errors = Background { errorHandle.readDataToEndOfFile() }
        let output = Background { outputHandle.readDataToEndOfFile() }
        if !input.isEmpty { stdin.fileHandleForWriting.write(Data(input)) }
        try stdin.fileHandleForWriting.close()
        let bytes = [UInt8](output.value)
        let message = String(decoding: errors.value, as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let first = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw SitegenError(file: executable, first)
        }
        return bytes
    }
}

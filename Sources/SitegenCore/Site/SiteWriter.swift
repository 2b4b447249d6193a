import Foundation

/// Puts a site in place atomically: the build writes into a staging folder beside the output
/// (`.NAME.building-PID-RANDOM`), and `commit` swaps it in. A build that fails at any point
/// leaves the previous output exactly as it was.
public struct SiteWriter {
    public var outputDirectory: URL

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
    }

    /// A new, empty staging folder and the sink that writes into it.
    public func stage() throws -> StagingSink {
        let fm = FileManager.default
        let output = outputDirectory.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).building-\(token)")
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        return StagingSink(root: staging.path)
    }

    /// Swaps the staged site in for the output; the previous output is removed.
    public func commit(_ staging: StagingSink) throws {
        let fm = FileManager.default
        let output = outputDirectory.standardizedFileURL
        let retired = URL(fileURLWithPath: staging.root.replacingOccurrences(of: ".building-", with: ".previous-"))
        if fm.fileExists(atPath: output.path) {
            try fm.moveItem(at: output, to: retired)
        }
        do {
            try fm.moveItem(at: URL(fileURLWithPath: staging.root), to: output)
        } catch {
            if fm.fileExists(atPath: retired.path) { try? fm.moveItem(at: retired, to: output) }
            throw error
        }
        try? fm.removeItem(at: retired)
    }

    /// Removes a staging folder whose build failed.
    public func discard(_ staging: StagingSink) {
        try? FileManager.default.removeItem(atPath: staging.root)
    }
}

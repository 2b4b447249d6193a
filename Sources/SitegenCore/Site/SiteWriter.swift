import Foundation

/// Puts a site in place atomically: the build writes into a staging folder beside the output
/// (`.NAME.building-PID-RANDOM`), and `commit` swaps it in. A build that fails at any point
/// leaves the previous output exactly as it was; one interrupted by SIGINT or SIGTERM removes
/// its staging folder (`StagingCleanup`), and one killed outright leaves folders that the next
/// build removes.
public struct SiteWriter {
    public var outputDirectory: URL

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
    }

    /// A staging folder and the sink that writes into it (linking files that are unchanged
    /// since the previous build, when it is known). The folder is the cache's spare tree when
    /// there is one (`SpareTree`), and a new, empty folder otherwise.
    public func stage(previous: CarryOver? = nil, cache: BuildCache? = nil) throws -> StagingSink {
        let output = outputDirectory.standardizedFileURL
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        StagingCleanup.removeAbandoned(beside: output)
        let folders = StagingCleanup.folders(for: output)
        if let recorded = cache?.takeSpare(to: folders.staging) {
            StagingCleanup.register(folders)
            return StagingSink(root: folders.staging, previous: previous,
                               spare: SpareTree(root: folders.staging, recorded: recorded))
        }
        try FileManager.default.createDirectory(atPath: folders.staging, withIntermediateDirectories: false)
        StagingCleanup.register(folders)
        return StagingSink(root: folders.staging, previous: previous)
    }

    /// Swaps the staged site in for the output. The previous output is given to `retire`
    /// (which keeps it as the cache's spare tree), or removed.
    public func commit(_ staging: StagingSink, retire: ((String) -> Void)? = nil) throws {
        defer { StagingCleanup.register(nil) }
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
        if fm.fileExists(atPath: retired.path) {
            if let retire { retire(retired.path) } else { try? fm.removeItem(at: retired) }
        }
    }

    /// Removes a staging folder whose build failed.
    public func discard(_ staging: StagingSink) {
        try? FileManager.default.removeItem(atPath: staging.root)
        StagingCleanup.register(nil)
    }
}

import Foundation
import SitegenText

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

    /// A staging folder being made ready while the content is read: the cache's spare tree
    /// (`SpareTree`), moved into place and walked on another thread, or a new, empty folder.
    public final class Staging: @unchecked Sendable {
        public let root: String
        private let walked = DispatchGroup()
        private var spare: SpareTree?
        /// Puts the folder back as the cache's spare tree, when it was taken from there.
        fileprivate let giveBack: (() -> Bool)?

        fileprivate init(root: String, recorded: (() -> [PathKey: CarryOver.File])?, giveBack: (() -> Bool)? = nil) {
            self.root = root
            self.giveBack = giveBack
            guard let recorded else { return }
            walked.enter()
            DispatchQueue.global().async {
                self.spare = SpareTree(root: root, recorded: recorded())
                self.walked.leave()
            }
        }

        /// The sink that writes into the folder (linking files that are unchanged since the
        /// previous build, when it is known), once the folder is ready.
        public func sink(previous: CarryOver?) -> StagingSink {
            walked.wait()
            return StagingSink(root: root, previous: previous, spare: spare)
        }

        fileprivate func waitUntilReady() {
            walked.wait()
        }
    }

    /// Claims the staging folder of this build (see `Staging`).
    public func prepare(cache: BuildCache? = nil) throws -> Staging {
        let output = outputDirectory.standardizedFileURL
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        StagingCleanup.removeAbandoned(beside: output)
        let folders = StagingCleanup.folders(for: output)
        if let cache, let recorded = cache.takeSpare(to: folders.staging) {
            StagingCleanup.register(folders)
            return Staging(root: folders.staging, recorded: recorded) { cache.giveBackSpare(from: folders.staging) }
        }
        try FileManager.default.createDirectory(atPath: folders.staging, withIntermediateDirectories: false)
        StagingCleanup.register(folders)
        return Staging(root: folders.staging, recorded: nil)
    }

    /// A staging folder and the sink that writes into it, at once.
    public func stage(previous: CarryOver? = nil, cache: BuildCache? = nil) throws -> StagingSink {
        try prepare(cache: cache).sink(previous: previous)
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
        discard(root: staging.root)
    }

    /// Puts a staging folder whose build failed back as the spare tree it was taken from (its
    /// record still tells which of its files are as recorded), or removes it.
    public func discard(_ staging: Staging) {
        staging.waitUntilReady()
        if staging.giveBack?() == true {
            StagingCleanup.register(nil)
        } else {
            discard(root: staging.root)
        }
    }

    private func discard(root: String) {
        try? FileManager.default.removeItem(atPath: root)
        StagingCleanup.register(nil)
    }
}

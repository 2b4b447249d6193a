import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
#endif

/// The spare tree in the build cache (`SpareTree`): the output the swap retired, kept with the
/// record of its files to be the next build's staging folder.
extension BuildCache {
    /// Moves the spare tree (the output of the build before last) to `staging` and returns
    /// what reads its record (what its files were when they were recorded; nothing, when the
    /// record cannot be read), or nil (having removed any spare tree) when there is no spare
    /// tree or no record of it. The record stays until the build ends: files changed since
    /// are told by their identity.
    public func takeSpare(to staging: String) -> (() -> [PathKey: CarryOver.File])? {
        guard FileManager.default.fileExists(atPath: spareFolder.path) else { return nil }
        guard FileManager.default.fileExists(atPath: spareFile.path), rename(spareFolder.path, staging) == 0 else {
            try? FileManager.default.removeItem(at: spareFolder)
            unlink(spareFile.path)
            return nil
        }
        let record = spareFile
        return { Self.readRecord(record)?.byPath ?? [:] }
    }

    /// Puts a staging folder taken by `takeSpare` back (its build failed); false when it
    /// cannot.
    public func giveBackSpare(from staging: String) -> Bool {
        !FileManager.default.fileExists(atPath: spareFolder.path) && FileManager.default.fileExists(atPath: spareFile.path)
            && rename(staging, spareFolder.path) == 0
    }

    /// Keeps the tree that the swap retired as the spare, with the record set aside by
    /// `forgetJobs`; without a record it is removed.
    public func keepSpare(_ retired: String) {
        unlink(spareFile.path)
        guard FileManager.default.fileExists(atPath: retiringFile.path),
              (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil,
              !FileManager.default.fileExists(atPath: spareFolder.path),
              rename(retired, spareFolder.path) == 0 else {
            try? FileManager.default.removeItem(atPath: retired)
            unlink(retiringFile.path)
            return
        }
        rename(retiringFile.path, spareFile.path)
    }
}

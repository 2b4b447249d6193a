import Foundation
import SitegenText
import SitegenContent

/// Writes an imported release into `releases/<id>/`: every file into a hidden folder beside it
/// first, then one rename, so a failed import leaves no half-written release. The only code of
/// the import that writes.
public enum ReleaseFolderWriter {
    /// Writes the release; `shownFolder` is the folder as the user named it, for messages.
    public static func write(_ release: ReleaseImport, releasesFolder: URL, shownFolder: String) throws {
        let target = releasesFolder.appendingPathComponent(release.id)
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw SitegenError(file: shownFolder, "the release already exists; delete the folder first to import it again")
        }
        try FileManager.default.createDirectory(at: releasesFolder, withIntermediateDirectories: true)
        let staging = releasesFolder.appendingPathComponent(".import-\(release.id)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
            try Data(release.original).write(to: staging.appendingPathComponent(release.kind.archivedName))
            try Data(release.report.utf8).write(to: staging.appendingPathComponent("report.txt"))
            try Data(release.metadata.utf8).write(to: staging.appendingPathComponent("release.yml"))
            if let pages = release.pages {
                try Data(PageMapFile.encode(pages).utf8).write(to: staging.appendingPathComponent(PageMapFile.name))
            }
            guard rename(staging.path, target.path) == 0 else {
                throw SitegenError(file: shownFolder, "could not move the imported release into place (\(String(cString: strerror(errno))))")
            }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }
}

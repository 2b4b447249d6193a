import Foundation
import SitegenCore

/// Refuses symbolic links in the content folder that lead outside it (or nowhere): a preview
/// must not publish a file from elsewhere on the editor's disk.
public enum ContentSymlinkGuard {
    public static func check(_ snapshot: ContentSnapshot, contentDirectory: URL) throws {
        guard let root = ServedFile.realPath(contentDirectory.path) else { return }
        for link in snapshot.symbolicLinks {
            let shown = display(link.path, contentDirectory: contentDirectory)
            guard let target = link.target else {
                throw SitegenError(file: shown, "a symbolic link that leads nowhere is refused")
            }
            guard ServedFile.isInside(target, root) else {
                throw SitegenError(file: shown, "a symbolic link that leads outside the content folder (to \(target)) is refused")
            }
        }
    }

    /// The path as the user named the content folder, like the loader's messages.
    static func display(_ path: String, contentDirectory: URL) -> String {
        let base = contentDirectory.path
        guard path.hasPrefix(base + "/") else { return path }
        return contentDirectory.relativePath + path.dropFirst(base.count)
    }
}

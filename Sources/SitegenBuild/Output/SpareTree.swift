import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
#endif

/// The output of the build before last, kept in the build cache after the swap and taken back
/// as the next build's staging folder, so that an incremental build rewrites only the files
/// that differ instead of linking every file of the site into a new tree (on a 600-release
/// site, making 78,000 links and 19,000 folders took longer than everything else the rebuild
/// did). The swap stays one rename of a complete tree.
///
/// Before it is used the tree is walked once: a file is kept only when the cache recorded it
/// and it is still what was recorded (inode, size, modification time); anything else (a file
/// added by hand to the live site, a link, a file changed in place) is removed, so the staged
/// site holds exactly what the build writes, as a new folder would.
public struct SpareTree {
    /// The files the tree still holds as recorded, by path (keyed as the staging sink keys
    /// them, on the thread that walks the tree).
    public private(set) var files = SpareFiles()
    /// Its folders, by path relative to the tree ("" is the tree itself).
    public private(set) var folders: Set<PathKey> = [PathKey("")]

    /// Walks `root`, keeping the files `recorded` describes and removing everything else.
    public init(root: String, recorded: [PathKey: CarryOver.File]) {
        walk(root, relative: "", recorded: recorded)
    }

    private mutating func walk(_ folder: String, relative: String, recorded: [PathKey: CarryOver.File]) {
        guard let stream = opendir(folder) else { return }
        defer { closedir(stream) }
        let descriptor = dirfd(stream)
        Self.forEachEntry(of: stream) { cName, bytes in
            visit(cName, bytes: bytes, in: descriptor, folder: folder, relative: relative, recorded: recorded)
        }
    }

    /// Calls `body` with the name of each entry of an open folder but `.` and `..`, as C
    /// string and as bytes.
    private static func forEachEntry(of stream: OpaquePointer, _ body: (UnsafePointer<CChar>, [UInt8]) -> Void) {
        while let entry = readdir(stream) {
            withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.prefix(while: { $0 != 0 })
                guard !bytes.elementsEqual([46]), !bytes.elementsEqual([46, 46]) else { return }  // "." and ".."
                raw.withMemoryRebound(to: CChar.self) { body($0.baseAddress!, Array(bytes)) }
            }
        }
    }

    private mutating func visit(_ cName: UnsafePointer<CChar>, bytes: [UInt8], in descriptor: Int32, folder: String,
                                relative: String, recorded: [PathKey: CarryOver.File]) {
        var info = stat()
        guard fstatat(descriptor, cName, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return }
        guard let name = String(validating: bytes, as: UTF8.self) else {
            // No file of a site has such a name: it was put there by hand.
            Self.remove(cName, in: descriptor)
            return
        }
        let path = relative.isEmpty ? name : relative + "/" + name
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            folders.insert(PathKey(path))
            walk(folder + "/" + name, relative: path, recorded: recorded)
        case S_IFREG:
            let key = PathKey(path)
            if let file = recorded[key], file.identity == FileIdentity(info) {
                files.add(file, at: key)
            } else {
                unlinkat(descriptor, cName, 0)
            }
        default:
            unlinkat(descriptor, cName, 0)
        }
    }

    /// Removes an entry of the folder `descriptor`, a folder with all it holds.
    private static func remove(_ cName: UnsafePointer<CChar>, in descriptor: Int32) {
        guard unlinkat(descriptor, cName, 0) != 0, errno == EISDIR else { return }
        let child = openat(descriptor, cName, O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
        if child >= 0, let stream = fdopendir(child) {
            forEachEntry(of: stream) { cName, _ in remove(cName, in: child) }
            closedir(stream)
        }
        unlinkat(descriptor, cName, AT_REMOVEDIR)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
#endif

/// What an incremental build may take from the previous one: the files each job key made, as
/// they lie in the previous output folder.
public struct CarryOver {
    public struct File: Equatable {
        public var digest: FileDigest
        public var identity: FileIdentity
    }

    /// The previous output folder, without a trailing slash.
    public var folder: String
    /// The files of each keyed job.
    public var files: [String: [File]]
    /// Every file of the previous build by path, keyed or not: a file made again with the
    /// same bytes is linked rather than written (creating files is what costs on disk).
    public var byPath: [PathKey: File]

    /// The previous file at `path` when it still has these bytes' digest and is unchanged on
    /// disk.
    func unchanged(_ digest: FileDigest) -> File? {
        guard let file = byPath[PathKey(digest.path)], file.digest.hasSameContents(as: digest),
              FileIdentity(path: folder + "/" + digest.path) == file.identity else { return nil }
        return file
    }
}

/// What tells that a file on disk is still the one a build wrote: its inode, size and
/// modification time. A hard-linked file keeps all three; any rewrite changes one.
public struct FileIdentity: Equatable, Sendable {
    public var inode: UInt64
    public var size: Int64
    public var modified: Int64

    public init(inode: UInt64, size: Int64, modified: Int64) {
        self.inode = inode
        self.size = size
        self.modified = modified
    }

    /// The identity of a regular file (not followed through a symlink), or nil.
    public init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }
}

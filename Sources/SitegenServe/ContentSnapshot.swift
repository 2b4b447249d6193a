import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The state of every file a build reads, by file stats alone (no contents are read): `lineage.yml`,
/// the release folders and every file in them. Two snapshots differ when a file was edited,
/// replaced, added or removed. Hidden files and editor backups (`~`) are left out.
public struct ContentSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var kind: UInt32
        var size: Int64
        var modified: Int64
        var changed: Int64
        var inode: UInt64
        /// For a symbolic link, where it leads.
        var target: String?
    }

    private(set) var stamps: [String: Stamp] = [:]
    private let root: String

    public init(contentDirectory: URL) {
        root = contentDirectory.path
        record(root + "/lineage.yml")
        let releases = root + "/releases"
        record(releases)
        for id in Self.visibleNames(in: releases) {
            let folder = releases + "/" + id
            record(folder)
            for name in Self.visibleNames(in: folder) { record(folder + "/" + name) }
        }
    }

    /// The folders whose entries a build reads: the content folder, `releases/` and each release.
    public var folders: [String] {
        [root] + stamps.filter { $0.value.kind == UInt32(S_IFDIR) }.keys.sorted()
    }

    /// The paths recorded (for messages and tests).
    public var paths: [String] { stamps.keys.sorted() }

    private mutating func record(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        var stamp = Stamp(kind: UInt32(info.st_mode & S_IFMT), size: Int64(info.st_size),
                          modified: Self.modified(info), changed: Self.changed(info),
                          inode: UInt64(info.st_ino), target: nil)
        if stamp.kind == UInt32(S_IFDIR) {
            // A folder's times change when editors write their backup files into it; what it
            // holds is recorded file by file instead.
            stamp.size = 0
            stamp.modified = 0
            stamp.changed = 0
        }
        if stamp.kind == UInt32(S_IFLNK) {
            stamp.target = ServedFile.realPath(path)
            var followed = stat()
            if stat(path, &followed) == 0 {
                stamp.size = Int64(followed.st_size)
                stamp.modified = Self.modified(followed)
            }
        }
        stamps[path] = stamp
    }

    private static func modified(_ info: stat) -> Int64 {
        #if canImport(Darwin)
        Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }

    private static func changed(_ info: stat) -> Int64 {
        #if canImport(Darwin)
        Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
        Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
    }

    private static func visibleNames(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix("~") && !$0.hasSuffix(".swp") }.sorted()
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
#endif

/// Plain POSIX file writes: Foundation's writers add work per file (temporary names,
/// attribute reads) that dominated builds of many thousand pages.
enum PosixFile {
    /// Writes a new file; returns what it is on disk (`fstat`, no second path lookup).
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String) throws -> FileIdentity {
        try write(to: path) { write in try write(bytes) }
    }

    /// Writes a new file in the pieces `body` hands to its `write`.
    static func write(to path: String, body: (([UInt8]) throws -> Void) throws -> Void) throws -> FileIdentity {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw SitegenError(file: path, "could not create the file: \(describe(errno))") }
        defer { close(descriptor) }
        try body { bytes in try writeAll(bytes, to: descriptor, path: path, what: "the file") }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw SitegenError(file: path, "could not read the file's status: \(describe(errno))") }
        return FileIdentity(info)
    }

    /// Writes every byte to an open file (`write` may take fewer than asked).
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String, what: String) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
            }
            guard count > 0 else { throw SitegenError(file: path, "could not write \(what): \(describe(errno))") }
            offset += count
        }
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or folder"
        case EACCES, EPERM: return "permission denied"
        case ENOSPC: return "no space left on the device"
        case ENAMETOOLONG: return "name too long"
        case EEXIST: return "already exists"
        case ENOTDIR: return "a part of the path is not a folder"
        case EROFS: return "read-only file system"
        // strerror's buffer is shared by every thread; the number is enough for the rest.
        default: return "error \(code)"
        }
    }
}

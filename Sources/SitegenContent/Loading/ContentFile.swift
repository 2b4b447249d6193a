import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
#endif

/// Reads what lies inside the content folder, and only that: a regular file or a folder,
/// never through a symbolic link (sitegen refuses every symbolic link inside the content
/// folder, so nothing outside it can be published), never a FIFO or a device. Errors say the
/// real cause: missing, permission denied, not a regular file, name too long.
enum ContentFile {
    enum Kind { case file, folder }

    /// What is at `path`, or `nil` when nothing is; refuses links and special files.
    static func kind(at path: String, display: String) throws -> Kind? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw SitegenError(file: display, cause(errno))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: throw SitegenError(file: display, "a symbolic link: content must be real files inside the content folder")
        case S_IFIFO: throw SitegenError(file: display, "not a regular file (a FIFO)")
        case S_IFCHR, S_IFBLK: throw SitegenError(file: display, "not a regular file (a device)")
        default: throw SitegenError(file: display, "not a regular file")
        }
    }

    /// The bytes of a regular file inside the content folder; `nil` when it does not exist.
    static func read(_ path: String, display: String) throws -> [UInt8]? {
        guard let kind = try kind(at: path, display: display) else { return nil }
        guard kind == .file else { throw SitegenError(file: display, "a folder, not a file") }
        // O_NOFOLLOW and O_NONBLOCK: a link or FIFO swapped in after the check is refused, not waited on.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw SitegenError(file: display, cause(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw SitegenError(file: display, "not a regular file")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            guard count > 0 else {
                if errno == EINTR { continue }
                throw SitegenError(file: display, "could not be read: \(cause(errno))")
            }
            bytes += buffer[..<count]
        }
        return bytes
    }

    /// The names in a folder inside the content folder.
    static func list(_ path: String, display: String) throws -> [String] {
        guard let directory = opendir(path) else { throw SitegenError(file: display, cause(errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The cause of a failed call, in words.
    static func cause(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "missing"
        case EACCES, EPERM: return "permission denied"
        case ENAMETOOLONG: return "name too long"
        case ENOTDIR: return "a part of the path is not a folder"
        case ELOOP: return "a symbolic link"
        case EISDIR: return "a folder, not a file"
        default: return String(cString: strerror(code))
        }
    }
}

import Foundation
import SitegenText
#if canImport(Glibc)
import Glibc
#endif

/// The few files the command line itself reads and writes (key files), with errors that say
/// the real cause in one line.
enum CLIFile {
    static func read(_ path: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SitegenError(file: path, CLIErrors.cause(errno))
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw SitegenError(file: path, "could not be read: \(CLIErrors.message(error))")
        }
    }

    /// Writes a new file; an existing one is never overwritten.
    static func create(_ path: String, _ text: String, mode: mode_t) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw SitegenError(file: path, errno == EEXIST ? "exists already; not overwritten" : CLIErrors.cause(errno))
        }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else {
            throw SitegenError(file: path, "could not be written: \(CLIErrors.cause(errno))")
        }
    }
}

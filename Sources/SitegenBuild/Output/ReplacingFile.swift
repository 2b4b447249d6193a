import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
#endif

/// A file of the build cache written whole or not at all: into a temporary file beside it, in
/// pieces, from any one thread at a time; `finish` renames it over the file, and one never
/// finished is removed.
final class ReplacingFile: @unchecked Sendable {
    private let target: String
    private let temporary: String
    private var descriptor: Int32

    init(_ url: URL) throws {
        target = url.path
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid())").path
        unlink(temporary)
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw SitegenError(file: target, "could not write the build cache: \(PosixFile.describe(errno))") }
    }

    func write(_ bytes: [UInt8]) throws {
        guard descriptor >= 0 else { throw SitegenError(file: target, "the file is written already") }
        try PosixFile.writeAll(bytes, to: descriptor, path: target, what: "the build cache")
    }

    func finish() throws {
        close(descriptor)
        descriptor = -1
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            throw SitegenError(file: target, "could not write the build cache: \(PosixFile.describe(errno))")
        }
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporary)
        }
    }
}

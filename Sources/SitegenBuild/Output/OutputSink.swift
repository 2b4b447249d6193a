import Foundation
import SitegenSite

/// Where the files of a build go. Every file of the site passes through one sink's `write`,
/// from any thread: the build's `StagingSink` writes into the staging folder and hashes as it
/// writes; `MemorySink` keeps files in memory for tests and previews.
public protocol OutputSink: AnyObject, Sendable {
    /// Writes one file and returns its digest.
    @discardableResult
    func write(_ file: OutputFile) throws -> FileDigest
}

extension OutputSink {
    @discardableResult
    public func write(_ files: [OutputFile]) throws -> [FileDigest] {
        try files.map { try write($0) }
    }
}

/// Keeps every file in memory, by path. Writing one path twice is an error, as on disk.
public final class MemorySink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var contents: [String: [UInt8]] = [:]

    public init() {}

    @discardableResult
    public func write(_ file: OutputFile) throws -> FileDigest {
        try SitePath.requireWritable(file.path)
        try lock.withLock {
            guard contents.updateValue(file.bytes, forKey: file.path) == nil else {
                throw SitePath.writtenTwice(file.path)
            }
        }
        return FileDigest(path: file.path, contents: file.bytes)
    }

    /// The files written, sorted by path.
    public var files: [OutputFile] {
        lock.withLock { contents.map { OutputFile(path: $0.key, bytes: $0.value) } }.sorted { $0.path < $1.path }
    }

    public subscript(path: String) -> [UInt8]? {
        lock.withLock { contents[path] }
    }
}

/// Keeps only the paths: what `check` renders into, to find every path `build` would refuse
/// to write without holding the site in memory.
public final class PathSink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    public init() {}

    @discardableResult
    public func write(_ file: OutputFile) throws -> FileDigest {
        try SitePath.requireWritable(file.path)
        try lock.withLock {
            guard paths.insert(file.path).inserted else {
                throw SitePath.writtenTwice(file.path)
            }
        }
        return FileDigest(path: file.path, sha256: "", bytes: file.bytes.count)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a whole site atomically: into a temporary folder beside the output, then swapped in.
/// A build that fails at any point leaves the previous output exactly as it was.
public struct SiteWriter {
    public var outputDirectory: URL

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
    }

    public func write(_ files: [OutputFile]) throws {
        let fm = FileManager.default
        let output = outputDirectory.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let names = StagingCleanup.folders(for: output)
        let staging = URL(fileURLWithPath: names.staging), retired = URL(fileURLWithPath: names.retired)
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        StagingCleanup.removeAbandoned(beside: output)
        defer { StagingCleanup.register(nil) }
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
            StagingCleanup.register(names)
            var seen = Set<String>()
            var folders = Set<String>()
            for file in files {
                guard Self.isSafe(file.path), seen.insert(file.path).inserted else {
                    throw SitegenError(file: file.path, "refusing to write an unsafe or duplicate output path")
                }
                var folder = Substring(file.path)
                while let slash = folder.lastIndex(of: "/") {
                    folder = folder[..<slash]
                    guard folders.insert(String(folder)).inserted else { break }
                }
            }
            // Parents sort before their children, so each folder is made once, without recursion.
            for folder in folders.sorted() {
                try fm.createDirectory(atPath: staging.path + "/" + folder, withIntermediateDirectories: false)
            }
            for file in files {
                try Self.write(file.bytes, to: staging.path + "/" + file.path)
            }
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: retired)
            }
            do {
                try fm.moveItem(at: staging, to: output)
            } catch {
                if fm.fileExists(atPath: retired.path) { try? fm.moveItem(at: retired, to: output) }
                throw error
            }
            try? fm.removeItem(at: retired)
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }

    /// Writes bytes to a new file with plain POSIX calls: Foundation's writers add work per
    /// file (temporary names, attribute reads) that dominated builds of many thousand pages.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw SitegenError(file: path, "could not create the file (errno \(errno))") }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
            }
            guard written > 0 else { throw SitegenError(file: path, "could not write the file (errno \(errno))") }
            offset += written
        }
    }

    /// A relative path with no `..`, no empty or hidden segments.
    static func isSafe(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !parts.isEmpty
            && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}

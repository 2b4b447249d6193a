import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
import SitegenSite
#endif

/// The `--output` folder, checked once where it enters: a place that is sitegen's alone.
///
/// Refused, each with one line that says why: an empty path, `/`, the current folder or any
/// folder above it, the content folder or anything inside or above it, anything that exists
/// and is not a folder (a file, a FIFO, a device), a symbolic link (sitegen never writes
/// through one, nor replaces it), and an existing non-empty folder without the marker file
/// `.sitegen-site` that every build writes. An empty folder, a missing one, or a previous
/// sitegen site are accepted.
public struct OutputLocation: Equatable, Sendable {
    /// The absolute, standardised folder (symbolic links in its parents resolved).
    public let url: URL

    /// The marker file written into every built site.
    public static let markerName = ".sitegen-site"
    public static let markerFile = OutputFile(
        path: markerName, text: "This folder was written by sitegen; each build replaces it as a whole.\n")
    /// Entries a folder may hold and still count as empty (a placeholder kept by git).
    static let ignorable: Set<String> = [".gitkeep"]

    public init(_ path: String, contentDirectory: URL,
                currentDirectory: String = FileManager.default.currentDirectoryPath) throws {
        let fail = { (why: String) in SitegenError(file: path.isEmpty ? "--output" : path, why) }
        guard !path.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw SitegenError(file: "--output", "the output folder is empty; name a folder such as 'public'")
        }
        guard !path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw fail("the output folder name holds control characters")
        }
        let absolute = path.hasPrefix("/") ? path : currentDirectory + "/" + path
        let lexical = URL(fileURLWithPath: absolute).standardizedFileURL.path
        var info = stat()
        if lstat(lexical, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            throw fail("the output is a symbolic link; sitegen neither writes through nor replaces one: name the real folder")
        }
        let output = Self.resolved(lexical)
        guard output != "/" else { throw fail("refusing to use / as the output folder") }
        let current = Self.resolved(URL(fileURLWithPath: currentDirectory).standardizedFileURL.path)
        if Self.isSameOrInside(current, output) {
            throw fail(current == output ? "the output is the current folder; name a folder inside it, such as 'public'"
                                         : "the output folder holds the current folder; name a folder inside it, such as 'public'")
        }
        let content = Self.resolved(contentDirectory.standardizedFileURL.path)
        if Self.isSameOrInside(output, content) || Self.isSameOrInside(content, output) {
            throw fail("the output would overwrite the content folder \(contentDirectory.relativePath): they must not hold each other")
        }
        if lstat(output, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw fail("the output exists and is not a folder; sitegen replaces only folders it made")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
            let meaningful = entries.filter { !Self.ignorable.contains($0) }
            if !meaningful.isEmpty, !entries.contains(Self.markerName), !Self.isLegacySite(output) {
                throw fail("the output folder is not empty and was not made by sitegen (no \(Self.markerName)); empty it or name another folder")
            }
        }
        url = URL(fileURLWithPath: output)
    }

    /// A site built by sitegen before the marker file existed: it holds sitegen's stylesheet,
    /// feed and budget-lines export (so `make site` keeps working on an existing `public/`).
    static func isLegacySite(_ folder: String) -> Bool {
        ["assets/site.css", "feed.xml", "data/budget-lines.csv"].allSatisfy {
            FileManager.default.fileExists(atPath: folder + "/" + $0)
        }
    }

    /// Whether `path` is `folder` or lies inside it.
    static func isSameOrInside(_ path: String, _ folder: String) -> Bool {
        path == folder || folder == "/" || path.hasPrefix(folder + "/")
    }

    /// The path with every symbolic link of its existing part resolved (`realpath` of the
    /// longest existing prefix, the rest appended as written).
    static func resolved(_ path: String) -> String {
        var existing = path
        var rest: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let base = String(cString: real)
                guard !rest.isEmpty else { return base }
                return (base == "/" ? "" : base) + "/" + rest.reversed().joined(separator: "/")
            }
            let url = URL(fileURLWithPath: existing)
            guard existing != "/", !existing.isEmpty else { return path }
            rest.append(url.lastPathComponent)
            existing = url.deletingLastPathComponent().path
        }
    }
}

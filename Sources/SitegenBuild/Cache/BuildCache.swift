import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
import SitegenContent
import SitegenSite
#endif

/// The incremental build's memory, in a folder beside the output (`.public.cache/` for
/// `public/`), never published. It holds the model of every release read (keyed by the
/// release's bytes and the build identity), and the files each job made in the last build.
/// Everything in it is keyed by `identity`, so a different sitegen never reuses it.
public struct BuildCache: ReleaseModelStore, DerivedStore, Sendable {
    public var folder: URL
    /// The sitegen that wrote it (`BuildIdentity.current`).
    public var identity: String

    public init(folder: URL, identity: String) {
        self.folder = folder
        self.identity = identity
    }

    /// The cache folder of an output folder: `.NAME.cache` beside it.
    public static func folder(besideOutput output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).cache")
    }

    private var modelsFolder: URL { folder.appendingPathComponent("models") }
    var jobsFile: URL { folder.appendingPathComponent("jobs.tsv") }
    var retiringFile: URL { folder.appendingPathComponent("retiring.tsv") }
    var spareFolder: URL { folder.appendingPathComponent("spare") }
    var spareFile: URL { folder.appendingPathComponent("spare.tsv") }
    static let header = "sitegen-cache\t1\t"

    // MARK: Models

    /// The file name of a release's model: its content key, with the identity.
    private func modelURL(_ contentKey: String) -> URL {
        var key = DependencyKey("model")
        key.add(identity)
        key.add(contentKey)
        return modelsFolder.appendingPathComponent(key.digest + ".model")
    }

    /// The release model read from the same bytes by the same sitegen, if the cache has it
    /// (in the compact binary form, `ModelEncoder`'s; a file it cannot read is a miss).
    public func model(for contentKey: String) -> Release? {
        guard let data = FileManager.default.contents(atPath: modelURL(contentKey).path) else { return nil }
        return try? ModelDecoder.decode(Release.self, from: [UInt8](data))
    }

    public func store(_ release: Release, for contentKey: String) {
        guard let bytes = try? ModelEncoder.encode(release, capacity: 1 << 16) else { return }
        try? FileManager.default.createDirectory(at: modelsFolder, withIntermediateDirectories: true)
        try? Self.replace(modelURL(contentKey)) { write in try write(bytes) }
    }

    /// What a theme derived from one release alone (`ReleaseMemo`), kept beside the release's
    /// model under the same key, named `<model key>.<kind>`.
    public func derived(_ kind: String, for contentKey: String) -> [UInt8]? {
        FileManager.default.contents(atPath: derivedURL(kind, contentKey).path).map { [UInt8]($0) }
    }

    public func storeDerived(_ bytes: [UInt8], kind: String, for contentKey: String) {
        try? FileManager.default.createDirectory(at: modelsFolder, withIntermediateDirectories: true)
        try? Self.replace(derivedURL(kind, contentKey)) { write in try write(bytes) }
    }

    private func derivedURL(_ kind: String, _ contentKey: String) -> URL {
        modelURL(contentKey).deletingPathExtension().appendingPathExtension(kind)
    }

    /// What a theme derived from the whole site (`ReleaseMemo.siteBytes`), by name, for the
    /// same sitegen only; a clean build removes it with the rest of the cache.
    public func siteDerived(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: siteDerivedURL(name).path).map { [UInt8]($0) }
    }

    public func storeSiteDerived(_ bytes: [UInt8], name: String) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = siteDerivedURL(name)
        try? Self.replace(url) { write in try write(bytes) }
        // Another sitegen's bytes of the same name are of no use to this one.
        for other in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where other.hasPrefix("site-") && other.hasSuffix("." + name) && other != url.lastPathComponent {
            unlink(folder.appendingPathComponent(other).path)
        }
    }

    private func siteDerivedURL(_ name: String) -> URL {
        var key = DependencyKey("site")
        key.add(identity)
        key.add(name)
        return folder.appendingPathComponent("site-" + key.digest + "." + name)
    }

    /// Removes the models, and what was derived from them, of releases that are no longer in
    /// the content.
    public func pruneModels(keeping contentKeys: [String]) {
        let keep = Set(contentKeys.map { modelURL($0).deletingPathExtension().lastPathComponent })
        let names = (try? FileManager.default.contentsOfDirectory(atPath: modelsFolder.path)) ?? []
        for name in names where !keep.contains(String(name.prefix { $0 != "." })) {
            try? FileManager.default.removeItem(at: modelsFolder.appendingPathComponent(name))
        }
    }

    // MARK: Jobs

    /// What the last build's jobs made, as it lies in `output`; nil when there is nothing to
    /// reuse. Files are linked by digest whichever sitegen made them; jobs are carried only
    /// when the same sitegen recorded them.
    public func carryOver(output: URL) -> CarryOver? {
        guard let record = Self.readRecord(jobsFile) else { return nil }
        return CarryOver(folder: output.standardizedFileURL.path,
                         files: record.identity == identity ? record.byKey : [:], byPath: record.byPath)
    }

    /// The key of files made by no keyed job.
    public static let unkeyed = "-"

    /// The record of jobs and files (`jobs.tsv`) being written: into a temporary file, in
    /// pieces (a 600-release site's record is 16 MB), from any one thread at a time; `finish`
    /// renames it over the record, and one never finished is removed. A build writes the
    /// jobs' lines on another thread while it writes the manifests, and adds the files
    /// written after the jobs once the site is swapped in.
    public final class RecordWriter: @unchecked Sendable {
        private let file: ReplacingFile

        public init(_ cache: BuildCache) throws {
            try FileManager.default.createDirectory(at: cache.folder, withIntermediateDirectories: true)
            file = try ReplacingFile(cache.jobsFile)
            try file.write(Array((BuildCache.header + cache.identity + "\n").utf8))
        }

        /// Adds the lines of these jobs' files. Files without an identity are left out of
        /// `unkeyed`; a job with one is left out whole.
        public func append(_ byKey: [String: [FileDigest]], identities: FileIdentities) throws {
            var text: [UInt8] = []
            text.reserveCapacity(1 << 20 + 4096)
            for key in byKey.keys.sorted() {
                var digests = byKey[key]!
                if key == unkeyed { digests = digests.filter { identities[$0.path] != nil } }
                guard digests.allSatisfy({ !$0.path.utf8.contains(9) && !$0.path.utf8.contains(10) }),
                      digests.allSatisfy({ identities[$0.path] != nil }) else { continue }
                for digest in digests {
                    let identity = identities[digest.path]!
                    for (position, field) in [key, digest.path, digest.sha256, String(digest.bytes), String(identity.inode),
                                              String(identity.size), String(identity.modified)].enumerated() {
                        if position > 0 { text.append(9) }
                        text += field.utf8
                    }
                    text.append(10)
                    if text.count > 1 << 20 {
                        try file.write(text)
                        text.removeAll(keepingCapacity: true)
                    }
                }
            }
            try file.write(text)
        }

        public func finish() throws {
            try file.finish()
        }
    }

    /// Sets the record of the output aside before the swap, as the record of the tree the swap
    /// retires (see `keepSpare`): the output is about to change, so no job may be carried from
    /// it any more.
    public func forgetJobs() {
        unlink(retiringFile.path)
        rename(jobsFile.path, retiringFile.path)
    }

    /// Removes the cache before a clean build, but for the record of the output: the tree the
    /// swap retires can still serve as the next build's staging folder. Folders (the spare
    /// tree, the models) are renamed away and removed on another thread while the build goes
    /// on; the returned function waits until they are gone.
    public func clear() -> () -> Void {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var doomed: [String] = []
        for name in names where name != jobsFile.lastPathComponent {
            let path = folder.appendingPathComponent(name).path
            let away = folder.appendingPathComponent("removing-\(getpid())-\(doomed.count)").path
            if !name.hasPrefix("removing-"), rename(path, away) == 0 {
                doomed.append(away)
            } else if name.hasPrefix("removing-") {
                doomed.append(path)
            } else {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        let removed = DispatchGroup()
        for path in doomed {
            DispatchQueue.global().async(group: removed) { try? FileManager.default.removeItem(atPath: path) }
        }
        return { removed.wait() }
    }

    /// Writes a file whole or not at all: into a temporary name, then renamed over.
    static func replace(_ url: URL, with data: Data) throws {
        try replace(url) { write in try write(Array(data)) }
    }

    /// Writes a file whole or not at all, in the pieces `body` hands to its `write`.
    static func replace(_ url: URL, body: ((([UInt8]) throws -> Void)) throws -> Void) throws {
        let file = try ReplacingFile(url)
        try body(file.write)
        try file.finish()
    }
}

/// Which sitegen made something: its version and the executable file itself (its size,
/// inode and modification time; a rebuilt or replaced sitegen has new ones), so that a sitegen
/// with changed templates never takes pages from an older one. Reading the file's status
/// instead of hashing its 30 MB keeps a small site's rebuild fast.
public enum BuildIdentity {
    public static let version = "0.4.0"

    public static let current: String = {
        guard let identity = FileIdentity(path: executablePath) else {
            return "\(version) unknown-\(UUID().uuidString)"
        }
        return "\(version) \(identity.inode)-\(identity.size)-\(identity.modified)"
    }()

    /// The running executable, links resolved (`/proc/self/exe` is itself a link).
    private static var executablePath: String {
        guard let real = realpath("/proc/self/exe", nil) else { return "/proc/self/exe" }
        defer { free(real) }
        return String(cString: real)
    }
}

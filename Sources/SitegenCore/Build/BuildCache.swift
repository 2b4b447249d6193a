import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The incremental build's memory, in a folder beside the output (`.public.cache/` for
/// `public/`), never published. It holds the model of every release read (keyed by the
/// release's bytes and the build identity), and the files each job made in the last build.
/// Everything in it is keyed by `identity`, so a different sitegen never reuses it.
public struct BuildCache {
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

    private var jobsFile: URL { folder.appendingPathComponent("jobs.tsv") }
    private var modelsFolder: URL { folder.appendingPathComponent("models") }
    private static let header = "sitegen-cache\t1\t"

    // MARK: Models

    /// The file name of a release's model: its content key, with the identity.
    private func modelURL(_ contentKey: String) -> URL {
        var key = DependencyKey("model")
        key.add(identity)
        key.add(contentKey)
        return modelsFolder.appendingPathComponent(key.digest + ".json")
    }

    /// The release model read from the same bytes by the same sitegen, if the cache has it.
    public func model(for contentKey: String) -> Release? {
        guard let data = FileManager.default.contents(atPath: modelURL(contentKey).path) else { return nil }
        return try? JSONDecoder().decode(Release.self, from: data)
    }

    public func store(_ release: Release, for contentKey: String) {
        guard let data = try? JSONEncoder().encode(release) else { return }
        try? FileManager.default.createDirectory(at: modelsFolder, withIntermediateDirectories: true)
        try? Self.replace(modelURL(contentKey), with: data)
    }

    /// Removes the models of releases that are no longer in the content.
    public func pruneModels(keeping contentKeys: [String]) {
        let keep = Set(contentKeys.map { modelURL($0).lastPathComponent })
        let names = (try? FileManager.default.contentsOfDirectory(atPath: modelsFolder.path)) ?? []
        for name in names where !keep.contains(name) {
            try? FileManager.default.removeItem(at: modelsFolder.appendingPathComponent(name))
        }
    }

    // MARK: Jobs

    /// What the last build's jobs made, as it lies in `output`; nil when there is nothing to
    /// reuse (no cache, another sitegen, another output).
    public func carryOver(output: URL) -> CarryOver? {
        guard let data = FileManager.default.contents(atPath: jobsFile.path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard let first = lines.popFirst(), first == Self.header + identity else { return nil }
        var files: [String: [CarryOver.File]] = [:]
        var byPath: [String: CarryOver.File] = [:]
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 7, let bytes = Int(fields[3]), let inode = UInt64(fields[4]),
                  let size = Int64(fields[5]), let modified = Int64(fields[6]) else { return nil }
            let file = CarryOver.File(digest: FileDigest(path: String(fields[1]), sha256: String(fields[2]), bytes: bytes),
                                      identity: FileIdentity(inode: inode, size: size, modified: modified))
            if fields[0] != Self.unkeyed { files[String(fields[0]), default: []].append(file) }
            byPath[file.digest.path] = file
        }
        return CarryOver(folder: output.standardizedFileURL.path, files: files, byPath: byPath)
    }

    /// The key of files made by no keyed job.
    static let unkeyed = "-"

    /// Records what each keyed job made, and every other file of the site under `unkeyed`,
    /// with what each file is on disk (`identities`, as the sink wrote or carried it); a job
    /// any of whose files is unknown is not recorded.
    public func storeJobs(_ keyed: [String: [FileDigest]], all: [FileDigest], identities: [String: FileIdentity]) throws {
        var byKey = keyed
        let ofJobs = Set(keyed.values.joined().map(\.path))
        byKey[Self.unkeyed] = all.filter { !ofJobs.contains($0.path) && identities[$0.path] != nil }
        var text = Self.header + identity + "\n"
        for key in byKey.keys.sorted() {
            let digests = byKey[key]!
            guard digests.allSatisfy({ !$0.path.contains("\t") && !$0.path.contains("\n") }) else { continue }
            let rows = digests.compactMap { digest -> String? in
                guard let identity = identities[digest.path] else { return nil }
                return "\(key)\t\(digest.path)\t\(digest.sha256)\t\(digest.bytes)\t\(identity.inode)\t\(identity.size)\t\(identity.modified)\n"
            }
            guard rows.count == digests.count else { continue }
            text += rows.joined()
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.replace(jobsFile, with: Data(text.utf8))
    }

    /// Forgets the jobs (before a build that may leave the output changed).
    public func forgetJobs() {
        try? FileManager.default.removeItem(at: jobsFile)
    }

    /// Removes the whole cache (`build --clean`).
    public func clear() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes a file whole or not at all: into a temporary name, then renamed over.
    private static func replace(_ url: URL, with data: Data) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)")
        try data.write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw SitegenError(file: url.path, "could not write the build cache: \(PosixFile.describe(errno))")
        }
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

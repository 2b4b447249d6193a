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
    /// reuse. Files are linked by digest whichever sitegen made them; jobs are carried only
    /// when the same sitegen recorded them.
    public func carryOver(output: URL) -> CarryOver? {
        guard let record = Self.readRecord(jobsFile) else { return nil }
        return CarryOver(folder: output.standardizedFileURL.path,
                         files: record.identity == identity ? record.byKey : [:], byPath: record.byPath)
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
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Written in pieces: the record of a 600-release site is 16 MB.
        try Self.replace(jobsFile) { write in
            var text: [UInt8] = Array((Self.header + identity + "\n").utf8)
            for key in byKey.keys.sorted() {
                let digests = byKey[key]!
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
                        try write(text)
                        text.removeAll(keepingCapacity: true)
                    }
                }
            }
            try write(text)
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

    // MARK: The spare tree

    private var jobsFile: URL { folder.appendingPathComponent("jobs.tsv") }
    private var retiringFile: URL { folder.appendingPathComponent("retiring.tsv") }
    private var spareFolder: URL { folder.appendingPathComponent("spare") }
    private var spareFile: URL { folder.appendingPathComponent("spare.tsv") }

    /// Moves the spare tree (the output of the build before last) to `staging` and returns
    /// what reads its record (what its files were when they were recorded; nothing, when the
    /// record cannot be read), or nil (having removed any spare tree) when there is no spare
    /// tree or no record of it. The record stays until the build ends: files changed since
    /// are told by their identity.
    public func takeSpare(to staging: String) -> (() -> [String: CarryOver.File])? {
        guard FileManager.default.fileExists(atPath: spareFolder.path) else { return nil }
        guard FileManager.default.fileExists(atPath: spareFile.path), rename(spareFolder.path, staging) == 0 else {
            try? FileManager.default.removeItem(at: spareFolder)
            unlink(spareFile.path)
            return nil
        }
        let record = spareFile
        return { Self.readRecord(record)?.byPath ?? [:] }
    }

    /// Puts a staging folder taken by `takeSpare` back (its build failed); false when it
    /// cannot.
    public func giveBackSpare(from staging: String) -> Bool {
        !FileManager.default.fileExists(atPath: spareFolder.path) && FileManager.default.fileExists(atPath: spareFile.path)
            && rename(staging, spareFolder.path) == 0
    }

    /// Keeps the tree that the swap retired as the spare, with the record set aside by
    /// `forgetJobs`; without a record it is removed.
    public func keepSpare(_ retired: String) {
        unlink(spareFile.path)
        guard FileManager.default.fileExists(atPath: retiringFile.path),
              (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil,
              !FileManager.default.fileExists(atPath: spareFolder.path),
              rename(retired, spareFolder.path) == 0 else {
            try? FileManager.default.removeItem(atPath: retired)
            unlink(retiringFile.path)
            return
        }
        rename(retiringFile.path, spareFile.path)
    }

    // MARK: Records

    struct Record {
        var identity: String
        var byKey: [String: [CarryOver.File]] = [:]
        var byPath: [String: CarryOver.File] = [:]
    }

    /// Reads a record of jobs and files (`jobs.tsv`), over bytes: a 600-release site's record
    /// has 78,000 lines. Nil when the file is missing or not well-formed.
    static func readRecord(_ url: URL) -> Record? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return data.withUnsafeBytes { raw -> Record? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lines = bytes.split(separator: 10, omittingEmptySubsequences: true)[...]
            guard let first = lines.popFirst() else { return nil }
            let header = String(decoding: first, as: UTF8.self)
            guard header.hasPrefix(Self.header) else { return nil }
            var record = Record(identity: String(header.dropFirst(Self.header.count)))
            record.byPath.reserveCapacity(lines.count)
            var lastKey: Substring.UTF8View? = nil
            var key = ""
            for line in lines {
                let fields = line.split(separator: 9, maxSplits: 6, omittingEmptySubsequences: false)
                guard fields.count == 7, let bytes = decimal(fields[3]).flatMap(Int.init(exactly:)),
                      let inode = decimal(fields[4]), let size = decimal(fields[5]).flatMap(Int64.init(exactly:)),
                      let modified = decimal(fields[6]).flatMap(Int64.init(exactly:)) else { return nil }
                if lastKey.map({ !$0.elementsEqual(fields[0]) }) ?? true {
                    key = String(decoding: fields[0], as: UTF8.self)
                    lastKey = key[...].utf8
                }
                let file = CarryOver.File(
                    digest: FileDigest(path: String(decoding: fields[1], as: UTF8.self),
                                       sha256: String(decoding: fields[2], as: UTF8.self), bytes: bytes),
                    identity: FileIdentity(inode: inode, size: size, modified: modified))
                if key != Self.unkeyed { record.byKey[key, default: []].append(file) }
                record.byPath[file.digest.path] = file
            }
            return record
        }
    }

    /// A non-negative decimal number that fits in 64 bits.
    private static func decimal(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
        guard !digits.isEmpty else { return nil }
        var value: UInt64 = 0
        for digit in digits {
            guard digit >= 48, digit <= 57 else { return nil }
            let (times, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, carried) = times.addingReportingOverflow(UInt64(digit - 48))
            guard !overflowed, !carried else { return nil }
            value = sum
        }
        return value
    }

    /// Writes a file whole or not at all: into a temporary name, then renamed over.
    private static func replace(_ url: URL, with data: Data) throws {
        try replace(url) { write in try write(Array(data)) }
    }

    /// Writes a file whole or not at all, in the pieces `body` hands to its `write`.
    private static func replace(_ url: URL, body: ((([UInt8]) throws -> Void)) throws -> Void) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)").path
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw SitegenError(file: url.path, "could not write the build cache: \(PosixFile.describe(errno))") }
        do {
            defer { close(descriptor) }
            try body { bytes in
                var offset = 0
                while offset < bytes.count {
                    let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
                    guard count > 0 else { throw SitegenError(file: url.path, "could not write the build cache: \(PosixFile.describe(errno))") }
                    offset += count
                }
            }
        } catch {
            unlink(temporary)
            throw error
        }
        if rename(temporary, url.path) != 0 {
            unlink(temporary)
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

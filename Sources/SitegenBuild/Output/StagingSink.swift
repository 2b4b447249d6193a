import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
import SitegenSite
#endif

/// Writes the site's files into a staging folder as they are rendered, from any thread, and
/// records each file's digest as it writes, so that the manifests need no second pass over the
/// site. `carry` brings an unchanged file of the previous build in by hard link instead.
/// When the staging folder is a spare tree (`SpareTree`), a file it already holds with the
/// same bytes is kept where it is, one that differs is replaced (unlinked first: it may be a
/// link to the live site's file), and `removeLeftovers` removes what no job wrote again.
/// A file that shows the site's root hash (it holds `SiteManifest.rootPlaceholder`) is held
/// back until `seal` knows the root.
public final class StagingSink: OutputSink, @unchecked Sendable {
    /// The staging folder, without a trailing slash.
    public let root: String
    private let lock = NSLock()
    private var folders: Set<PathKey> = [PathKey("")]
    /// The folder of the file reserved last (one of `folders`).
    private var lastFolder: Substring = ""
    private var written: [PathKey: FileDigest] = [:]
    /// What each written or carried file is on disk, for the next build's carry-over (a rename
    /// of the staging folder keeps inodes and times).
    private var identities = FileIdentities()
    /// Files that show the root hash, written by `seal`.
    private var deferred: [String: [UInt8]] = [:]

    /// The previous build's files, to link where a file is made again with the same bytes.
    private let previous: CarryOver?
    /// What the spare tree holds: its files as recorded (marked as jobs claim them), and the
    /// folders no job has claimed yet.
    private var spareFiles: SpareFiles
    private var spareFolders: Set<PathKey>

    public init(root: String, previous: CarryOver? = nil, spare: SpareTree? = nil) {
        self.root = root
        self.previous = previous
        spareFiles = spare?.files ?? SpareFiles()
        spareFolders = spare?.folders.subtracting([PathKey("")]) ?? []
        // About as many files as the last build's: the tables are not grown 17 times over.
        let expected = max(previous?.byPath.count ?? 0, spareFiles.count)
        written.reserveCapacity(expected)
        identities.byPath.reserveCapacity(expected)
    }

    @discardableResult
    public func write(_ file: OutputFile) throws -> FileDigest {
        let spare = try reserve(file.path)
        let digest = FileDigest(path: file.path, contents: file.bytes)
        let target = root + "/" + file.path
        if digest.carriesRoot == true {
            if spare != nil { unlink(target) }
            lock.withLock { deferred[file.path] = file.bytes }
            record(digest, identity: nil)
        } else if let spare, spare.digest.hasSameContents(as: digest) {
            record(digest, identity: spare.identity)
        } else {
            if spare != nil { unlink(target) }
            if let previous, let same = previous.unchanged(digest), link(previous.folder + "/" + file.path, target) == 0 {
                record(digest, identity: same.identity)
            } else {
                do {
                    record(digest, identity: try PosixFile.write(file.bytes, to: target))
                } catch {
                    release(file.path)
                    throw error
                }
            }
        }
        return digest
    }

    /// Brings the files one job made in the previous build into the staging folder, when all
    /// of them can be: the spare tree holds each with the same bytes (it is kept where it
    /// is), or the previous output folder `previous` still holds it as recorded (it is
    /// linked). Returns false, having claimed nothing, when one cannot be carried.
    public func carry(_ files: [CarryOver.File], from previous: String) throws -> Bool {
        try carry(jobs: [files], from: previous)[0]
    }

    /// `carry` for many jobs at once, each carried whole or not at all: returns whether each
    /// was. Their files are looked up, claimed and recorded under one lock a step, not each
    /// file or each job (trips through the lock, and the retains of the shared tables from
    /// both cores, were most of what carrying 78,000 unchanged files cost).
    public func carry(jobs: [[CarryOver.File]], from previous: String) throws -> [Bool] {
        let keys = jobs.map { $0.map { PathKey($0.digest.path) } }
        let spared = lock.withLock {
            zip(jobs, keys).map { files, keys in
                zip(files, keys).map { file, key in spareFiles.holds(key, sameAs: file.digest) }
            }
        }
        var carried = [Bool](repeating: true, count: jobs.count)
        for job in jobs.indices {
            for (file, spared) in zip(jobs[job], spared[job]) where !spared {
                guard FileIdentity(path: previous + "/" + file.digest.path) == file.identity else {
                    carried[job] = false
                    break
                }
            }
            if carried[job] {
                for file in jobs[job] { try SitePath.requireWritable(file.digest.path) }
            }
        }
        let spares = try lock.withLock {
            try jobs.indices.map { job in
                carried[job] ? try zip(jobs[job], keys[job]).map { try reserveLocked($0.digest.path, key: $1, digest: $0.digest) } : []
            }
        }
        var kept: [[FileIdentity]] = []
        kept.reserveCapacity(jobs.count)
        for job in jobs.indices {
            var identities: [FileIdentity] = []
            for (file, spare) in zip(jobs[job], spares[job]) {
                if let spare, spare.digest.hasSameContents(as: file.digest) {
                    identities.append(spare.identity)
                    continue
                }
                let target = root + "/" + file.digest.path
                if spare != nil { unlink(target) }
                guard link(previous + "/" + file.digest.path, target) == 0 else {
                    throw SitegenError(file: file.digest.path, "could not carry the file over from the previous build; build again with --clean")
                }
                identities.append(file.identity)
            }
            kept.append(identities)
        }
        // The digests were recorded as the paths were claimed.
        lock.withLock {
            for job in jobs.indices where carried[job] {
                for (key, identity) in zip(keys[job], kept[job]) { identities.byPath[key] = identity }
            }
        }
        return carried
    }

    /// Removes the files and folders of the spare tree that this build did not write again
    /// (call it once every job has written).
    public func removeLeftovers() {
        let (files, folders) = lock.withLock {
            defer { spareFiles = SpareFiles(); spareFolders = [] }
            return (spareFiles.unclaimed, spareFolders)
        }
        for path in files { unlink(root + "/" + path) }
        // Deepest first: a folder's path is longer than its parent's.
        for folder in folders.map(\.path).sorted(by: { $0.utf8.count > $1.utf8.count }) { rmdir(root + "/" + folder) }
    }

    /// The on-disk identity of every file written or carried (not the held-back ones).
    public var fileIdentities: FileIdentities {
        lock.withLock { identities }
    }

    /// Ends the site: writes `site-manifest.json` (every file so far with its digest, the files
    /// of a release through its release manifest's), its signature when a signer is given, and
    /// the held-back files with the root hash filled in. Returns the root hash.
    public func seal(signer: SiteSigner?) throws -> String {
        removeLeftovers()
        let rootHash = try writeManifest(SiteManifest(site: digests))
        let held = lock.withLock { deferred }
        for (path, bytes) in held.sorted(by: { $0.key < $1.key }) {
            _ = try PosixFile.write(SiteManifest.fillingRoot(bytes, root: rootHash), to: root + "/" + path)
        }
        lock.withLock { deferred = [:] }
        if let signer {
            guard let manifest = FileManager.default.contents(atPath: root + "/" + SiteManifest.path) else {
                throw SitegenError(file: root + "/" + SiteManifest.path, "could not read the site manifest back to sign it")
            }
            try write(OutputFile(path: SiteManifest.signaturePath, text: try signer.signature(of: [UInt8](manifest)) + "\n"))
        }
        return rootHash
    }

    /// Writes `site-manifest.json` as it is encoded, a megabyte at a time, digesting what it
    /// writes (held whole, it was the build's last peak of memory); returns its SHA-256.
    private func writeManifest(_ manifest: SiteManifest) throws -> String {
        let path = SiteManifest.path
        if try reserve(path) != nil { unlink(root + "/" + path) }
        do {
            var hasher = SHA256(), size = 0
            let identity = try PosixFile.write(to: root + "/" + path) { write in
                // `encode` keeps its closure only while it encodes.
                var failure: Error?
                withoutActuallyEscaping(write) { write in
                    manifest.encode { piece in
                        guard failure == nil else { return }
                        do { try write(piece) } catch { failure = error }
                        hasher.update(data: piece)
                        size += piece.count
                    }
                }
                if let failure { throw failure }
            }
            let sha256 = Hex.encode(hasher.finalize())
            record(FileDigest(path: path, sha256: sha256, bytes: size), identity: identity)
            return sha256
        } catch {
            release(path)
            throw error
        }
    }

    /// The digest of the file written or carried at `path`.
    public func digest(at path: String) -> FileDigest? {
        lock.withLock { written[PathKey(path)] }
    }

    /// Every file written or carried, in no particular order: what reads them sorts what it
    /// needs (sorting the 78,000 paths of a 600-release site on each call was 10 % of an
    /// incremental build).
    public var digests: [FileDigest] {
        lock.withLock { Array(written.values) }
    }

    /// Claims a path (refusing unsafe and duplicate ones) and makes its parent folders; returns
    /// the spare tree's file at the path, which the caller keeps or unlinks.
    private func reserve(_ path: String) throws -> CarryOver.File? {
        try SitePath.requireWritable(path)
        return try lock.withLock { try reserveLocked(path) }
    }

    /// `reserve`, with the lock held; the path's digest is recorded when given (a carried
    /// file's), else a placeholder until the file is written.
    private func reserveLocked(_ path: String, key: PathKey? = nil, digest: FileDigest? = nil) throws -> CarryOver.File? {
        let key = key ?? PathKey(path)
        guard !folders.contains(key) else { throw SitePath.writtenTwice(path) }
        if let earlier = written.updateValue(digest ?? FileDigest(path: path, sha256: "", bytes: -1), forKey: key) {
            written[key] = earlier
            throw SitePath.writtenTwice(path)
        }
        // Parent folders, found by UTF-8 (a search by `Character` broke graphemes on every
        // Hangul path). Most files lie in the folder of the file before them, which is checked
        // first, without a lookup.
        var missing: [Substring] = []
        var folder = Substring(path)
        while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
            folder = folder[..<slash]
            if Self.sameBytes(folder, lastFolder) || folders.contains(PathKey(String(folder))) { break }
            missing.append(folder)
        }
        for folder in missing.reversed() {
            let name = PathKey(String(folder))
            folders.insert(name)
            if spareFolders.remove(name) != nil { continue }
            let target = root + "/" + folder
            if spareFiles.claim(name) != nil { unlink(target) }
            guard mkdir(target, 0o755) == 0 || errno == EEXIST else {
                throw SitegenError(file: target, "could not make the folder: \(PosixFile.describe(errno))")
            }
        }
        if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) { lastFolder = path[..<slash] }
        if spareFolders.contains(key) {
            // A folder of the spare tree where this build writes a file.
            spareFolders = spareFolders.filter { $0 != key && !$0.path.utf8.starts(with: (path + "/").utf8) }
            spareFiles.claimAll(under: path)
            try? FileManager.default.removeItem(atPath: root + "/" + path)
        }
        return spareFiles.claim(key)
    }

    private static func sameBytes(_ a: Substring, _ b: Substring) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let same = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable(a.hasSameBytes)
        }
        return (same ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    private func release(_ path: String) {
        lock.withLock { _ = written.removeValue(forKey: PathKey(path)) }
    }

    /// Records a file as written, with what it is on disk (none for a held-back file), under
    /// one lock.
    private func record(_ digest: FileDigest, identity: FileIdentity?) {
        let key = PathKey(digest.path)
        lock.withLock {
            written[key] = digest
            if let identity { identities.byPath[key] = identity }
        }
    }
}

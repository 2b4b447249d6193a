import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
import SitegenContent
import SitegenSite
#endif

/// Checks a copy of a site against its site manifest (every file, SHA-256 and size) and its
/// release manifests, and names what differs. Given the root hash `build` printed, or the
/// public key whose private key signed the build, it also proves the manifest itself is the
/// one that was built; without either it can only say the copy agrees with itself.
///
/// It never follows a symbolic link and never reads outside the site: it lists the site's
/// regular files first and reads only those; a manifest path that leaves the site is refused.
public struct SiteVerifier {
    public var root: URL
    /// The root hash the site must have (`build` prints it).
    public var expectedRoot: String?
    /// The text of a public key file; the site must carry a valid signature by it.
    public var publicKey: (text: String, file: String)?

    public init(root: URL, expectedRoot: String? = nil, publicKey: (text: String, file: String)? = nil) {
        self.root = root
        self.expectedRoot = expectedRoot
        self.publicKey = publicKey
    }

    public struct Problem: Equatable, CustomStringConvertible, Sendable {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    public struct Report: Sendable {
        public var releases: Int
        public var files: Int
        public var problems: [Problem]
        /// The SHA-256 of the copy's site manifest.
        public var rootHash: String?
        /// Whether the manifest was checked against a given root or signature.
        public var trusted: Bool
    }

    public func verify() throws -> Report {
        var info = stat()
        guard lstat(root.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw SitegenError(file: root.path, "not a folder")
        }
        let listing = Self.list(root.path)
        var problems = listing.others.map { Problem(path: $0, message: "not a regular file (a symbolic link or special file)") }
        func read(_ path: String) -> [UInt8]? {
            guard listing.files.contains(path) else { return nil }
            return FileManager.default.contents(atPath: root.path + "/" + path).map { [UInt8]($0) }
        }

        guard let manifestBytes = read(SiteManifest.path) else {
            throw SitegenError(file: SiteManifest.path, "missing: is this a site built by sitegen?")
        }
        let rootHash = SiteManifest.rootHash(of: manifestBytes)
        if let expectedRoot, expectedRoot.lowercased() != rootHash {
            problems.append(Problem(path: SiteManifest.path, message: "root hash is \(rootHash), not the given \(expectedRoot): this is not the site that was built"))
        }
        if let publicKey {
            if let signature = read(SiteManifest.signaturePath) {
                let valid = try SiteSigner.isValid(signatureText: String(decoding: signature, as: UTF8.self), of: manifestBytes,
                                                   publicKeyText: publicKey.text, keyFile: publicKey.file)
                if !valid { problems.append(Problem(path: SiteManifest.signaturePath, message: "not a valid signature of the site manifest by that key")) }
            } else {
                problems.append(Problem(path: SiteManifest.signaturePath, message: "missing: the site is not signed"))
            }
        }
        let manifest = try SiteManifest.decode(manifestBytes)
        var listed: Set<String> = [SiteManifest.path, SiteManifest.signaturePath]
        for entry in manifest.files {
            listed.insert(entry.path)
            guard var bytes = read(entry.path) else {
                problems.append(Problem(path: entry.path, message: "missing"))
                continue
            }
            if entry.carriesRoot == true { bytes = SiteManifest.blankingRoot(bytes, root: rootHash) }
            let sha = Hex.sha256(bytes)
            if sha != entry.sha256 || bytes.count != entry.bytes {
                problems.append(Problem(path: entry.path, message: "changed: SHA-256 is \(sha) (\(bytes.count) bytes), the manifest says \(entry.sha256) (\(entry.bytes) bytes)"))
            }
        }
        // The release manifests the site manifest lists (so checked above) cover their files.
        let releases = releaseProblems(read: read, listing: listing, trusted: listed)
        problems += releases.problems
        listed.formUnion(releases.covered)
        for path in listing.files.sorted() where !listed.contains(path) {
            problems.append(Problem(path: path, message: "not in the site manifest or its release's manifest"))
        }
        return Report(releases: releases.count, files: manifest.files.count + releases.covered.count, problems: problems,
                      rootHash: rootHash, trusted: expectedRoot != nil || publicKey != nil)
    }

    /// Each release's own manifest must agree with the release's files, and be one the site
    /// manifest lists (`trusted`: else nothing ties it to the root hash). Returns the paths the
    /// manifests cover.
    private func releaseProblems(read: (String) -> [UInt8]?, listing: (files: Set<String>, others: [String]),
                                 trusted: Set<String>) -> (count: Int, problems: [Problem], covered: Set<String>) {
        let ids = Set(listing.files.compactMap { path -> String? in
            let parts = path.split(separator: "/")
            return parts.count >= 3 && parts[0] == "releases" ? String(parts[1]) : nil
        })
        var problems: [Problem] = []
        var covered = Set<String>()
        var count = 0
        for id in ids.sorted() {
            let manifestPath = ReleaseManifest.path(for: id)
            guard let data = read(manifestPath) else {
                problems.append(Problem(path: manifestPath, message: "missing release manifest"))
                continue
            }
            guard trusted.contains(manifestPath) else {
                problems.append(Problem(path: manifestPath, message: "not in the site manifest"))
                continue
            }
            guard let manifest = try? JSONDecoder().decode(ReleaseManifest.self, from: Data(data)) else {
                problems.append(Problem(path: manifestPath, message: "not a readable manifest"))
                continue
            }
            count += 1
            for entry in manifest.files {
                guard SitePath.isSafe(entry.path) else {
                    problems.append(Problem(path: manifestPath, message: "refusing an entry that leaves the site: '\(entry.path)'"))
                    continue
                }
                guard ReleaseManifest.release(of: entry.path) == id else {
                    problems.append(Problem(path: manifestPath, message: "lists a file of another part of the site: '\(entry.path)'"))
                    continue
                }
                covered.insert(entry.path)
                guard let bytes = read(entry.path) else {
                    problems.append(Problem(path: entry.path, message: "missing (listed in \(manifestPath))"))
                    continue
                }
                let sha = Hex.sha256(bytes)
                if sha != entry.sha256 || bytes.count != entry.bytes {
                    problems.append(Problem(path: entry.path, message: "changed: SHA-256 is \(sha) (\(bytes.count) bytes), \(manifestPath) says \(entry.sha256) (\(entry.bytes) bytes)"))
                }
            }
        }
        return (count, problems, covered)
    }

    /// The site's regular files and anything else (links, FIFOs, devices), by relative path,
    /// found without following a symbolic link.
    static func list(_ rootPath: String) -> (files: Set<String>, others: [String]) {
        var files = Set<String>()
        var others: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            let absolute = folder.isEmpty ? rootPath : rootPath + "/" + folder
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []
            for name in entries {
                let relative = folder.isEmpty ? name : folder + "/" + name
                var info = stat()
                guard lstat(rootPath + "/" + relative, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFREG: files.insert(relative)
                case S_IFDIR: folders.append(relative)
                default: others.append(relative)
                }
            }
        }
        return (files, others.sorted())
    }
}

import Foundation
import SitegenText
import SitegenConcurrency

/// Reads the content folder from disk: `releases/<id>/release.yml` and `report.txt`.
/// The only part of ingest that touches the file system.
///
/// Content stays inside content: every symbolic link inside the content folder is refused
/// (a link to `/etc/shadow` as `report.txt` would otherwise be published), and so are FIFOs
/// and devices (`ContentFile`). A releases folder with no release (or only hidden entries)
/// is an error unless `allowsEmpty` is set, so a mistyped path never replaces a site with
/// an empty one.
public struct ContentLoader {
    public var contentDirectory: URL
    /// Whether a releases folder without a release is accepted (`--allow-empty`).
    public var allowsEmpty = false

    public init(contentDirectory: URL) {
        self.contentDirectory = contentDirectory
    }

    /// Every release with the bytes of its files, sorted by id. Releases are read and parsed
    /// in parallel; the first error (in id order) is the one thrown.
    public func load(cache: (any ReleaseModelStore)? = nil) throws -> [LoadedRelease] {
        let releasesDirectory = contentDirectory.appendingPathComponent("releases")
        let display = relativePath(releasesDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SitegenError(file: contentDirectory.relativePath, "no content folder here (expected releases/<release-id>/ inside it)")
        }
        guard try ContentFile.kind(at: releasesDirectory.path, display: display) == .folder else {
            throw SitegenError(file: display, "no releases folder: expected \(display)/<release-id>/")
        }
        let ids = try ContentFile.list(releasesDirectory.path, display: display)
            .filter { !$0.hasPrefix(".") }
            .sorted()
        if ids.isEmpty && !allowsEmpty {
            throw SitegenError(file: display, "no releases in the releases folder; pass --allow-empty to build an empty site")
        }
        let results = Concurrently.map(ids.map { id in
            { Result { try loadRelease(id: id, in: releasesDirectory, cache: cache) } }
        })
        return try results.map { try $0.get() }
    }

    /// The editors' lineage rules, `lineage.yml` beside `releases/`; none when there is no file.
    /// A file that is there but cannot be read is an error, never skipped.
    public func loadLineage() throws -> LineageConfig {
        let url = contentDirectory.appendingPathComponent("lineage.yml")
        guard let bytes = try ContentFile.read(url.path, display: relativePath(url)) else { return .empty }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw SitegenError(file: relativePath(url), line: 1, "lineage.yml is not UTF-8 text")
        }
        return try LineageParser.parse(text, file: relativePath(url))
    }

    /// The digest of `lineage.yml` as it is on disk (empty when there is none).
    public func lineageKey() -> String {
        let url = contentDirectory.appendingPathComponent("lineage.yml")
        return FileManager.default.contents(atPath: url.path).map(Hex.sha256) ?? ""
    }

    /// The releases alone.
    public func loadReleases() throws -> [Release] {
        try load().map(\.release)
    }

    private func loadRelease(id: String, in releasesDirectory: URL, cache: (any ReleaseModelStore)?) throws -> LoadedRelease {
        let folder = releasesDirectory.appendingPathComponent(id)
        let metadataURL = folder.appendingPathComponent("release.yml")
        let reportURL = folder.appendingPathComponent("report.txt")
        let metadataPath = relativePath(metadataURL)
        let reportPath = relativePath(reportURL)
        guard ReleaseID.isValid(id) else {
            throw SitegenError(file: relativePath(folder), "a release folder name may use only a-z, 0-9, '-' and '_': '\(id)'")
        }
        guard try ContentFile.kind(at: folder.path, display: relativePath(folder)) == .folder else {
            throw SitegenError(file: relativePath(folder), "not a folder: each release is a folder holding release.yml and report.txt")
        }
        guard let metadataBytes = try ContentFile.read(metadataURL.path, display: metadataPath) else {
            throw SitegenError(file: metadataPath, "missing release.yml (title, issuer, date)")
        }
        guard let metadataText = String(validating: metadataBytes, as: UTF8.self) else {
            throw SitegenError(file: metadataPath, line: 1, "release.yml is not UTF-8 text")
        }
        guard let reportBytes = try ContentFile.read(reportURL.path, display: reportPath) else {
            throw SitegenError(file: reportPath, "missing report.txt")
        }
        // The report's digest is made once, for the cache key and the release's source record.
        let reportDigest = Hex.sha256(reportBytes)
        let contentKey = LoadedRelease.contentKey(id: id, metadata: metadataBytes, reportDigest: reportDigest)
        // The report is not held: the pages that need it read it again (`ReportFile`).
        let report = ReportFile(path: reportURL.path, display: reportPath, sha256: reportDigest)
        if let cache, let release = cache.model(for: contentKey) {
            return try withOriginal(LoadedRelease(release: release, report: report,
                                                  metadataBytes: metadataBytes, contentKey: contentKey), in: folder)
        }
        var release = try ReleaseReader.readWithText(id: id, metadataYAML: metadataText, reportBytes: reportBytes,
                                                     metadataPath: metadataPath, reportPath: reportPath,
                                                     reportDigest: reportDigest).release
        // Data files record where the source lies inside the content folder, however it was named.
        release.source.path = "releases/\(id)/report.txt"
        cache?.store(release, for: contentKey)
        return try withOriginal(LoadedRelease(release: release, report: report,
                                              metadataBytes: metadataBytes, contentKey: contentKey), in: folder)
    }

    /// An imported release with its original, checked against the SHA-256 its release.yml
    /// records, and its page map (`pages.tsv`); a release without an original as it is.
    private func withOriginal(_ loaded: LoadedRelease, in folder: URL) throws -> LoadedRelease {
        guard let record = loaded.release.metadata.original else { return loaded }
        var loaded = loaded
        let url = folder.appendingPathComponent(record.file)
        guard let bytes = try ContentFile.read(url.path, display: relativePath(url)) else {
            throw SitegenError(file: relativePath(url), "missing: release.yml names this original; import the report again (sitegen import FILE --release \(loaded.release.id))")
        }
        guard Hex.sha256(bytes) == record.sha256 else {
            throw SitegenError(file: relativePath(url), "does not match the SHA-256 in release.yml; the original must stay as published: import it again (sitegen import FILE --release \(loaded.release.id))")
        }
        loaded.originalBytes = bytes
        loaded.release.metadata.original?.byteCount = bytes.count
        let mapURL = folder.appendingPathComponent(PageMapFile.name)
        if let mapBytes = try ContentFile.read(mapURL.path, display: relativePath(mapURL)) {
            loaded.release.pages = try PageMapFile.decode(String(decoding: mapBytes, as: UTF8.self), file: relativePath(mapURL))
            loaded.pageMapBytes = mapBytes
            var key = DependencyKey("release-content-with-pages")
            key.add(loaded.contentKey)
            key.add(Hex.sha256(mapBytes))
            loaded.contentKey = key.digest
        }
        return loaded
    }

    /// Paths in messages are shown as the user named the content folder.
    func relativePath(_ url: URL) -> String {
        let base = contentDirectory.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(base + "/") else { return path }
        let display = contentDirectory.relativePath
        return display + path.dropFirst(base.count)
    }
}

/// Release ids are folder names and URL segments: lower-case ASCII letters, digits, `-`, `_`.
public enum ReleaseID {
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}

/// A release as read from disk, with its files' bytes for the archive.
public struct LoadedRelease: Sendable {
    public var release: Release
    /// Where the report lies, read again when a page needs it (not held through the build).
    public var report: ReportFile
    /// The report text as decoded (UTF-8, or converted from CP949).
    public var text: String {
        get throws { try report.text() }
    }
    /// The report's bytes, as archived.
    public var reportBytes: [UInt8] {
        get throws { try report.bytes() }
    }
    public var metadataBytes: [UInt8]
    /// The imported original (`original.pdf`, `original.hwpx`), checked against release.yml.
    public var originalBytes: [UInt8]?
    /// `pages.tsv`, as archived beside the original.
    public var pageMapBytes: [UInt8]?
    /// The digest of everything the release's model is read from: its id and both files'
    /// bytes (not where the content folder lies: the model records paths inside it).
    public var contentKey: String

    public init(release: Release, report: ReportFile, metadataBytes: [UInt8], contentKey: String) {
        self.release = release
        self.report = report
        self.metadataBytes = metadataBytes
        self.contentKey = contentKey
    }

    static func contentKey(id: String, metadata: [UInt8], reportDigest: String) -> String {
        var key = DependencyKey("release-content")
        key.add(id)
        key.add(Hex.sha256(metadata))
        key.add(reportDigest)
        return key.digest
    }
}

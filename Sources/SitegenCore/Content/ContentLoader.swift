import Foundation

/// Reads the content folder from disk: `releases/<id>/release.yml` and `report.txt`.
/// The only part of ingest that touches the file system.
public struct ContentLoader {
    public var contentDirectory: URL

    public init(contentDirectory: URL) {
        self.contentDirectory = contentDirectory
    }

    /// Every release with the bytes of its files, sorted by id. Releases are read and parsed
    /// in parallel; the first error (in id order) is the one thrown.
    public func load(cache: BuildCache? = nil) throws -> [LoadedRelease] {
        let releasesDirectory = contentDirectory.appendingPathComponent("releases")
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: releasesDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SitegenError(file: releasesDirectory.path, "no releases folder: expected \(releasesDirectory.path)/<release-id>/")
        }
        let ids = try fm.contentsOfDirectory(atPath: releasesDirectory.path)
            .filter { !$0.hasPrefix(".") }
            .sorted()
        var results = [Result<LoadedRelease, Error>?](repeating: nil, count: ids.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: ids.count) { position in
            let result = Result { try loadRelease(id: ids[position], in: releasesDirectory, cache: cache) }
            lock.lock()
            results[position] = result
            lock.unlock()
        }
        return try results.map { try $0!.get() }
    }

    /// The editors' lineage rules, `lineage.yml` beside `releases/`; none when there is no file.
    public func loadLineage() throws -> LineageConfig {
        let url = contentDirectory.appendingPathComponent("lineage.yml")
        guard let data = FileManager.default.contents(atPath: url.path) else { return .empty }
        guard let text = String(data: data, encoding: .utf8) else {
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

    private func loadRelease(id: String, in releasesDirectory: URL, cache: BuildCache?) throws -> LoadedRelease {
        let folder = releasesDirectory.appendingPathComponent(id)
        let metadataURL = folder.appendingPathComponent("release.yml")
        let reportURL = folder.appendingPathComponent("report.txt")
        let metadataPath = relativePath(metadataURL)
        let reportPath = relativePath(reportURL)
        guard ReleaseID.isValid(id) else {
            throw SitegenError(file: relativePath(folder), "a release folder name may use only a-z, 0-9, '-' and '_': '\(id)'")
        }
        guard let metadataData = FileManager.default.contents(atPath: metadataURL.path) else {
            throw SitegenError(file: metadataPath, "missing release.yml (title, issuer, date)")
        }
        guard let metadataText = String(data: metadataData, encoding: .utf8) else {
            throw SitegenError(file: metadataPath, line: 1, "release.yml is not UTF-8 text")
        }
        guard let reportData = FileManager.default.contents(atPath: reportURL.path) else {
            throw SitegenError(file: reportPath, "missing report.txt")
        }
        let reportBytes = [UInt8](reportData)
        let contentKey = LoadedRelease.contentKey(id: id, metadata: metadataData, report: reportBytes,
                                                  metadataPath: metadataPath, reportPath: reportPath)
        if let cache, let release = cache.model(for: contentKey) {
            let text = try ReportTextDecoder.decode(reportBytes, file: reportPath).text
            return LoadedRelease(release: release, text: text, reportBytes: reportBytes, metadataBytes: [UInt8](metadataData),
                                 contentKey: contentKey)
        }
        let (release, text) = try ReleaseReader.readWithText(id: id, metadataYAML: metadataText, reportBytes: reportBytes,
                                                             metadataPath: metadataPath, reportPath: reportPath)
        cache?.store(release, for: contentKey)
        return LoadedRelease(release: release, text: text, reportBytes: reportBytes, metadataBytes: [UInt8](metadataData),
                             contentKey: contentKey)
    }

    /// Paths in messages are shown as the user named the content folder.
    private func relativePath(_ url: URL) -> String {
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
    /// The report text as decoded (UTF-8, or converted from CP949).
    public var text: String
    public var reportBytes: [UInt8]
    public var metadataBytes: [UInt8]
    /// The digest of everything the release's model is read from: its id, both files' bytes
    /// and their paths as shown in messages.
    public var contentKey: String

    public init(release: Release, text: String, reportBytes: [UInt8], metadataBytes: [UInt8], contentKey: String) {
        self.release = release
        self.text = text
        self.reportBytes = reportBytes
        self.metadataBytes = metadataBytes
        self.contentKey = contentKey
    }

    static func contentKey(id: String, metadata: Data, report: [UInt8], metadataPath: String, reportPath: String) -> String {
        var key = DependencyKey("release-content")
        key.add(id)
        key.add(metadataPath)
        key.add(reportPath)
        key.add(Hex.sha256(metadata))
        key.add(Hex.sha256(report))
        return key.digest
    }
}

import Foundation

/// `/releases/<id>/manifest.json`: every file of a release with its SHA-256, and the source's,
/// so that a deployed copy can be checked against what was built (`sitegen verify`).
public struct ReleaseManifest: Codable, Equatable, Sendable {
    public typealias Entry = FileDigest

    public var release: String
    /// The archived `report.txt` as published.
    public var source: Entry
    public var files: [Entry]

    public static func path(for release: String) -> String { "releases/\(release)/manifest.json" }

    /// The manifest of each release, from the digests of the files written: everything under
    /// `releases/<id>/` and the release's JSON model. One pass over the digests.
    public static func manifests(for releases: [String], from digests: [FileDigest]) throws -> [OutputFile] {
        var own: [String: [Entry]] = [:]
        for digest in digests {
            guard let id = release(of: digest.path), digest.path != path(for: id) else { continue }
            own[id, default: []].append(digest)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try releases.compactMap { id in
            let entries = (own[id] ?? []).sorted { $0.path < $1.path }
            guard let source = entries.first(where: { $0.path == SiteMap.source(id) }) else { return nil }
            var data = try encoder.encode(ReleaseManifest(release: id, source: source, files: entries))
            data.append(0x0A)
            return OutputFile(path: path(for: id), bytes: [UInt8](data))
        }
    }

    /// The release a site path belongs to: `releases/<id>/…` or `data/releases/<id>.json`.
    static func release(of path: String) -> String? {
        if path.hasPrefix("releases/") {
            let rest = path.dropFirst("releases/".count)
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            return String(rest[..<slash])
        }
        if path.hasPrefix("data/releases/"), path.hasSuffix(".json") {
            let name = path.dropFirst("data/releases/".count).dropLast(".json".count)
            return name.contains("/") ? nil : String(name)
        }
        return nil
    }
}

/// Checks a deployed site against its release manifests and names what differs.
public struct SiteVerifier {
    public var root: URL

    public init(root: URL) {
        self.root = root
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
    }

    public func verify() throws -> Report {
        let fm = FileManager.default
        let releasesFolder = root.appendingPathComponent("releases")
        guard let ids = try? fm.contentsOfDirectory(atPath: releasesFolder.path) else {
            throw SitegenError(file: releasesFolder.path, "no releases folder: is this a site built by sitegen?")
        }
        var problems: [Problem] = []
        var checked = 0
        var manifests = 0
        for id in ids.sorted() where !id.hasPrefix(".") {
            let manifestPath = ReleaseManifest.path(for: id)
            guard let data = fm.contents(atPath: root.appendingPathComponent(manifestPath).path) else {
                problems.append(Problem(path: manifestPath, message: "missing manifest"))
                continue
            }
            guard let manifest = try? JSONDecoder().decode(ReleaseManifest.self, from: data) else {
                problems.append(Problem(path: manifestPath, message: "not a readable manifest"))
                continue
            }
            manifests += 1
            var listed = Set<String>()
            for entry in manifest.files {
                listed.insert(entry.path)
                checked += 1
                guard let bytes = fm.contents(atPath: root.appendingPathComponent(entry.path).path) else {
                    problems.append(Problem(path: entry.path, message: "missing"))
                    continue
                }
                let sha = Hex.sha256(bytes)
                if sha != entry.sha256 {
                    problems.append(Problem(path: entry.path, message: "changed: SHA-256 is \(sha), the manifest says \(entry.sha256)"))
                }
            }
            for path in files(under: "releases/\(id)") where path != manifestPath && !listed.contains(path) {
                problems.append(Problem(path: path, message: "not in the manifest"))
            }
        }
        return Report(releases: manifests, files: checked, problems: problems)
    }

    private func files(under folder: String) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var paths: [String] = []
        let rootPath = root.standardizedFileURL.path
        while let url = enumerator.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                paths.append(String(url.standardizedFileURL.path.dropFirst(rootPath.count + 1)))
            }
        }
        return paths.sorted()
    }
}

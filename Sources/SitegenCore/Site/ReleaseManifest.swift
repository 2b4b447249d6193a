import Foundation

/// `/releases/<id>/manifest.json`: every file of a release with its SHA-256, and the source's,
/// so that a deployed copy can be checked against what was built (`sitegen verify`).
public struct ReleaseManifest: Codable, Equatable, Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        /// Path relative to the site root.
        public var path: String
        public var sha256: String
        public var bytes: Int
    }

    public var release: String
    /// The archived `report.txt` as published.
    public var source: Entry
    public var files: [Entry]

    public static func path(for release: String) -> String { "releases/\(release)/manifest.json" }

    /// The manifest of each release, from the files of the site: everything under
    /// `releases/<id>/` and the release's JSON model.
    public static func manifests(for releases: [String], in files: [OutputFile]) -> [OutputFile] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return releases.compactMap { id in
            let prefix = "releases/\(id)/"
            let own = files.filter { ($0.path.hasPrefix(prefix) && $0.path != path(for: id)) || $0.path == "data/releases/\(id).json" }
                .sorted { $0.path < $1.path }
            guard let source = own.first(where: { $0.path == prefix + "report.txt" }) else { return nil }
            let entries = own.map { Entry(path: $0.path, sha256: ReleaseReader.sha256Hex($0.bytes), bytes: $0.bytes.count) }
            let manifest = ReleaseManifest(release: id, source: entries.first { $0.path == source.path }!, files: entries)
            guard var data = try? encoder.encode(manifest) else { return nil }
            data.append(0x0A)
            return OutputFile(path: path(for: id), bytes: [UInt8](data))
        }
    }
}

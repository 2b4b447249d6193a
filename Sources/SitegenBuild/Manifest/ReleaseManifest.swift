import Foundation
import SitegenText
import SitegenConcurrency
import SitegenContent
import SitegenSite

/// `/releases/<id>/manifest.json`: every file of a release with its SHA-256, and the source's,
/// so that a deployed copy can be checked against what was built (`sitegen verify`).
public struct ReleaseManifest: Codable, Equatable, Sendable {
    public typealias Entry = FileDigest

    public var release: String
    /// The archived `report.txt` as published.
    public var source: Entry
    public var files: [Entry]

    public static func path(for release: String) -> String { SiteMap.releaseManifest(release) }

    /// The manifest of each release, from the digests of the files written: everything under
    /// `releases/<id>/` and the release's JSON model. One pass over the digests.
    public static func manifests(for releases: [String], from digests: [FileDigest]) throws -> [OutputFile] {
        var own: [String: [Entry]] = [:]
        for digest in digests {
            guard let id = release(of: digest.path), digest.path != path(for: id) else { continue }
            own[id, default: []].append(digest)
        }
        // Sorted and written on every core: 601 manifests were 0.2 s at the end of a build,
        // where nothing else runs.
        return Concurrently.map(releases.map { id in
            { () -> OutputFile? in
                let files = own[id] ?? []
                let entries = PathKey.order(of: files.map(\.path)).map { files[$0] }
                guard let source = entries.first(where: { $0.path == SiteMap.source(id) }) else { return nil }
                return OutputFile(path: path(for: id), bytes: ReleaseManifest(release: id, source: source, files: entries).encoded())
            }
        }).compactMap { $0 }
    }

    /// The manifest's bytes: what `JSONEncoder` writes for it (compact, sorted keys, unescaped
    /// slashes) and a line feed, written by `PrettyJSON` (the encoder, for 600 releases, was
    /// 3 % of an incremental build, at its end where nothing else runs).
    public func encoded() -> [UInt8] {
        var json = PrettyJSON(capacity: 160 * (files.count + 1), compact: true)
        json.object(["release", "source", "files"]) { json, member in
            switch member {
            case 0: json.string(release)
            case 1: json.digest(source)
            default: json.array(count: files.count) { $0.digest(files[$1]) }
            }
        }
        return json.line()
    }

    /// The release a site path belongs to: `releases/<id>/…` or `data/releases/<id>.json`.
    static func release(of path: String) -> String? {
        let utf8 = path.utf8
        if utf8.starts(with: "releases/".utf8) {
            let rest = utf8.dropFirst("releases/".utf8.count)
            guard let slash = rest.firstIndex(of: UInt8(ascii: "/")) else { return nil }
            return String(path[rest.startIndex..<slash])
        }
        if utf8.starts(with: "data/releases/".utf8), utf8.count > "data/releases/.json".utf8.count,
           utf8.reversed().starts(with: ".json".utf8.reversed()) {
            let name = utf8.dropFirst("data/releases/".utf8.count).dropLast(".json".utf8.count)
            return name.contains(UInt8(ascii: "/")) ? nil : String(path[name.startIndex..<name.endIndex])
        }
        return nil
    }
}

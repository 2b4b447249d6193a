import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
import SitegenContent
import SitegenSite
#endif

/// `site-manifest.json`: every file of the site with its SHA-256 and size, except the files a
/// release manifest lists (`releases/<id>/…` and `data/releases/<id>.json`): those are covered
/// by the entry of their release manifest, whose SHA-256 is here — a tree of two levels, so
/// each file is listed once (listed twice, the manifests were 43 MB of a 1,200-release site,
/// and this file alone was over a host's 25 MiB a file). Its own SHA-256 is the site's root hash, printed by `build` and shown on the home page and in the feed, so a
/// copy of the site can be checked against a root known from elsewhere (`verify --root`), or
/// against an Ed25519 signature of these bytes (`site-manifest.json.sig`, `verify --public-key`).
///
/// A pure function of its entries: a writer that hashes files as it writes them feeds
/// `entry(path:bytes:)` per file and asks for `encoded()` at the end.
///
/// Pages that show the root hash cannot be hashed with it (the hash would depend on itself):
/// they are rendered with `rootPlaceholder`, hashed as such (`carries_root`), and the
/// placeholder is replaced by the root hash when they are written (`fillingRoot`).
public struct SiteManifest: Codable, Equatable, Sendable {
    public typealias Entry = FileDigest

    public static let path = SiteMap.siteManifest
    public static let signaturePath = "site-manifest.json.sig"
    /// Stands for the root hash in the pages that show it, until the hash is known.
    public static let rootPlaceholder = SiteMap.rootHashPlaceholder
    static let format = "sitegen-site-manifest-2"

    public var format: String
    public var files: [Entry]

    /// The manifest of these entries, sorted by path (by the paths' UTF-8 bytes).
    public init(entries: [Entry]) {
        format = Self.format
        files = PathKey.order(of: entries.map(\.path)).map { entries[$0] }
    }

    /// The manifest of a site's files: the entries less those that a release manifest among
    /// them covers. A file that shows the root hash stays here, since a release manifest
    /// hashes files as published.
    public init(site entries: [Entry]) {
        let manifests = Set(entries.lazy.map(\.path).filter { path in
            ReleaseManifest.release(of: path).map { ReleaseManifest.path(for: $0) == path } ?? false
        })
        self.init(entries: entries.filter { entry in
            guard entry.carriesRoot != true, let release = ReleaseManifest.release(of: entry.path) else { return true }
            let manifest = ReleaseManifest.path(for: release)
            return entry.path == manifest || !manifests.contains(manifest)
        })
    }

    /// The entry of one file as built (with the placeholder, for pages that show the root).
    public static func entry(path: String, bytes: [UInt8]) -> Entry {
        FileDigest(path: path, contents: bytes)
    }

    private static let placeholderBytes = Array(rootPlaceholder.utf8)

    /// Whether the bytes hold the root placeholder (every file of the site is asked).
    public static func holdsPlaceholder(_ bytes: [UInt8]) -> Bool {
        contains(bytes, placeholderBytes)
    }

    /// The manifest's bytes: compact sorted-key JSON, ending in a newline.
    /// Written by `PrettyJSON`, byte for byte what `JSONEncoder` writes with `encoderFormatting`:
    /// the encoder's tree of values for 78,000 entries was the peak of a 600-release build's
    /// memory.
    public func encoded(partSize: Int = 2_048) -> [UInt8] {
        var json = PrettyJSON(capacity: 130 * files.count + 64, compact: true)
        write(into: &json, partSize: partSize)
        return json.line()
    }

    /// `encoded()` handed to `piece` about a megabyte at a time, in order.
    public func encode(partSize: Int = 2_048, inPieces piece: @escaping ([UInt8]) -> Void) {
        var json = PrettyJSON(compact: true) { bytes in
            piece(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
        write(into: &json, partSize: partSize)
        piece(json.line())
    }

    /// The entries are written on all cores (one after another they were the single-threaded
    /// end of every build, with sorting them).
    private func write(into json: inout PrettyJSON, partSize: Int) {
        let files = files
        json.object(["format", "files"]) { json, member in
            if member == 0 {
                json.string(format)
            } else {
                json.concurrentArray(count: files.count, partSize: partSize) { $0.digest(files[$1]) }
            }
        }
    }

    /// Compact: indents were a third of the manifests' bytes (16 MB at 1,200 releases).
    static let encoderFormatting: JSONEncoder.OutputFormatting = [.sortedKeys, .withoutEscapingSlashes]

    /// The manifest as `JSONEncoder` writes it (what `encoded` must equal).
    func encodedByFoundation() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = Self.encoderFormatting
        // Encoding plain strings and integers cannot fail.
        var data = (try? encoder.encode(self)) ?? Data()
        data.append(0x0A)
        return [UInt8](data)
    }



    /// The root hash: the SHA-256 of the manifest's bytes, in lower-case hex.
    public static func rootHash(of manifestBytes: [UInt8]) -> String {
        Hex.sha256(manifestBytes)
    }

    /// The bytes with every placeholder replaced by the root hash (and the reverse for verify).
    public static func fillingRoot(_ bytes: [UInt8], root: String) -> [UInt8] {
        replacing(Array(rootPlaceholder.utf8), with: Array(root.utf8), in: bytes)
    }

    public static func blankingRoot(_ bytes: [UInt8], root: String) -> [UInt8] {
        replacing(Array(root.utf8), with: Array(rootPlaceholder.utf8), in: bytes)
    }

    /// Reads a manifest, refusing any path that could leave the site.
    public static func decode(_ bytes: [UInt8]) throws -> SiteManifest {
        let manifest: SiteManifest
        do {
            manifest = try JSONDecoder().decode(SiteManifest.self, from: Data(bytes))
        } catch {
            throw SitegenError(file: path, "not a readable site manifest")
        }
        guard manifest.format == format else {
            throw SitegenError(file: path, "unknown manifest format '\(manifest.format)'")
        }
        if let bad = manifest.files.first(where: { !SitePath.isSafe($0.path) }) {
            throw SitegenError(file: path, "refusing an entry that leaves the site: '\(bad.path)'")
        }
        return manifest
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        ByteSearch.firstIndex(of: needle, in: haystack) != nil
    }

    static func replacing(_ needle: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        ByteSearch.replacing(needle, with: replacement, in: bytes)
    }
}

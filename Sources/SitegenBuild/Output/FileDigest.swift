import Foundation
import Crypto
import SitegenText
import SitegenContent

/// A file of the built site as the manifests list it: its path, SHA-256 and size.
public struct FileDigest: Codable, Equatable, Hashable, Sendable {
    /// Path relative to the site root; never absolute, never with `..`.
    public var path: String
    public var sha256: String
    public var bytes: Int
    /// The file shows the site's root hash, and was hashed with `SiteManifest.rootPlaceholder`
    /// in its place (the root cannot be part of what it is the hash of).
    public var carriesRoot: Bool?

    public init(path: String, sha256: String, bytes: Int, carriesRoot: Bool? = nil) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
        self.carriesRoot = carriesRoot
    }

    public init(path: String, contents: [UInt8]) {
        self.init(path: path, sha256: Hex.sha256(contents), bytes: contents.count,
                  carriesRoot: SiteManifest.holdsPlaceholder(contents) ? true : nil)
    }

    /// Whether the two name files with the same bytes (by digest and size).
    public func hasSameContents(as other: FileDigest) -> Bool {
        sha256 == other.sha256 && bytes == other.bytes
    }

    enum CodingKeys: String, CodingKey {
        case path, sha256, bytes
        case carriesRoot = "carries_root"
    }
}

extension PrettyJSON {
    private static let digestKeys = JSONKeyOrder.layout(of: [FileDigest.CodingKeys.path, .sha256, .bytes].map(\.stringValue))
    private static let rootDigestKeys = JSONKeyOrder.layout(of: [FileDigest.CodingKeys.path, .sha256, .bytes, .carriesRoot].map(\.stringValue))

    /// A file's entry in a manifest, as `FileDigest`'s `Codable` conformance encodes it, but with
    /// the layout of its keys made once: the manifests hold every file of the site, 78,000 at
    /// 600 releases, on every build. `SiteManifestEncodingTests` hold them against `JSONEncoder`.
    public mutating func digest(_ digest: FileDigest) {
        object(digest.carriesRoot == nil ? Self.digestKeys : Self.rootDigestKeys) { json, member in
            switch member {
            case 0: json.string(digest.path)
            case 1: json.string(digest.sha256)
            case 2: json.int(digest.bytes)
            default: json.bool(digest.carriesRoot!)
            }
        }
    }
}

import SitegenText
import SitegenContent

/// `data/releases/<id>.json`: a release model as `JSONEncoder` writes it (sorted keys,
/// unescaped slashes, compact: without the indents, a 1,200-release site's 1,200 files are
/// 95 MB, not 139), member for member as each model's `Codable` conformance encodes it, written by
/// `PrettyJSON`. `ReleaseJSONTests` compares the bytes with the encoder's for the five real
/// releases, a generated archive and a model with every field set.
enum ReleaseJSON {
    static func bytes(_ release: Release) throws -> [UInt8] {
        var json = PrettyJSON(capacity: 1 << 17, compact: true)
        try json.encode(release)
        return json.bytes
    }
}

import SitegenText
import SitegenTemplates

/// The path of a request, decoded and known to stay inside the served folder by its syntax:
/// the initialiser refuses `.` and `..` segments (also when percent-encoded, `%2e%2e%2f`),
/// encoded slashes and backslashes, NUL and malformed percent-encoding. What is left can only
/// name something under the folder it is joined to; symbolic links are refused by `ServedFile`.
public struct RequestPath: Equatable, Sendable {
    /// The decoded segments (`["programs", "서울혁신파크-운영"]`); none is empty, `.` or `..`.
    public let segments: [String]
    /// The request named a folder (it ended with `/`, or it is the root).
    public let namesFolder: Bool

    public enum Refusal: Error, Equatable, Sendable {
        /// A path no page can have: answered 400.
        case badRequest(String)
        /// A path that may not be served: answered 404, like anything missing.
        case notFound
    }

    /// `percentEncoded` is the path as sent (`/programs/%EC%84%9C…/`), without the query.
    public init(percentEncoded: String) throws(Refusal) {
        var raw = Substring(percentEncoded)
        if let end = raw.firstIndex(where: { $0 == "?" || $0 == "#" }) { raw = raw[..<end] }
        guard raw.hasPrefix("/") else { throw .badRequest("the path must start with /") }
        let lowered = raw.lowercased()
        guard !lowered.contains("%2f"), !lowered.contains("%5c") else {
            throw .badRequest("encoded slashes are not served")
        }
        guard let decoded = String(raw).removingPercentEncoding else {
            throw .badRequest("malformed percent-encoding")
        }
        guard !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw .badRequest("control characters (NUL) are not served")
        }
        guard !decoded.contains("\\") else { throw .badRequest("backslashes are not served") }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !parts.contains(where: { $0 == "." || $0 == ".." }) else {
            throw .badRequest("dot segments are not served")
        }
        // Hidden names (editor files, staging folders) are never part of a site.
        guard !parts.contains(where: { $0.hasPrefix(".") }) else { throw .notFound }
        segments = parts
        namesFolder = parts.isEmpty || decoded.hasSuffix("/")
    }

    /// The path below the served folder, `programs/서울혁신파크-운영`.
    public var relative: String { segments.joined(separator: "/") }
}

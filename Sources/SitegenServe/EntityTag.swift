import Crypto

/// A strong validator of a response body: the first 128 bits of its SHA-256. Pages that a
/// rebuild leaves byte-identical keep their tag, so browsers revalidate them with a 304.
public struct EntityTag: Equatable, Sendable, CustomStringConvertible {
    /// The quoted header value, `"3f2a…"`.
    public let description: String

    public init(of bytes: [UInt8]) {
        let digest = SHA256.hash(data: bytes).prefix(16).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
        description = "\"\(digest)\""
    }

    /// Whether an `If-None-Match` header value (a list, `W/` tags, or `*`) names this tag;
    /// the weak comparison that RFC 9110 asks for on GET and HEAD.
    public func matches(ifNoneMatch header: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == description
        }
    }
}

import Foundation
import SitegenText
import SitegenTemplates

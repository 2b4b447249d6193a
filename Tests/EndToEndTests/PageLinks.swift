import Foundation
import SitegenText
import SitegenTemplates

/// The links and anchors of one generated page, read from its markup.
struct PageLinks {
    var ids: Set<String>
    var references: [String]

    init(html: String) {
        ids = Set(html.matches(of: #/\sid="([^"]+)"/#).map { Self.unescape(String($0.output.1)) })
        references = html.matches(of: #/\s(?:href|src)="([^"]+)"/#).map { Self.unescape(String($0.output.1)) }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Resolves a reference made on the page at `pagePath` (relative to the site root) to a file
    /// path relative to the root and a fragment; `nil` for links that leave the site.
    static func resolve(_ reference: String, from pagePath: String) -> (file: String, fragment: String?)? {
        if reference.hasPrefix("http://") || reference.hasPrefix("https://") || reference.hasPrefix("mailto:") { return nil }
        let (pathPart, fragment) = split(reference)
        var segments: [String]
        if pathPart.isEmpty {
            return (pagePath, fragment)
        } else if pathPart.hasPrefix("/") {
            segments = []
        } else {
            segments = pagePath.split(separator: "/").map(String.init)
            segments.removeLast()
        }
        for piece in pathPart.split(separator: "/", omittingEmptySubsequences: false) {
            switch piece {
            case "", ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(String(piece))
            }
        }
        var file = segments.joined(separator: "/")
        if pathPart.hasSuffix("/") || file.isEmpty { file += file.isEmpty ? "index.html" : "/index.html" }
        return (file, fragment)
    }

    private static func split(_ reference: String) -> (String, String?) {
        guard let hash = reference.firstIndex(of: "#") else { return (decode(reference), nil) }
        return (decode(String(reference[..<hash])), decode(String(reference[reference.index(after: hash)...])))
    }

    static func decode(_ text: String) -> String {
        text.removingPercentEncoding ?? text
    }
}

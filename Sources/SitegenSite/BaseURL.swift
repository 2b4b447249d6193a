import Foundation
import SitegenText

/// `--base-url`, checked where it enters: an absolute `http` or `https` URL with a host, and
/// no whitespace or control characters (a CR/LF would add lines to `robots.txt`).
public enum BaseURL {
    public static func validate(_ text: String) throws -> String {
        let fail = { (why: String) in SitegenError(file: "--base-url", "\(why): '\(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined())'") }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.isWhitespace }) else {
            throw fail("must not hold spaces or control characters")
        }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https" else {
            throw fail("must be an absolute http:// or https:// URL")
        }
        guard let host = components.host, !host.isEmpty, text.lowercased().hasPrefix(scheme + "://") else {
            throw fail("must name a host, as in https://example.org/reports/")
        }
        guard components.query == nil, components.fragment == nil, components.user == nil, components.password == nil else {
            throw fail("must be a plain address without user, query or fragment")
        }
        return text
    }
}

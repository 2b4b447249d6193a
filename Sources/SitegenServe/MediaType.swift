/// The `Content-Type` of a served file, by its extension.
public enum MediaType {
    /// `bytes` decides the charset of plain text: archived reports may be CP949, sent without one.
    public static func of(path: String, bytes: [UInt8]? = nil) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.split(separator: ".").count > 1 ? name.split(separator: ".").last!.lowercased() : ""
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "csv": return "text/csv; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "svg": return "image/svg+xml"
        // release.yml is archived for people to read: shown in the browser, not downloaded.
        case "txt", "yml", "yaml":
            if let bytes, String(validating: bytes, as: UTF8.self) == nil { return "text/plain" }
            return "text/plain; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "ico": return "image/x-icon"
        case "webmanifest": return "application/manifest+json"
        case "woff2": return "font/woff2"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}

import Foundation
import Yams
import SitegenText

/// Reads `release.yml`: required `title`, `issuer`, `date` (YYYY-MM); optional `kind`,
/// `session`, `committee`, `source_url`, `notes`, and the provenance `sitegen import` writes
/// (`original`, `original_sha256`, `imported_from`, `extractor`, `extractor_mode`, `ocr`).
/// Errors name the file and line.
public enum ReleaseMetadataParser {
    public static let requiredKeys = ["title", "issuer", "date"]
    public static let optionalKeys = ["kind", "session", "committee", "source_url", "notes"] + OriginalKeys.all

    public static func parse(_ yaml: String, file: String) throws -> ReleaseMetadata {
        let node = try StrictYAML.compose(yaml, file: file)
        guard let mapping = node?.mapping else {
            throw SitegenError(file: file, line: node?.mark?.line ?? 1, "expected key: value pairs (title, issuer, date)")
        }
        var values: [String: (text: String, line: Int)] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            let line = key.mark?.line ?? 1
            guard requiredKeys.contains(name) || optionalKeys.contains(name) else {
                throw SitegenError(file: file, line: line,
                                   "unknown key '\(name)' (known keys: \((requiredKeys + optionalKeys).joined(separator: ", ")))")
            }
            guard let scalar = value.scalar else {
                throw SitegenError(file: file, line: line, "'\(name)' must be a single text value")
            }
            // `title: ~` or `title: null` is YAML's null, not the text "~": refused, not shown.
            if scalar.style == .plain, ["~", "null", "Null", "NULL"].contains(scalar.string) {
                throw SitegenError(file: file, line: line, "'\(name)' is null; write the text (in quotes if it is \"\(scalar.string)\")")
            }
            let text = TextCleanup.controlsAsWhitespace(scalar.string)
            values[name] = (text.trimmedAll, line)
        }
        for key in requiredKeys where (values[key]?.text ?? "").isEmpty {
            throw SitegenError(file: file, line: values[key]?.line, "missing required key '\(key)'")
        }
        guard let date = YearMonth(values["date"]!.text) else {
            throw SitegenError(file: file, line: values["date"]!.line,
                               "date must be a month written YYYY-MM (e.g. 2022-03), not '\(values["date"]!.text)'")
        }
        func optional(_ key: String) -> String? {
            values[key].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        }
        return ReleaseMetadata(title: values["title"]!.text, issuer: values["issuer"]!.text, date: date,
                               kind: optional("kind"), session: optional("session"), committee: optional("committee"),
                               sourceURL: optional("source_url"), notes: optional("notes"),
                               original: try OriginalKeys.record(values, file: file))
    }
}

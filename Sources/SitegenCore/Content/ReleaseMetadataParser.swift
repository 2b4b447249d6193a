import Foundation
import Yams

/// Reads `release.yml`: required `title`, `issuer`, `date` (YYYY-MM); optional `kind`,
/// `session`, `committee`, `source_url`, `notes`. Errors name the file and line.
public enum ReleaseMetadataParser {
    public static let requiredKeys = ["title", "issuer", "date"]
    public static let optionalKeys = ["kind", "session", "committee", "source_url", "notes"]

    public static func parse(_ yaml: String, file: String) throws -> ReleaseMetadata {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            if case .duplicatedKeysInMapping(let duplicates, _) = error, let key = duplicates.sorted().first {
                throw SitegenError(file: file, line: repetition(of: key, in: yaml),
                                   "not valid YAML: the key '\(key)' is written twice")
            }
            throw SitegenError(file: file, line: line(of: error), "not valid YAML: \(problem(of: error))")
        }
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
            guard let text = value.scalar?.string else {
                throw SitegenError(file: file, line: line, "'\(name)' must be a single text value")
            }
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
                               sourceURL: optional("source_url"), notes: optional("notes"))
    }

    /// The line where a top-level key is written the second time.
    private static func repetition(of key: String, in yaml: String) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let written = lines.indices.filter { index in
            let line = lines[index]
            return line.hasPrefix(key) && line.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix(":")
        }
        return written.count > 1 ? written[1] + 1 : nil
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        case .reader(let problem, _, _, _): return problem
        default: return String(describing: error)
        }
    }
}

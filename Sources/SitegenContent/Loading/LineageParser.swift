import Yams
import SitegenText

/// Reads `content/lineage.yml` (optional). Errors name the file and, where YAML gives one, the line.
public enum LineageParser {
    public static func parse(_ yaml: String, file: String) throws -> LineageConfig {
        guard let root = try StrictYAML.compose(yaml, file: file) else {
            throw SitegenError(file: file, line: 1, "lineage.yml is empty: delete it, or give issuers, departments, aliases or distinct")
        }
        try StrictYAML.check(root, against: schema, file: file)
        do {
            let config = try YAMLDecoder().decode(LineageConfig.self, from: yaml)
            try validate(config, file: file, yaml: yaml)
            return config
        } catch let error as SitegenError {
            throw error
        } catch let error as DecodingError {
            throw SitegenError(file: file, line: line(of: error, in: yaml), "lineage: \(describe(error))")
        } catch let error as YamlError {
            throw SitegenError(file: file, line: StrictYAML.line(of: error, in: yaml), "not valid YAML: \(StrictYAML.problem(of: error))")
        }
    }

    /// The keys lineage.yml may hold; any other (a typo such as `aliasses:`) is an error.
    static let schema: StrictYAML.Schema = .mapping([
        "issuers": .sequence(of: .mapping(["name": .scalar, "succeeds": .sequence(of: .scalar), "since": .scalar, "note": .scalar])),
        "departments": .sequence(of: .mapping(["name": .scalar, "was": .sequence(of: .scalar), "note": .scalar])),
        "aliases": .sequence(of: .mapping(["printed": .scalar, "program": .scalar, "note": .scalar])),
        "distinct": .sequence(of: .sequence(of: .scalar)),
    ])

    /// Every alias and rename must name something, and no name may point two ways.
    private static func validate(_ config: LineageConfig, file: String, yaml: String) throws {
        var seen: [String: String] = [:]
        for alias in config.aliases {
            let key = NameKey.program(alias.printed)
            guard !key.isEmpty, !NameKey.program(alias.program).isEmpty else {
                throw SitegenError(file: file, line: lineOf(alias.printed, in: yaml), "lineage: an alias needs both 'printed' and 'program'")
            }
            if let other = seen[key], other != alias.program {
                throw SitegenError(file: file, line: lineOf(alias.printed, in: yaml),
                                   "lineage: '\(alias.printed)' is an alias of both '\(other)' and '\(alias.program)'")
            }
            seen[key] = alias.program
        }
        var departments: [String: String] = [:]
        for department in config.departments {
            for old in department.was {
                let key = NameKey.department(old)
                if let other = departments[key], other != department.name {
                    throw SitegenError(file: file, line: lineOf(old, in: yaml),
                                       "lineage: department '\(old)' is said to have become both '\(other)' and '\(department.name)'")
                }
                departments[key] = department.name
            }
        }
    }

    private static func lineOf(_ text: String, in yaml: String) -> Int? {
        SourceLine.lines(of: yaml).first { $0.text.has(text) }?.number
    }

    private static func line(of error: DecodingError, in yaml: String) -> Int? {
        let path: [CodingKey]
        switch error {
        case .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        @unknown default:
            return nil
        }
        guard let key = path.last(where: { $0.intValue == nil })?.stringValue else { return nil }
        return SourceLine.lines(of: yaml).first { $0.text.trimmedAll.hasPrefix(key + ":") || $0.text.trimmedAll.hasPrefix("- " + key + ":") }?.number
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' in \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

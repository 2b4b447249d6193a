import Yams
import SitegenText

/// The YAML of the content folder, read strictly: anchors and aliases (`&name`, `*name`) are
/// refused (a small file whose aliases repeat a long list expands to gigabytes when decoded),
/// a key given twice is an error with its line, and every key must be one the file knows.
enum StrictYAML {
    /// What keys a mapping may hold, and what each key's value holds.
    indirect enum Schema {
        case mapping([String: Schema])
        case sequence(of: Schema)
        case scalar
    }

    /// The document's root (`nil` for an empty document), or an error with file and line.
    static func compose(_ yaml: String, file: String) throws -> Node? {
        let root: Node?
        let parser: Parser
        do {
            parser = try Parser(yaml: yaml)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            throw SitegenError(file: file, line: line(of: error, in: yaml), "not valid YAML: \(problem(of: error))")
        }
        // Nodes hold their anchors weakly; the parser keeps them alive for the walk.
        try withExtendedLifetime(parser) {
            if let root { try refuseAnchors(root, file: file) }
        }
        return root
    }

    /// Refuses the first anchor, in document order; it comes before any alias to it, so the
    /// walk stops before an alias can be expanded.
    private static func refuseAnchors(_ node: Node, file: String) throws {
        var stack = [node]
        while let next = stack.popLast() {
            if let anchor = next.anchor {
                throw SitegenError(file: file, line: next.mark?.line,
                                   "YAML anchors and aliases (&\(anchor.rawValue), *\(anchor.rawValue)) are not allowed here; write the values out")
            }
            switch next {
            case .mapping(let mapping): stack += mapping.flatMap { [$0.key, $0.value] }.reversed()
            case .sequence(let sequence): stack += sequence.reversed()
            default: break
            }
        }
    }

    /// Checks every key against the schema, naming the line of the first unknown one.
    static func check(_ node: Node, against schema: Schema, file: String, path: String = "") throws {
        switch schema {
        case .scalar:
            guard node.scalar != nil else {
                throw SitegenError(file: file, line: node.mark?.line, "\(path.isEmpty ? "the value" : "'\(path)'") must be a single text value")
            }
        case .sequence(let element):
            guard let sequence = node.sequence else {
                throw SitegenError(file: file, line: node.mark?.line, "'\(path)' must be a list")
            }
            for item in sequence { try check(item, against: element, file: file, path: path) }
        case .mapping(let keys):
            guard let mapping = node.mapping else {
                throw SitegenError(file: file, line: node.mark?.line, "\(path.isEmpty ? "the file" : "'\(path)'") must be key: value pairs")
            }
            for (key, value) in mapping {
                let name = key.string ?? ""
                guard let inner = keys[name] else {
                    let known = keys.keys.sorted().joined(separator: ", ")
                    throw SitegenError(file: file, line: key.mark?.line,
                                       "unknown key '\(name)'\(path.isEmpty ? "" : " in '\(path)'") (known keys: \(known))")
                }
                try check(value, against: inner, file: file, path: path.isEmpty ? name : path + "." + name)
            }
        }
    }

    static func line(of error: YamlError, in yaml: String) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        case .reader(_, _, _, _): return 1
        case .duplicatedKeysInMapping(let duplicates, let context):
            return secondLine(of: duplicates.sorted().first ?? "", in: yaml) ?? context.mark.line
        default: return nil
        }
    }

    /// The line where a key appears the second time at the start of a line (its indentation aside).
    private static func secondLine(of key: String, in yaml: String) -> Int? {
        let lines = SourceLine.lines(of: yaml).filter {
            let text = $0.text.trimmedAll
            return text.hasPrefix(key + ":") || text.hasPrefix("- " + key + ":")
        }
        return lines.count > 1 ? lines[1].number : nil
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        case .reader(let problem, _, _, _): return problem
        case .duplicatedKeysInMapping(let duplicates, _):
            return "a key given twice: \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", "))"
        default: return String(describing: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "unreadable"
        }
    }
}

import SitegenText
import SitegenContent

/// The lineage rules in force for a site: `lineage.yml` resolved into lookups.
public struct Lineage: Sendable {
    public let config: LineageConfig
    private let issuerFamily: [String: String]
    private let departmentSuccessor: [String: String]
    private let aliasKeys: [String: String]
    private let distinctGroups: [Set<String>]

    public init(_ config: LineageConfig) {
        self.config = config
        // Issuers: each name maps to the newest body of its family.
        var parent: [String: String] = [:]
        for issuer in config.issuers {
            for old in issuer.succeeds { parent[NameKey.department(old)] = NameKey.department(issuer.name) }
        }
        func root(_ name: String) -> String {
            var current = name
            var guardCount = 0
            while let next = parent[current], guardCount < 64 { current = next; guardCount += 1 }
            return current
        }
        issuerFamily = Dictionary(uniqueKeysWithValues: parent.keys.map { ($0, root($0)) })
        var successor: [String: String] = [:]
        for department in config.departments {
            for old in department.was { successor[NameKey.department(old)] = NameKey.department(department.name) }
        }
        departmentSuccessor = successor
        // Aliases resolve to the end of their chain (`A` → `B` and `B` → `C` make `A` → `C`).
        let direct = Dictionary(config.aliases.map { (NameKey.program($0.printed), NameKey.program($0.program)) }, uniquingKeysWith: { a, _ in a })
        aliasKeys = direct.mapValues { target in
            var current = target
            var steps = 0
            while let next = direct[current], next != current, steps < 64 { current = next; steps += 1 }
            return current
        }
        distinctGroups = config.distinct.map { Set($0.map(NameKey.program)) }
    }

    /// The lineage an issuing body belongs to, named after its newest body.
    public func issuerLineage(_ issuer: String) -> String {
        let key = NameKey.department(issuer)
        return issuerFamily[key] ?? key
    }

    /// A department's names from `name` to its latest, following renames (`[name]` when it has none).
    public func departmentChain(_ name: String) -> [String] {
        var chain = [NameKey.department(name)]
        while let next = departmentSuccessor[chain[chain.count - 1]], !chain.contains(next), chain.count < 64 { chain.append(next) }
        return chain
    }

    /// The latest name of a department, following renames.
    public func departmentLineage(_ name: String) -> String {
        var current = NameKey.department(name)
        var steps = 0
        while let next = departmentSuccessor[current], next != current, steps < 64 { current = next; steps += 1 }
        return current
    }

    /// A program name with its alias applied, normalised.
    public func programKey(_ label: String) -> String {
        let key = NameKey.program(label)
        return aliasKeys[key] ?? key
    }

    /// The program an alias stands for, as the editors wrote it.
    public func aliasTarget(of label: String) -> String? {
        var key = NameKey.program(label)
        var name: String?
        var steps = 0
        while let alias = config.aliases.first(where: { NameKey.program($0.printed) == key }), steps < 64 {
            name = alias.program
            key = NameKey.program(alias.program)
            steps += 1
        }
        return name
    }

    public func isAlias(_ label: String) -> Bool {
        aliasKeys[NameKey.program(label)] != nil
    }

    /// Whether editors said the two programs are different.
    public func areDistinct(_ a: String, _ b: String) -> Bool {
        distinctGroups.contains { $0.contains(a) && $0.contains(b) }
    }
}

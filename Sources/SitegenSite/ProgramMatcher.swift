import SitegenText
import SitegenConcurrency
import SitegenContent

/// Matches programs across releases: by normalised name (after the editors' aliases) within
/// an issuer lineage, then by an OCR- and typo-tolerant match — few jamo edits between names —
/// between programs of the same lineage whose amounts agree. Two programs that both appear in
/// one release are never merged, nor are programs the editors call distinct.
public struct ProgramMatcher {
    public struct Result: Sendable {
        public var programs: [ProgramHistory]
        public var matches: [LineageMatch]
        public var nearMisses: [LineageMatch]
    }

    /// Share of jamo that may differ for an automatic match, and for a near miss worth showing.
    static let matchShare = 0.2
    static let nearShare = 0.35
    /// How close two budgets must be to support a match.
    static let amountTolerance = 0.1

    private final class Cluster {
        let key: String
        let lineage: String
        var names: [String] = []
        var releases = Set<Int>()
        var budgets: [Int] = []
        var appearances: [ProgramHistory.Appearance] = []
        /// The key's jamo and two-letter pieces (numbered by `BigramSet.numbers`): set for the
        /// clusters that are compared, the ones not generic.
        var jamo: [UInt32] = []
        var grams: [UInt64] = []
        let generic: Bool

        init(key: String, lineage: String, generic: Bool) {
            self.key = key
            self.lineage = lineage
            self.generic = generic
        }
    }

    /// The department under which a release's generic rows (`기본경비`) are kept: its latest name,
    /// unless another department of the same release was renamed into the same one (2018's
    /// 민관협력담당관 and 갈등조정담당관 both became 갈등관리협치과). Then one of them keeps the latest
    /// name — the one renamed into it most directly, then the one `lineage.yml` lists first under
    /// `was` — and the others keep the last name that is theirs alone, so that no two programs of
    /// one release are merged.
    static func genericDepartments(_ release: Release, lineage: Lineage) -> [String: String] {
        let names = Set(release.report.budgetTables.flatMap(\.lines).compactMap { line -> String? in
            guard line.kind == .program, let department = line.department,
                  NameKey.generic(lineage.programKey(line.label), department: department) != nil else { return nil }
            return NameKey.department(department)
        })
        let chains = Dictionary(uniqueKeysWithValues: names.map { ($0, lineage.departmentChain($0)) })
        /// How directly a chain reaches its latest name: its length, then its place in the `was` list.
        func rank(_ chain: [String]) -> (Int, Int) {
            guard chain.count > 1, let head = chain.last else { return (chain.count, 0) }
            let was = lineage.config.departments.first { NameKey.department($0.name) == head }?.was.map(NameKey.department) ?? []
            return (chain.count, was.firstIndex(of: chain[chain.count - 2]) ?? was.count)
        }
        var keys: [String: String] = [:]
        for (name, chain) in chains {
            guard let head = chain.last else { continue }
            let sharing = chains.filter { $0.key != name && $0.value.last == head }.map(\.value)
            if sharing.allSatisfy({ rank(chain) < rank($0) }) {
                keys[name] = head
            } else {
                let taken = Set(chains.filter { $0.key != name }.flatMap(\.value))
                keys[name] = chain.last { !taken.contains($0) } ?? name
            }
        }
        return keys
    }

    /// A program row as the matcher reads it: what it is called, and the identity it is
    /// matched by within its issuer lineage.
    private struct Row {
        var table: Int
        var line: Int
        var identity: String
        var generic: Bool
        var name: String
        var budget: Int?
    }

    /// The program rows of one release, read on their own (on every core: the names' keys
    /// and clean-up were half of matching, while the other core waited).
    private static func rows(of release: Release, lineage: Lineage) -> [Row] {
        let departments = genericDepartments(release, lineage: lineage)
        var rows: [Row] = []
        for (t, table) in release.report.budgetTables.enumerated() {
            for (l, line) in table.lines.enumerated() where line.kind == .program {
                let base = lineage.programKey(line.label)
                guard !base.isEmpty else { continue }
                let genericName = NameKey.generic(base, department: line.department)
                let department = line.department.map { departments[NameKey.department($0)] ?? lineage.departmentLineage($0) } ?? ""
                rows.append(Row(table: t, line: l, identity: genericName.map { $0 + "@" + department } ?? base, generic: genericName != nil,
                                name: TextCleanup.collapseLetterSpacing(TextCleanup.joinWrapped([line.qualifiedLabel])), budget: line.budget))
            }
        }
        return rows
    }

    public static func match(_ releases: [Release], lineage: Lineage) -> Result {
        var order: [String] = []
        var clusters: [String: Cluster] = [:]
        let rowsOfReleases = Concurrently.map(releases.map { release in { rows(of: release, lineage: lineage) } })
        for (r, (release, rows)) in zip(releases, rowsOfReleases).enumerated() {
            let family = lineage.issuerLineage(release.metadata.issuer)
            for row in rows {
                let key = family + "|" + row.identity
                let cluster: Cluster
                if let existing = clusters[key] {
                    cluster = existing
                } else {
                    cluster = Cluster(key: row.identity, lineage: family, generic: row.generic)
                    clusters[key] = cluster
                    order.append(key)
                }
                if !cluster.names.contains(row.name) { cluster.names.append(row.name) }
                cluster.releases.insert(r)
                if let budget = row.budget, budget > 0 { cluster.budgets.append(budget) }
                cluster.appearances.append(.init(release: r, table: row.table, line: row.line))
            }
        }
        let ordered = order.map { clusters[$0]! }
        readNames(ordered)
        var (parents, matches, nearMisses) = fuzzyMerge(ordered, lineage: lineage, releases: releases)
        func root(_ i: Int) -> Int {
            var i = i
            while parents[i] != i { parents[i] = parents[parents[i]]; i = parents[i] }
            return i
        }
        var merged: [Int: [Int]] = [:]
        var roots: [Int] = []
        for i in ordered.indices {
            let r = root(i)
            if merged[r] == nil { roots.append(r) }
            merged[r, default: []].append(i)
        }
        let histories = roots.map { r -> ProgramHistory in
            let members = merged[r]!.map { ordered[$0] }
            var names: [String] = []
            for name in members.flatMap(\.names) where !names.contains(name) { names.append(name) }
            // The program is shown under its first name that is not an alias, else the alias's target.
            if let title = names.first(where: { !lineage.isAlias($0) }) ?? lineage.aliasTarget(of: names[0]) {
                names.removeAll { $0 == title }
                names.insert(title, at: 0)
            }
            let appearances = members.flatMap(\.appearances).sorted { ($0.release, $0.table, $0.line) < ($1.release, $1.table, $1.line) }
            return ProgramHistory(key: ordered[r].lineage + "|" + ordered[r].key, lineage: ordered[r].lineage,
                                  slug: "", names: names, appearances: appearances)
        }
        let slugs = Slug.unique(histories.map { $0.names[0] })
        let programs = zip(histories, slugs).map { history, slug -> ProgramHistory in
            var history = history
            history.slug = slug
            return history
        }
        matches.sort { ($0.lineage, $0.first, $0.second) < ($1.lineage, $1.first, $1.second) }
        nearMisses.sort { ($0.lineage, $0.first, $0.second) < ($1.lineage, $1.first, $1.second) }
        return Result(programs: programs, matches: matches, nearMisses: nearMisses)
    }

    /// Sets the jamo and pieces of the clusters to compare: read on every core, then numbered
    /// (on one core, made at 19,000 clusters, they were a fifth of matching's time there).
    private static func readNames(_ clusters: [Cluster]) {
        let compared = clusters.filter { !$0.generic }
        let read = Concurrently.map(stride(from: 0, to: compared.count, by: 512).map { start in
            { compared[start..<min(start + 512, compared.count)].map { (Jamo.decompose($0.key), BigramSet($0.key)) } }
        }).flatMap { $0 }
        var interned: [String: UInt64] = [:]
        for (cluster, (jamo, grams)) in zip(compared, read) {
            cluster.jamo = jamo
            cluster.grams = grams.numbers(interning: &interned)
        }
    }

    /// Pairs of clusters of one lineage that share enough two-letter pieces to be compared
    /// (found through an index of pieces, not by comparing every pair), closest first. Each
    /// lineage is merged on its own, on every core: no cluster is compared with or merged into
    /// one of another lineage.
    private static func fuzzyMerge(_ clusters: [Cluster], lineage: Lineage, releases: [Release])
        -> ([Int], [LineageMatch], [LineageMatch]) {
        var members: [String: [Int]] = [:]
        var lineages: [String] = []
        for (i, cluster) in clusters.enumerated() where !cluster.generic {
            if members[cluster.lineage] == nil { lineages.append(cluster.lineage) }
            members[cluster.lineage, default: []].append(i)
        }
        let merged = Concurrently.map(lineages.map { name in
            { merge(members[name]!.map { clusters[$0] }, lineage: lineage, releases: releases) }
        })
        var parents = Array(clusters.indices)
        var matches: [LineageMatch] = []
        var nearMisses: [LineageMatch] = []
        for (name, result) in zip(lineages, merged) {
            let global = members[name]!
            for (local, parent) in result.parents.enumerated() where parent != local { parents[global[local]] = global[parent] }
            matches += result.matches
            nearMisses += result.nearMisses
        }
        return (parents, matches, nearMisses)
    }

    /// `fuzzyMerge` within one lineage's clusters (in their order): each cluster's parent
    /// among them, the matches and the near misses.
    private static func merge(_ clusters: [Cluster], lineage: Lineage, releases: [Release])
        -> (parents: [Int], matches: [LineageMatch], nearMisses: [LineageMatch]) {
        var parents = Array(clusters.indices)
        var releaseSets = clusters.map(\.releases)
        var matches: [LineageMatch] = []
        var nearMisses: [LineageMatch] = []
        func root(_ i: Int) -> Int {
            var i = i
            while parents[i] != i { i = parents[i] }
            return i
        }
        var index: [UInt64: [Int]] = [:]
        for (i, cluster) in clusters.enumerated() {
            for gram in cluster.grams { index[gram, default: []].append(i) }
        }
        var candidates: [(distance: Int, a: Int, b: Int)] = []
        for (i, cluster) in clusters.enumerated() {
            var shared: [Int: Int] = [:]
            for gram in cluster.grams {
                for j in index[gram] ?? [] where j > i { shared[j, default: 0] += 1 }
            }
            for (j, count) in shared {
                let other = clusters[j]
                guard Double(count) >= 0.5 * Double(min(cluster.grams.count, other.grams.count)) else { continue }
                let longest = max(cluster.jamo.count, other.jamo.count)
                let nearLimit = Int((nearShare * Double(longest)).rounded(.up))
                if let distance = Jamo.distance(cluster.jamo, other.jamo, limit: nearLimit) {
                    candidates.append((distance, i, j))
                }
            }
        }
        candidates.sort { ($0.distance, $0.a, $0.b) < ($1.distance, $1.a, $1.b) }
        for (distance, i, j) in candidates {
            let a = clusters[i], b = clusters[j]
            let longest = max(a.jamo.count, b.jamo.count)
            let close = distance <= max(2, Int((matchShare * Double(longest)).rounded(.up)))
            let agree = amountsAgree(a.budgets, b.budgets)
            let (ra, rb) = (root(i), root(j))
            func record(_ reason: String, matched: Bool) {
                let entry = LineageMatch(lineage: a.lineage, first: a.names[0], second: b.names[0], distance: distance, reason: reason)
                if matched { matches.append(entry) } else { nearMisses.append(entry) }
            }
            if ra == rb { continue }
            let shared = releaseSets[ra].intersection(releaseSets[rb])
            if lineage.areDistinct(a.key, b.key) {
                record("lineage.yml에서 서로 다른 사업으로 지정했습니다.", matched: false)
            } else if !shared.isEmpty {
                let where_ = shared.sorted().map { releases[$0].id }.joined(separator: ", ")
                if close { record("두 이름이 한 보고서(\(where_))에 함께 실려 있어 합치지 않았습니다.", matched: false) }
            } else if close && agree {
                parents[rb] = ra
                releaseSets[ra].formUnion(releaseSets[rb])
                record("이름이 자모 \(distance)개 다르고 예산액이 10% 안에서 일치해 같은 사업으로 보았습니다.", matched: true)
            } else if close {
                record("이름은 가깝지만(자모 \(distance)개 차이) 예산액이 맞지 않아 합치지 않았습니다.", matched: false)
            } else if agree {
                record("예산액은 맞지만 이름이 자모 \(distance)개 달라 자동으로 합치지 않았습니다. 같은 사업이면 lineage.yml에 별칭으로 적으세요.", matched: false)
            }
        }
        return (parents, matches, nearMisses)
    }

    static func amountsAgree(_ a: [Int], _ b: [Int]) -> Bool {
        for x in a {
            for y in b where abs(x - y) <= Int(amountTolerance * Double(max(x, y))) { return true }
        }
        return false
    }
}

import SitegenText
import SitegenContent

/// What changed since the previous release of the same issuer lineage: programs that started
/// or ended, budget and execution-rate changes, and moves between departments.
public struct ReleaseChanges: Sendable {
    public struct ProgramState: Sendable {
        public var program: ProgramHistory
        /// The program's position in `SiteContent.programs`, which stands for its key.
        public var number: Int
        public var line: BudgetLine
        /// Department, following renames, so that a renamed department is no move.
        public var departmentLineage: String?
    }

    public struct Change: Sendable {
        public var program: ProgramHistory
        public var before: ProgramState
        public var after: ProgramState
    }

    public var previous: Int
    public var started: [ProgramState]
    public var ended: [ProgramState]
    public var budgetChanges: [Change]
    public var rateChanges: [Change]
    public var departmentMoves: [Change]
    public var newDepartments: [String]
    public var endedDepartments: [String]

    /// Changes of release `release` against the previous release of its lineage; `nil` for the first.
    public init?(site: SiteContent, release: Int) {
        guard let previous = site.previousRelease(of: release) else { return nil }
        self.previous = previous
        let before = Self.states(site: site, release: previous)
        let after = Self.states(site: site, release: release)
        // Programs told apart by their numbers, not by hashing their (Korean) keys.
        let beforeNumbers = Set(before.map(\.number))
        let afterNumbers = Set(after.map(\.number))
        started = after.filter { !beforeNumbers.contains($0.number) && ($0.line.budget ?? 0) > 0 }
        ended = before.filter { !afterNumbers.contains($0.number) && ($0.line.budget ?? 0) > 0 }
        let beforeByNumber = Dictionary(before.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        let both = after.compactMap { state in beforeByNumber[state.number].map { Change(program: state.program, before: $0, after: state) } }
        budgetChanges = both.filter { $0.before.line.budget != nil && $0.after.line.budget != nil && $0.before.line.budget != $0.after.line.budget }
        rateChanges = both.filter { change in
            guard let a = Self.rate(change.before.line), let b = Self.rate(change.after.line) else { return false }
            return abs(a - b) >= 0.05
        }
        departmentMoves = both.filter { $0.before.departmentLineage != nil && $0.after.departmentLineage != nil && $0.before.departmentLineage != $0.after.departmentLineage }
        let departmentsBefore = Self.departments(site: site, release: previous)
        let departmentsAfter = Self.departments(site: site, release: release)
        newDepartments = departmentsAfter.filter { !departmentsBefore.contains($0) }
        endedDepartments = departmentsBefore.filter { !departmentsAfter.contains($0) }
    }

    public var isEmpty: Bool {
        started.isEmpty && ended.isEmpty && budgetChanges.isEmpty && rateChanges.isEmpty && departmentMoves.isEmpty
            && newDepartments.isEmpty && endedDepartments.isEmpty
    }

    /// The printed rate, else the rate the amounts give.
    public static func rate(_ line: BudgetLine) -> Double? {
        line.rate?.value ?? ReleaseOverview.computedRate(line)
    }

    /// Each program of the release once, by its most representative line: the main table's,
    /// else another table outside the work items, else a work item's.
    public static func states(site: SiteContent, release: Int) -> [ProgramState] {
        let index = site.releases[release]
        var best: [Int: (rank: Int, state: ProgramState)] = [:]
        var order: [Int] = []
        for (t, table) in index.release.report.budgetTables.enumerated() {
            let rank = index.rank(ofTable: t)
            for (l, line) in table.lines.enumerated() where line.kind == .program {
                guard let number = site.programNumber(release: release, table: t, line: l) else { continue }
                if let existing = best[number], existing.rank <= rank { continue }
                if best[number] == nil { order.append(number) }
                best[number] = (rank, ProgramState(program: site.programs[number], number: number, line: line,
                                                   departmentLineage: line.department.map(site.lineage.departmentLineage)))
            }
        }
        return order.map { best[$0]!.state }
    }

    /// The department lineages of a release (each department under its latest name).
    static func departments(site: SiteContent, release: Int) -> [String] {
        var seen = Set<String>()
        return site.releases[release].release.report.departments
            .map { site.lineage.departmentLineage($0.name) }
            .filter { seen.insert($0).inserted }
    }
}

/// One program followed across releases: every budget line printed for it.
public struct ProgramHistory: Sendable {
    /// What identifies the program (`BudgetLine.identityKey`).
    public var key: String
    public var slug: String
    /// Every printed name, in release order.
    public var names: [String]
    public var appearances: [Appearance]

    /// A budget line of the program: release `release`, table `table`, line `line` of that table.
    public struct Appearance: Equatable, Sendable {
        public var release: Int
        public var table: Int
        public var line: Int
    }

    /// Groups the program rows of all releases by normalised name, in one pass.
    /// `releases` must be in date order; slugs come from the first printed name.
    public static func collect(_ releases: [Release]) -> [ProgramHistory] {
        var order: [String] = []
        var byKey: [String: ProgramHistory] = [:]
        for (r, release) in releases.enumerated() {
            for (t, table) in release.report.budgetTables.enumerated() {
                for (l, line) in table.lines.enumerated() where line.kind == .program {
                    let key = line.identityKey
                    guard !key.isEmpty else { continue }
                    if byKey[key] == nil {
                        order.append(key)
                        byKey[key] = ProgramHistory(key: key, slug: "", names: [], appearances: [])
                    }
                    let label = TextCleanup.joinWrapped([line.qualifiedLabel])
                    if !byKey[key]!.names.contains(label) { byKey[key]!.names.append(label) }
                    byKey[key]!.appearances.append(Appearance(release: r, table: t, line: l))
                }
            }
        }
        let slugs = Slug.unique(order.map { byKey[$0]!.names[0] })
        return zip(order, slugs).map { key, slug in
            var history = byKey[key]!
            history.slug = slug
            return history
        }
    }
}

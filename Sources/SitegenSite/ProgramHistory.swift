/// One program followed across the releases of one issuer lineage: every budget line printed for it.
public struct ProgramHistory: Sendable {
    /// What identifies the program: its lineage and its canonical normalised name.
    public var key: String
    public var lineage: String
    public var slug: String
    /// Every printed name, in release order.
    public var names: [String]
    public var appearances: [Appearance]

    /// A budget line of the program: release `release`, table `table`, line `line` of that table.
    public struct Appearance: Equatable, Hashable, Sendable {
        public var release: Int
        public var table: Int
        public var line: Int

        public init(release: Int, table: Int, line: Int) {
            self.release = release
            self.table = table
            self.line = line
        }
    }

    /// The releases the program appears in, in order.
    public var releases: [Int] {
        var seen = Set<Int>()
        return appearances.map(\.release).filter { seen.insert($0).inserted }
    }
}

/// A pair of program names the matcher joined, or a near miss it refused, for editors to review.
public struct LineageMatch: Equatable, Sendable {
    public var lineage: String
    public var first: String
    public var second: String
    /// Jamo edits between the two normalised names.
    public var distance: Int
    /// Why, in a sentence.
    public var reason: String
}

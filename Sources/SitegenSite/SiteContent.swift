import SitegenConcurrency
import SitegenContent

/// Everything a theme needs to render the site: the releases (oldest first), their indexes,
/// the programs across releases, the lineage rules, and the configuration.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var releases: [ReleaseIndex]
    public var lineage: Lineage
    public var programs: [ProgramHistory]
    public var departmentLineages: [DepartmentLineage]
    /// The automatic matches and refused near misses of programs across releases.
    public var matches: [LineageMatch]
    public var nearMisses: [LineageMatch]
    /// Each release's report text (by release id), for the line-numbered source view.
    public var sourceTexts: SourceTexts
    /// (release, table, line) → the position of its program in `programs`.
    private var programOfRow: [ProgramHistory.Appearance: Int]
    /// Release id → position in `releases`.
    private var positions: [String: Int]
    /// (release position, department name as printed) → its lineage in `departmentLineages`.
    private var departmentLineageOf: [DepartmentAppearance: Int]
    /// Each release's issuer lineage (its position in `lineageMembers`), and the releases of
    /// each lineage, oldest first: asked for every release, a scan of all releases each time
    /// grew with the square of the archive.
    private var issuerLineageOf: [Int] = []
    private var lineageMembers: [[Int]] = []
    /// Release id → the digest of the release's files (`LoadedRelease.contentKey`), for the
    /// incremental build; empty for a site assembled in memory.
    public var contentKeys: [String: String] = [:]
    /// The digest of the lineage rules as read.
    public var lineageKey: String = ""
    /// What the theme's `prepare` made of the releases, when the build ran it.
    public var prepared: (any Sendable)?

    public init(releases: [Release], config: SiteConfig, sourceTexts: SourceTexts = [:],
                lineage: LineageConfig = .empty) {
        self.config = config
        self.sourceTexts = sourceTexts
        self.lineage = Lineage(lineage)
        let ordered = releases.sorted { ($0.metadata.date, $0.id) < ($1.metadata.date, $1.id) }
        // Each release's index on its own core (one after another they were a quarter of a
        // second of every build of 600 releases, with the other core idle).
        self.releases = Concurrently.map(ordered.map { release in { ReleaseIndex(release: release) } })
        positions = Dictionary(ordered.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let matched = ProgramMatcher.match(ordered, lineage: self.lineage)
        programs = matched.programs
        matches = matched.matches
        nearMisses = matched.nearMisses
        var rows: [ProgramHistory.Appearance: Int] = [:]
        for (position, program) in programs.enumerated() {
            for appearance in program.appearances { rows[appearance] = position }
        }
        programOfRow = rows
        departmentLineages = DepartmentLineage.collect(self.releases, lineage: self.lineage)
        var lineageOf: [DepartmentAppearance: Int] = [:]
        for (position, lineage) in departmentLineages.enumerated() {
            for appearance in lineage.appearances {
                let key = DepartmentAppearance(release: appearance.release, name: appearance.name)
                if lineageOf[key] == nil { lineageOf[key] = position }
            }
        }
        departmentLineageOf = lineageOf
        var families: [String: Int] = [:]
        for (position, index) in self.releases.enumerated() {
            let family = self.lineage.issuerLineage(index.release.metadata.issuer)
            let number = families[family] ?? {
                families[family] = lineageMembers.count
                lineageMembers.append([])
                return lineageMembers.count - 1
            }()
            issuerLineageOf.append(number)
            lineageMembers[number].append(position)
        }
    }

    private struct DepartmentAppearance: Hashable {
        var release: Int
        var name: String
    }

    /// The lineage page of a department as printed in release `release`.
    public func departmentLineagePath(release: Int, name: String) -> String? {
        departmentLineage(release: release, name: name).map { SiteMap.departmentLineage($0.slug) }
    }

    /// The lineage of a release's department.
    public func departmentLineage(release: Int, name: String) -> DepartmentLineage? {
        departmentLineageOf[DepartmentAppearance(release: release, name: name)].map { departmentLineages[$0] }
    }

    /// The department's latest appearance before `release` in its lineage: what its page links
    /// as the previous report (not always in the lineage's previous release: a department can
    /// be missing from a report).
    public func previousAppearance(release: Int, name: String) -> (release: Int, name: String)? {
        departmentLineage(release: release, name: name)?.appearances.last { $0.release < release }
    }

    public var latest: ReleaseIndex? { releases.last }

    /// The position of a release in `releases`.
    public func position(of release: ReleaseIndex) -> Int {
        positions[release.release.id]!
    }

    /// The program a budget line belongs to.
    public func program(release: Int, table: Int, line: Int) -> ProgramHistory? {
        programNumber(release: release, table: table, line: line).map { programs[$0] }
    }

    /// The position in `programs` of the program a row belongs to (one program a key: a
    /// number stands for the key where programs are told apart many times).
    public func programNumber(release: Int, table: Int, line: Int) -> Int? {
        programOfRow[.init(release: release, table: table, line: line)]
    }

    /// The appearance that stands for a program in each release it appears in: the best-ranked
    /// table's row (`ReleaseIndex.rank(ofTable:)`), the first such row on a tie.
    public func representatives(of program: ProgramHistory) -> [Int: ProgramHistory.Appearance] {
        var best: [Int: ProgramHistory.Appearance] = [:]
        for appearance in program.appearances {
            let index = releases[appearance.release]
            if let current = best[appearance.release], index.rank(ofTable: current.table) <= index.rank(ofTable: appearance.table) { continue }
            best[appearance.release] = appearance
        }
        return best
    }

    /// The page of the program a budget line belongs to.
    public func programPath(release: Int, table: Int, line: Int) -> String? {
        program(release: release, table: table, line: line).map { SiteMap.program($0.slug) }
    }

    /// The releases of the same issuer lineage as `release`, oldest first.
    public func lineageReleases(of release: Int) -> [Int] {
        lineageMembers[issuerLineageOf[release]]
    }

    /// The release of the same lineage just before `release`.
    public func previousRelease(of release: Int) -> Int? {
        lineageReleases(of: release).last { $0 < release }
    }

    /// The releases of the same lineage after `release`.
    public func laterReleases(of release: Int) -> [Int] {
        lineageReleases(of: release).filter { $0 > release }
    }
}

/// Renders the pages of a site. The build never names concrete templates: a theme is passed in,
/// so tests (and other sites) can bring their own.
public protocol SiteTheme {
    /// Work on each release alone that the jobs need: the build starts it as soon as the
    /// releases are read, on the other cores while it indexes the site (`SiteContent`'s
    /// matching of programs across releases runs on one), and hands the result to the jobs
    /// as `SiteContent.prepared`. The jobs must make the same files without it.
    /// `memo` keeps such work in the build cache for the next build.
    func prepare(_ releases: [Release], memo: ReleaseMemo) -> (any Sendable)?
    /// Every page and file of the site, as jobs that the build runs in parallel.
    func jobs(for site: SiteContent) -> [RenderJob]
    /// The files made from the paths of all the others once they are written (the sitemap).
    func closingFiles(for site: SiteContent, writtenPaths: [String]) -> [OutputFile]
}

extension SiteTheme {
    public func prepare(_ releases: [Release], memo: ReleaseMemo) -> (any Sendable)? { nil }
}

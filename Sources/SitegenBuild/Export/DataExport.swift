import Foundation
import SitegenText
import SitegenConcurrency
import SitegenContent
import SitegenSite

/// The machine-readable files under `data/`: every number of every release, with its line.
public enum DataExport {
    public static let budgetLinesHeader = [
        "release", "release_date", "issuer", "table", "source_line", "department", "program", "row_kind", "unit",
        "budget_won", "committed_won", "executed_won", "rate_percent", "committed_rate_percent", "url",
    ]
    public static let findingsHeader = ["release", "source_line", "kind", "message"]
    public static let auditItemsHeader = ["release", "source_line", "kind", "department", "status", "demand"]

    /// Every file under `data/`.
    public static func files(for indexes: [ReleaseIndex], config: SiteConfig) throws -> [OutputFile] {
        try tables(for: indexes, config: config) + indexes.map { try model(of: $0.release) }
    }

    /// The CSV tables across every release. Each release's rows are made apart, on every core,
    /// and kept by `memo` (they depend on the release and the base URL alone), so that a build
    /// that adds a release makes only its rows and joins the rest. They are made
    /// `releasesAGroup` releases at a time, each group's joined before the next is made, and
    /// each group let go as it is copied into its file: every release's rows held with the
    /// three files were twice the files (350 MB at 6,000 releases).
    public static func tables(for indexes: [ReleaseIndex], config: SiteConfig, memo: ReleaseMemo = .none) -> [OutputFile] {
        let kind = memoKind(config)
        var groups: [ReleaseRows] = []
        for start in stride(from: 0, to: indexes.count, by: releasesAGroup) {
            groups.append(ReleaseRows(joining: Concurrently.map(indexes[start..<min(start + releasesAGroup, indexes.count)].map { index in
                {
                    memo.value(kind, release: index.release.id, make: { ReleaseRows(index, config: config) },
                               encode: \.encoded, decode: ReleaseRows.init(encoded:))
                }
            })))
        }
        func file(_ path: String, _ header: [String], _ rows: WritableKeyPath<ReleaseRows, [UInt8]>) -> OutputFile {
            var bytes = CSVText.headerLine(header)
            bytes.reserveCapacity(bytes.count + groups.reduce(0) { $0 + $1[keyPath: rows].count })
            for group in groups.indices {
                bytes += groups[group][keyPath: rows]
                groups[group][keyPath: rows] = []
            }
            return OutputFile(path: path, bytes: bytes)
        }
        return [
            file("data/budget-lines.csv", budgetLinesHeader, \.budgetLines),
            file("data/findings.csv", findingsHeader, \.findings),
            file("data/audit-items.csv", auditItemsHeader, \.auditItems),
        ]
    }

    /// How many releases' rows `tables` makes at a time.
    static let releasesAGroup = 256

    /// The memo of a release's rows, which hold absolute URLs when a base URL is set.
    static func memoKind(_ config: SiteConfig) -> String {
        guard let base = config.baseURL else { return "csv-rows" }
        return "csv-rows-" + Hex.sha256(Array(base.utf8)).prefix(16)
    }

    /// `data/releases/<id>.json`: the whole model of one release.
    public static func model(of release: Release) throws -> OutputFile {
        OutputFile(path: SiteMap.releaseJSON(release.id), bytes: try ReleaseJSON.bytes(release) + [0x0A])
    }

    /// One row per budget line of every release. `executed_won` is 지출 where 원인행위 and 지출
    /// are both printed, and `rate_percent` its printed rate; an empty cell means no value.
    public static func budgetLines(_ indexes: [ReleaseIndex], config: SiteConfig) -> String {
        String(decoding: CSVText.headerLine(budgetLinesHeader) + indexes.flatMap { CSVText.lines(budgetLineRows($0, config: config)) },
               as: UTF8.self)
    }

    public static func findings(_ releases: [Release]) -> String {
        String(decoding: CSVText.headerLine(findingsHeader) + releases.flatMap { CSVText.lines(findingRows($0)) }, as: UTF8.self)
    }

    public static func auditItems(_ releases: [Release]) -> String {
        String(decoding: CSVText.headerLine(auditItemsHeader) + releases.flatMap { CSVText.lines(auditItemRows($0)) }, as: UTF8.self)
    }

    static func budgetLineRows(_ index: ReleaseIndex, config: SiteConfig) -> [[String]] {
        let release = index.release
        var rows: [[String]] = []
        for (t, table) in release.report.budgetTables.enumerated() {
            for (l, line) in table.lines.enumerated() {
                rows.append([
                    release.id, release.metadata.date.description, release.metadata.issuer, table.title,
                    String(line.firstLine), line.department ?? "", line.label, line.kind.rawValue, table.unit.rawValue,
                    cell(line.budget), cell(line.committed), cell(line.executed),
                    line.rate?.description ?? "", line.committedRate?.description ?? "",
                    config.absoluteURL(index.place(table: t, line: l).path),
                ])
            }
        }
        return rows
    }

    static func findingRows(_ release: Release) -> [[String]] {
        release.report.findings.map { [release.id, String($0.line), $0.kind.rawValue, $0.message] }
    }

    static func auditItemRows(_ release: Release) -> [[String]] {
        (release.report.audit?.items ?? []).map {
            [release.id, String($0.sourceLine), $0.kind.rawValue, $0.departments.joined(separator: "; "), $0.status.rawValue, $0.demand]
        }
    }

    private static func cell(_ value: Int?) -> String {
        value.map(String.init) ?? ""
    }
}

/// One release's rows of the three tables, as CSV lines.
struct ReleaseRows: Equatable {
    var budgetLines: [UInt8]
    var findings: [UInt8]
    var auditItems: [UInt8]

    init(_ index: ReleaseIndex, config: SiteConfig) {
        budgetLines = CSVText.lines(DataExport.budgetLineRows(index, config: config))
        findings = CSVText.lines(DataExport.findingRows(index.release))
        auditItems = CSVText.lines(DataExport.auditItemRows(index.release))
    }

    /// The rows of several releases, in order.
    init(joining parts: [ReleaseRows]) {
        func joined(_ rows: KeyPath<ReleaseRows, [UInt8]>) -> [UInt8] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(parts.reduce(0) { $0 + $1[keyPath: rows].count })
            for part in parts { bytes += part[keyPath: rows] }
            return bytes
        }
        budgetLines = joined(\.budgetLines)
        findings = joined(\.findings)
        auditItems = joined(\.auditItems)
    }

    /// As kept in the build cache: the three parts, counted.
    var encoded: [UInt8] {
        var writer = ModelWriter(capacity: budgetLines.count + findings.count + auditItems.count + 32)
        for part in [budgetLines, findings, auditItems] { writer.write(bytes: part) }
        return writer.bytes
    }

    init(encoded: [UInt8]) throws {
        var reader = ModelReader(encoded)
        budgetLines = try reader.byteArray()
        findings = try reader.byteArray()
        auditItems = try reader.byteArray()
        guard reader.isAtEnd else { throw ModelReader.Malformed() }
    }
}

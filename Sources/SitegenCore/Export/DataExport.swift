import Foundation

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

    /// The CSV tables across every release.
    public static func tables(for indexes: [ReleaseIndex], config: SiteConfig) -> [OutputFile] {
        [
            OutputFile(path: "data/budget-lines.csv", text: budgetLines(indexes, config: config)),
            OutputFile(path: "data/findings.csv", text: findings(indexes.map(\.release))),
            OutputFile(path: "data/audit-items.csv", text: auditItems(indexes.map(\.release))),
        ]
    }

    /// `data/releases/<id>.json`: the whole model of one release.
    public static func model(of release: Release) throws -> OutputFile {
        OutputFile(path: "data/releases/\(release.id).json", bytes: ReleaseJSON.bytes(release) + [0x0A])
    }

    /// One row per budget line of every release. `executed_won` is 지출 where 원인행위 and 지출
    /// are both printed, and `rate_percent` its printed rate; an empty cell means no value.
    public static func budgetLines(_ indexes: [ReleaseIndex], config: SiteConfig) -> String {
        var rows: [[String]] = []
        for index in indexes {
            let release = index.release
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
        }
        return CSVText.make(header: budgetLinesHeader, rows: rows)
    }

    public static func findings(_ releases: [Release]) -> String {
        let rows = releases.flatMap { release in
            release.report.findings.map { [release.id, String($0.line), $0.kind.rawValue, $0.message] }
        }
        return CSVText.make(header: findingsHeader, rows: rows)
    }

    public static func auditItems(_ releases: [Release]) -> String {
        let rows = releases.flatMap { release in
            (release.report.audit?.items ?? []).map {
                [release.id, String($0.sourceLine), $0.kind.rawValue, $0.departments.joined(separator: "; "), $0.status.rawValue, $0.demand]
            }
        }
        return CSVText.make(header: auditItemsHeader, rows: rows)
    }

    private static func cell(_ value: Int?) -> String {
        value.map(String.init) ?? ""
    }
}

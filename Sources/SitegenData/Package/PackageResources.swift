/// The CSV files under `data/`, each described by its Table Schema. The columns are those
/// the files are written with (`DataExport`'s headers, `ReleasesCSV.header`): a test holds
/// the two lists equal.
enum PackageResources {
    static let releaseField = TableSchema.Field("release", "string", "The release id (folder name under content/releases)", required: true)
    static let sourceLine = TableSchema.Field("source_line", "integer", "The 1-based line of report.txt where the row starts", required: true)

    static let releases = DataResource(
        name: "releases", path: "releases.csv", title: "Releases",
        description: "One row per work report (업무보고) archived on the site.",
        schema: TableSchema(fields: [
            .init("id", "string", "The release id", required: true),
            .init("date", "yearmonth", "The month of the report (YYYY-MM)", required: true),
            .init("issuer", "string", "The body that reports", required: true),
            .init("title", "string", "The report's title", required: true),
            .init("kind", "string", "주요업무보고, 현안업무보고, …"),
            .init("session", "string", "The council session"),
            .init("committee", "string", "The council committee"),
            .init("source_url", "string", "Where the council publishes the report"),
            .init("sha256", "string", "SHA-256 of the archived report.txt", required: true),
            .init("line_count", "integer", "Lines of report.txt", required: true),
            .init("url", "string", "The release's page on the site", required: true),
        ], primaryKey: ["id"]))

    static let budgetLines = DataResource(
        name: "budget-lines", path: "budget-lines.csv", title: "Budget lines",
        description: "One row per budget line of every release. Amounts are in won, scaled from the unit the table prints. "
            + "Rows whose row_kind is department, subtotal or total are sums of other rows of their table: "
            + "leave them out when adding up (see subtotalRows).",
        schema: TableSchema(fields: [
            releaseField,
            .init("release_date", "yearmonth", "The release's month", required: true),
            .init("issuer", "string", "The body that reports", required: true),
            .init("table", "string", "The table's caption in the report", required: true),
            sourceLine,
            .init("department", "string", "The department (letter-spacing removed), when known"),
            .init("program", "string", "The row label as printed (wrapped lines joined)", required: true),
            .init("row_kind", "string", "program, or a sum: department, subtotal, total", required: true,
                  values: ["program", "department", "subtotal", "total"]),
            .init("unit", "string", "The unit the table prints; the amounts here are already in won", required: true),
            .init("budget_won", "integer", "예산현액 (or the year's budget where no 현액 is printed)", unit: "KRW"),
            .init("committed_won", "integer", "원인행위 (commitments)", unit: "KRW"),
            .init("executed_won", "integer", "지출 where 원인행위 and 지출 are both printed, else 집행액", unit: "KRW"),
            .init("rate_percent", "number", "The printed execution rate of executed_won", unit: "%"),
            .init("committed_rate_percent", "number", "The printed rate of committed_won", unit: "%"),
            .init("url", "string", "The row's permalink on the site", required: true),
        ], primaryKey: ["release", "source_line"], foreignKeys: [.release]),
        subtotalRows: SubtotalRows(field: "row_kind", values: ["department", "subtotal", "total"]))

    static let findings = DataResource(
        name: "findings", path: "findings.csv", title: "Findings",
        description: "What the reports say about themselves: printed sums and rates that do not add up, unreadable rows, ….",
        schema: TableSchema(fields: [
            releaseField, sourceLine,
            .init("kind", "string", "rate-mismatch, sum-mismatch, malformed-number, …", required: true),
            .init("message", "string", "What is wrong", required: true),
        ], primaryKey: ["release", "source_line", "kind", "message"], foreignKeys: [.release]))

    static let auditItems = DataResource(
        name: "audit-items", path: "audit-items.csv", title: "Audit demands",
        description: "The council's audit demands (행정사무감사) and their status.",
        schema: TableSchema(fields: [
            releaseField, sourceLine,
            .init("kind", "string", "시정·처리요구사항, 건의사항 or 기타사항", required: true),
            .init("department", "string", "The departments, joined by '; '", required: true),
            .init("status", "string", "완료, 추진중, 검토중 or 미반영", required: true, values: ["완료", "추진중", "검토중", "미반영"]),
            .init("demand", "string", "The demand", required: true),
        ], primaryKey: ["release", "source_line"], foreignKeys: [.release]))

    static let all = [releases, budgetLines, findings, auditItems]
}

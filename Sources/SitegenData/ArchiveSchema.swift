/// The tables of every archive database (`data/sitegen-2022.sqlite`, …), in the order they
/// are made and filled. Every row has the line of `report.txt` it was read from and its
/// permalink on the site (`url`).
public enum ArchiveSchema {
    /// "sgDB": the `application_id` in the file's header, which `file(1)` and tools can check.
    public static let applicationID: Int32 = 0x7367_4442
    /// The schema's version (`user_version`): raised whenever a table or column changes (2: one
    /// file a year, `programs.names` and `programs.releases` of the file's releases; 3: the work
    /// items' bodies indexed, `work_items_body_fts`).
    public static let version = 3

    public static let tables: [ArchiveTable] = [releases, departments, programs, budgetTables, budgetLines,
                                                workItems, auditDemands, findings]

    private static let release = ArchiveColumn("release", .text, "The release (folder name under content/releases)",
                                               constraint: "NOT NULL REFERENCES releases(id)")
    private static let sourceLine = ArchiveColumn("source_line", .integer, "The 1-based line of report.txt where the row starts", constraint: "NOT NULL")
    private static let url = ArchiveColumn("url", .text, "The row's permalink on the site", constraint: "NOT NULL")

    public static let releases = ArchiveTable(
        name: "releases", description: "One row per work report (업무보고) archived on the site.",
        columns: [
            ArchiveColumn("id", .text, "The release id", constraint: "PRIMARY KEY"),
            ArchiveColumn("date", .text, "The month of the report (YYYY-MM)", constraint: "NOT NULL"),
            ArchiveColumn("issuer", .text, "The body that reports", constraint: "NOT NULL"),
            ArchiveColumn("title", .text, "The report's title", constraint: "NOT NULL"),
            ArchiveColumn("kind", .text, "주요업무보고, 현안업무보고, …"),
            ArchiveColumn("session", .text, "The council session"),
            ArchiveColumn("committee", .text, "The council committee"),
            ArchiveColumn("source_url", .text, "Where the council publishes the report"),
            ArchiveColumn("sha256", .text, "SHA-256 of the archived report.txt", constraint: "NOT NULL"),
            ArchiveColumn("line_count", .integer, "Lines of report.txt", constraint: "NOT NULL"),
            url,
        ],
        indexed: ["date", "issuer"], facets: ["issuer"], labelColumn: "title")

    public static let departments = ArchiveTable(
        name: "departments", description: "The departments of each release (letter-spacing removed).",
        columns: [
            ArchiveColumn("id", .integer, "Row number", constraint: "PRIMARY KEY"),
            release,
            ArchiveColumn("name", .text, "The department's name", constraint: "NOT NULL"),
            ArchiveColumn("printed_forms", .text, "Every form the report prints, joined by '; '", constraint: "NOT NULL"),
            url,
        ],
        constraints: ["UNIQUE (release, name)"],
        indexed: ["name"], facets: ["release"], labelColumn: "name", searched: ["name", "printed_forms"])

    public static let programs = ArchiveTable(
        name: "programs",
        description: "A program across releases: the lineage's identity of a budget line. id, slug and name are the same in "
            + "every database file; names and releases count this file's releases only.",
        columns: [
            ArchiveColumn("id", .integer, "Row number", constraint: "PRIMARY KEY"),
            ArchiveColumn("slug", .text, "The program's slug on the site", constraint: "NOT NULL UNIQUE"),
            ArchiveColumn("lineage", .text, "The issuer lineage the program belongs to", constraint: "NOT NULL"),
            ArchiveColumn("name", .text, "The name the site shows it under (its first printed name)", constraint: "NOT NULL"),
            ArchiveColumn("names", .text, "Every name it was printed under in this file's releases, joined by '; '", constraint: "NOT NULL"),
            ArchiveColumn("releases", .integer, "How many of this file's releases print it", constraint: "NOT NULL"),
            url,
        ],
        indexed: ["lineage"], facets: ["lineage"], labelColumn: "name", searched: ["name", "names"])

    public static let budgetTables = ArchiveTable(
        name: "budget_tables", description: "Every budget table of every release.",
        columns: [
            ArchiveColumn("id", .integer, "Row number", constraint: "PRIMARY KEY"),
            release,
            ArchiveColumn("table_number", .integer, "The table's place in its release, from 1", constraint: "NOT NULL"),
            ArchiveColumn("caption", .text, "The table's caption in the report", constraint: "NOT NULL"),
            ArchiveColumn("unit", .text, "The unit the table prints (천원, 백만원); amounts in the database are in won", constraint: "NOT NULL"),
            ArchiveColumn("as_of", .text, "The date the table is as of (YYYY-MM-DD), when printed or inferred"),
            ArchiveColumn("fiscal_year", .integer, "The year of as_of, else of the release", constraint: "NOT NULL"),
            ArchiveColumn("work_item", .text, "The work item whose 예산집행 현황 the table is"),
            sourceLine,
            ArchiveColumn("last_line", .integer, "The table's last line in report.txt", constraint: "NOT NULL"),
            ArchiveColumn("page", .text, "The site page that prints the whole table", constraint: "NOT NULL"),
        ],
        constraints: ["UNIQUE (release, table_number)"],
        indexed: ["release", "fiscal_year"], facets: ["release", "unit"], labelColumn: "caption")

    public static let budgetLines = ArchiveTable(
        name: "budget_lines",
        description: "One row per budget line of every release; id is the row's number in budget-lines.csv. "
            + "Rows whose row_kind is department, subtotal or total sum other rows: leave them out when adding up.",
        columns: [
            ArchiveColumn("id", .integer, "The row's number in budget-lines.csv", constraint: "PRIMARY KEY"),
            release,
            ArchiveColumn("table_id", .integer, "The budget table", constraint: "NOT NULL REFERENCES budget_tables(id)"),
            ArchiveColumn("program_id", .integer, "The program across releases (program rows)", constraint: "REFERENCES programs(id)"),
            ArchiveColumn("department", .text, "The department (letter-spacing removed), when known"),
            ArchiveColumn("label", .text, "The row label as printed (wrapped lines joined)", constraint: "NOT NULL"),
            ArchiveColumn("row_kind", .text, "program, department, subtotal or total", constraint: "NOT NULL"),
            ArchiveColumn("fiscal_year", .integer, "The table's fiscal year", constraint: "NOT NULL"),
            ArchiveColumn("budget_won", .integer, "예산현액 (or the year's budget where no 현액 is printed)", unit: "원"),
            ArchiveColumn("committed_won", .integer, "원인행위", unit: "원"),
            ArchiveColumn("executed_won", .integer, "지출 where 원인행위 and 지출 are both printed, else 집행액", unit: "원"),
            ArchiveColumn("rate_percent", .real, "The printed rate of executed_won", unit: "%"),
            ArchiveColumn("committed_rate_percent", .real, "The printed rate of committed_won", unit: "%"),
            sourceLine,
            url,
        ],
        indexed: ["release", "table_id", "program_id", "department", "row_kind", "fiscal_year"],
        facets: ["release", "department", "row_kind", "fiscal_year"], labelColumn: "label", searched: ["label"])

    public static let workItems = ArchiveTable(
        name: "work_items", description: "The work items of each release's main-business part.",
        columns: [
            ArchiveColumn("id", .integer, "Row number", constraint: "PRIMARY KEY"),
            release,
            ArchiveColumn("number", .text, "The item's number (chapter-item)", constraint: "NOT NULL"),
            ArchiveColumn("chapter", .integer, "The chapter's number"),
            ArchiveColumn("chapter_title", .text, "The chapter's title"),
            ArchiveColumn("title", .text, "The item's title", constraint: "NOT NULL"),
            ArchiveColumn("body", .text, "The item's text (Markdown); indexed in work_items_body_fts (search it with LIKE on that table)",
                          constraint: "NOT NULL"),
            ArchiveColumn("department", .text, "The department in charge, when printed"),
            sourceLine,
            ArchiveColumn("last_line", .integer, "The item's last line in report.txt", constraint: "NOT NULL"),
            url,
        ],
        constraints: ["UNIQUE (release, number)"],
        indexed: ["release", "department"], facets: ["release", "department"], labelColumn: "title",
        // The bodies have an index of their own without positions (`longTextSearched`): with
        // positions, in `work_items_fts`, their index was 38 MB of 117 MB at 600 releases
        // (one file then) and about 2 s of every database build.
        searched: ["title"], longTextSearched: ["body"])

    public static let auditDemands = ArchiveTable(
        name: "audit_demands",
        description: "The council's audit demands (행정사무감사) with the actions taken; id is the row's number in audit-items.csv.",
        columns: [
            ArchiveColumn("id", .integer, "The row's number in audit-items.csv", constraint: "PRIMARY KEY"),
            release,
            ArchiveColumn("number", .integer, "The demand's number as printed", constraint: "NOT NULL"),
            ArchiveColumn("kind", .text, "시정·처리요구사항, 건의사항 or 기타사항", constraint: "NOT NULL"),
            ArchiveColumn("departments", .text, "The departments, joined by '; '", constraint: "NOT NULL"),
            ArchiveColumn("status", .text, "완료, 추진중, 검토중 or 미반영", constraint: "NOT NULL"),
            ArchiveColumn("printed_status", .text, "The status as printed", constraint: "NOT NULL"),
            ArchiveColumn("demand", .text, "The demand", constraint: "NOT NULL"),
            ArchiveColumn("actions", .text, "The actions taken, one a line", constraint: "NOT NULL"),
            sourceLine,
            url,
        ],
        indexed: ["release", "status", "kind"], facets: ["release", "status", "kind"], labelColumn: "demand",
        searched: ["demand", "actions"])

    public static let findings = ArchiveTable(
        name: "findings",
        description: "What the reports say about themselves (sums and rates that do not add up, …); id is the row's number in findings.csv.",
        columns: [
            ArchiveColumn("id", .integer, "The row's number in findings.csv", constraint: "PRIMARY KEY"),
            release,
            ArchiveColumn("number", .integer, "The finding's number in its release (#finding-n)", constraint: "NOT NULL"),
            sourceLine,
            ArchiveColumn("kind", .text, "rate-mismatch, sum-mismatch, malformed-number, …", constraint: "NOT NULL"),
            ArchiveColumn("message", .text, "What is wrong", constraint: "NOT NULL"),
            url,
        ],
        indexed: ["release", "kind"], facets: ["release", "kind"], labelColumn: "message", searched: ["message"])
}

/// The views of the archive database, for the questions asked most.
enum ArchiveViews {
    static let all = [programHistory, programLatest]

    /// Every budget line of every program across releases, oldest release first.
    static let programHistory = """
        CREATE VIEW program_history AS
        SELECT p.id AS program_id, p.name AS program, p.slug, r.id AS release, r.date AS release_date,
               l.label AS printed_name, l.department, t.caption AS table_caption, t.as_of, l.fiscal_year,
               l.budget_won, l.committed_won, l.executed_won, l.rate_percent, l.committed_rate_percent,
               l.id AS line_id, l.url
        FROM budget_lines l
        JOIN programs p ON p.id = l.program_id
        JOIN releases r ON r.id = l.release
        JOIN budget_tables t ON t.id = l.table_id
        ORDER BY p.id, r.date, r.id, l.id;
        """

    /// The latest row per program: its first line in the newest release that prints it.
    static let programLatest = """
        CREATE VIEW program_latest AS
        SELECT * FROM (
          SELECT h.*, row_number() OVER (PARTITION BY h.program_id
                                         ORDER BY h.release_date DESC, h.release DESC, h.line_id) AS n
          FROM program_history h)
        WHERE n = 1;
        """
}

import SitegenText

/// The report checks itself: every check reads the model and returns findings.
/// No check ever changes a printed number.
public enum ReportChecks {
    public static func run(on report: Report) -> [Finding] {
        var findings: [Finding] = []
        for table in report.budgetTables {
            findings += RateCheck.findings(in: table)
            findings += SumCheck.findings(in: table)
            findings += DifferenceCheck.findings(in: table)
        }
        findings += CrossTableCheck.findings(in: report.budgetTables)
        if let audit = report.audit { findings += AuditCountCheck.findings(in: audit) }
        return findings
    }
}

/// Formats won amounts the way the reports print them (`1,234,567원`, `△1,234원`).
package enum Won {
    package static func format(_ value: Int) -> String {
        FixedFormat.grouped(value) + "원"
    }
}

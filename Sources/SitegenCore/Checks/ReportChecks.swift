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

/// Formats won amounts the way the reports print them (`1,234,567원`).
enum Won {
    static func format(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (value < 0 ? "△" : "") + grouped + "원"
    }
}

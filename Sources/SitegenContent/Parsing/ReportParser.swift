import SitegenText

/// Reads one report's text into a `Report`: pure, text in and model with findings out.
public struct ReportParser {
    public var releaseYear: Int

    public init(releaseYear: Int) {
        self.releaseYear = releaseYear
    }

    public func parse(_ text: String) -> Report {
        let lines = SourceLine.lines(of: text)
        let sections = ReportSections(lines: lines)
        let staffing = StaffingParser(lines: sections.general).parse()
        let duties = DutiesParser(lines: sections.general, knownDepartments: Set(staffing.compactMap(\.department))).parse()
        var departmentNames = Set(staffing.compactMap(\.department))
        departmentNames.formUnion(duties.map(\.department))
        let classifier = RowClassifier(knownDepartments: departmentNames)

        let tables = TableScanner(lines: Array(sections.beforeAudit)).scan()
        var budget = BudgetTableReader(lines: lines, releaseYear: releaseYear, classifier: classifier).read(tables)
        budget.findings += FlattenedTableDetector(lines: sections.beforeAudit, tables: tables).findings()

        var items = WorkItemParser(lines: sections.mainBusiness).parse()
        let attribution = DepartmentAttribution(tables: budget.budgetTables, items: items, duties: duties)
        items = attribution.attributedItems()
        budget.budgetTables = attribution.attributedTables(items: items)

        var report = Report(
            departments: DepartmentDirectory.collect(staffing: staffing, duties: duties, tables: budget.budgetTables),
            staffing: staffing,
            duties: duties,
            revenue: budget.revenueTables,
            budgetTables: budget.budgetTables,
            workItems: items,
            audit: sections.audit.isEmpty ? nil : AuditParser(lines: sections.audit).parse(),
            findings: budget.findings
        )
        report.findings += ReportChecks.run(on: report)
        report.findings.sort { ($0.line, $0.kind.rawValue, $0.message) < ($1.line, $1.kind.rawValue, $1.message) }
        return report
    }
}

import SitegenText
import SitegenContent

/// `data/releases/<id>.json`: a release model as `JSONEncoder` writes it (pretty, sorted keys,
/// unescaped slashes), member for member as each model's `Codable` conformance encodes it,
/// written by `PrettyJSON`. `ReleaseJSONTests` compares the bytes with the encoder's for the
/// five real releases, a generated archive and a model with every field set.
enum ReleaseJSON {
    static func bytes(_ release: Release) -> [UInt8] {
        var json = PrettyJSON(capacity: 1 << 17)
        json.object(["id", "metadata", "source", "report"]) { json, member in
            switch member {
            case 0: json.string(release.id)
            case 1: metadata(release.metadata, &json)
            case 2: source(release.source, &json)
            default: report(release.report, &json)
            }
        }
        return json.bytes
    }

    /// An object of the members whose value is not nil, in the order given.
    private static func members(_ json: inout PrettyJSON, _ members: [(String, ((inout PrettyJSON) -> Void)?)]) {
        let present = members.compactMap { key, write in write.map { (key, $0) } }
        json.object(present.map(\.0)) { json, member in present[member].1(&json) }
    }

    private static func string(_ value: String?) -> ((inout PrettyJSON) -> Void)? {
        value.map { value in { $0.string(value) } }
    }

    private static func int(_ value: Int?) -> ((inout PrettyJSON) -> Void)? {
        value.map { value in { $0.int(value) } }
    }

    private static func metadata(_ metadata: ReleaseMetadata, _ json: inout PrettyJSON) {
        members(&json, [("title", string(metadata.title)), ("issuer", string(metadata.issuer)),
                        ("date", string(metadata.date.description)), ("kind", string(metadata.kind)),
                        ("session", string(metadata.session)), ("committee", string(metadata.committee)),
                        ("source_url", string(metadata.sourceURL)), ("notes", string(metadata.notes))])
    }

    private static func source(_ source: SourceInfo, _ json: inout PrettyJSON) {
        members(&json, [("path", string(source.path)), ("sha256", string(source.sha256)),
                        ("byte_count", int(source.byteCount)), ("line_count", int(source.lineCount)),
                        ("encoding", string(source.encoding))])
    }

    private static func report(_ report: Report, _ json: inout PrettyJSON) {
        members(&json, [
            ("departments", { json in json.array(count: report.departments.count) { json, i in
                let department = report.departments[i]
                members(&json, [("name", string(department.name)), ("printed_forms", { $0.strings(department.printedForms) })])
            } }),
            ("staffing", { json in json.array(count: report.staffing.count) { json, i in
                let row = report.staffing[i]
                members(&json, [("department", string(row.department)), ("printed_label", string(row.printedLabel)),
                                ("authorized", int(row.authorized)), ("current", int(row.current)),
                                ("source_line", int(row.sourceLine))])
            } }),
            ("duties", { json in json.array(count: report.duties.count) { json, i in
                let duties = report.duties[i]
                members(&json, [("department", string(duties.department)), ("duties", { $0.strings(duties.duties) }),
                                ("source_line", int(duties.sourceLine))])
            } }),
            ("revenue", { json in json.array(count: report.revenue.count) { json, i in revenue(report.revenue[i], &json) } }),
            ("budget_tables", { json in json.array(count: report.budgetTables.count) { json, i in table(report.budgetTables[i], &json) } }),
            ("work_items", { json in json.array(count: report.workItems.count) { json, i in workItem(report.workItems[i], &json) } }),
            ("audit", report.audit.map { audit in { json in self.audit(audit, &json) } }),
            ("findings", { json in json.array(count: report.findings.count) { json, i in
                let finding = report.findings[i]
                members(&json, [("kind", string(finding.kind.rawValue)), ("line", int(finding.line)), ("message", string(finding.message))])
            } }),
        ])
    }

    private static func revenue(_ table: RevenueTable, _ json: inout PrettyJSON) {
        members(&json, [
            ("title", string(table.title)), ("unit", string(table.unit.rawValue)), ("as_of", string(table.asOf?.description)),
            ("rows", { json in json.array(count: table.rows.count) { json, i in
                let row = table.rows[i]
                members(&json, [("label", string(row.label)), ("budget", int(row.budget)), ("prior_budget", int(row.priorBudget)),
                                ("collected", int(row.collected)), ("source_line", int(row.sourceLine))])
            } }),
            ("first_line", int(table.firstLine)),
        ])
    }

    private static func table(_ table: BudgetTable, _ json: inout PrettyJSON) {
        members(&json, [
            ("title", string(table.title)), ("unit", string(table.unit.rawValue)), ("as_of", string(table.asOf?.description)),
            ("columns", { $0.strings(table.columns.map(\.rawValue)) }),
            ("lines", { json in json.array(count: table.lines.count) { json, i in line(table.lines[i], &json) } }),
            ("first_line", int(table.firstLine)), ("last_line", int(table.lastLine)), ("work_item", string(table.workItem)),
        ])
    }

    private static func line(_ line: BudgetLine, _ json: inout PrettyJSON) {
        members(&json, [
            ("label", string(line.label)), ("kind", string(line.kind.rawValue)), ("department", string(line.department)),
            ("amounts", { json in
                json.object(line.amounts) { $0.int($1) }
            }),
            ("rates", { json in
                json.object(line.rates) { $0.string($1.description) }
            }),
            ("unreadable", { $0.strings(line.unreadable.map(\.rawValue).sorted()) }),
            ("first_line", int(line.firstLine)), ("last_line", int(line.lastLine)),
        ])
    }

    private static func workItem(_ item: WorkItem, _ json: inout PrettyJSON) {
        members(&json, [
            ("number", string(item.number)),
            ("chapter", item.chapter.map { chapter in { json in
                members(&json, [("number", int(chapter.number)), ("title", string(chapter.title))])
            } }),
            ("title", string(item.title)), ("body", { $0.strings(item.body) }),
            ("first_line", int(item.firstLine)), ("last_line", int(item.lastLine)), ("department", string(item.department)),
        ])
    }

    private static func audit(_ audit: AuditReport, _ json: inout PrettyJSON) {
        members(&json, [
            ("title", string(audit.title)),
            ("items", { json in json.array(count: audit.items.count) { json, i in
                let item = audit.items[i]
                members(&json, [("number", int(item.number)), ("kind", string(item.kind.rawValue)),
                                ("departments", { $0.strings(item.departments) }), ("status", string(item.status.rawValue)),
                                ("printed_status", string(item.printedStatus)), ("demand", string(item.demand)),
                                ("actions", { $0.strings(item.actions) }), ("source_line", int(item.sourceLine))])
            } }),
            ("printed_counts", { json in json.dictionary(audit.printedCounts) { json, counts in json.dictionary(counts) { $0.int($1) } } }),
            ("first_line", int(audit.firstLine)),
        ])
    }
}

extension PrettyJSON {
    /// An object of a row's values, keyed by their roles' raw values in the encoder's order
    /// (that of all the roles, less those the row has not: no dictionary a row).
    mutating func object<Value>(_ values: RoleValues<Value>, _ value: (inout PrettyJSON, Value) -> Void) {
        let roles = Self.rolesInKeyOrder, names = Self.roleLayout.names
        var next = 0
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: values.count) { json, _ in
            while values[roles[next]] == nil { next += 1 }
            let role = roles[next]
            next += 1
            json.bytes += names[role.order]
            value(&json, values[role]!)
        }
    }

    private static let roleLayout = JSONKeyOrder.layout(of: ColumnRole.allCases.map(\.rawValue))
    private static let rolesInKeyOrder = roleLayout.order.map { ColumnRole.allCases[$0] }

}

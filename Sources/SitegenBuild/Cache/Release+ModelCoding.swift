import SitegenText
import SitegenContent

/// The models' fields in `ModelCoding`'s binary form, each type's in declaration order.
/// `ModelCodingTests` round-trips the five real reports and checks that every stored
/// property of each type is written, so a field added to a model cannot be left out here.
extension Release: ModelCoding {
    static let codedFields = 4

    package func write(to writer: inout ModelWriter) {
        writer.write(id)
        writer.write(metadata)
        writer.write(source)
        writer.write(report)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(id: try reader.string(), metadata: try reader.value(), source: try reader.value(), report: try reader.value())
    }
}

extension ReleaseMetadata: ModelCoding {
    static let codedFields = 8

    package func write(to writer: inout ModelWriter) {
        writer.write(title)
        writer.write(issuer)
        writer.write(date.year)
        writer.write(date.month)
        for optional in [kind, session, committee, sourceURL, notes] { writer.write(optional) }
    }

    package init(from reader: inout ModelReader) throws {
        let title = try reader.string(), issuer = try reader.string()
        guard let date = YearMonth(year: try reader.int(), month: try reader.int()) else { throw ModelReader.Malformed() }
        self.init(title: title, issuer: issuer, date: date, kind: try reader.optionalString(),
                  session: try reader.optionalString(), committee: try reader.optionalString(),
                  sourceURL: try reader.optionalString(), notes: try reader.optionalString())
    }
}

extension SourceInfo: ModelCoding {
    static let codedFields = 5

    package func write(to writer: inout ModelWriter) {
        writer.write(path)
        writer.write(sha256)
        writer.write(byteCount)
        writer.write(lineCount)
        writer.write(encoding)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(path: try reader.string(), sha256: try reader.string(), byteCount: try reader.int(),
                  lineCount: try reader.int(), encoding: try reader.string())
    }
}

extension Report: ModelCoding {
    static let codedFields = 8

    package func write(to writer: inout ModelWriter) {
        writer.write(departments)
        writer.write(staffing)
        writer.write(duties)
        writer.write(revenue)
        writer.write(budgetTables)
        writer.write(workItems)
        writer.write(audit) { $0.write($1) }
        writer.write(findings)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(departments: try reader.values(), staffing: try reader.values(), duties: try reader.values(),
                  revenue: try reader.values(), budgetTables: try reader.values(), workItems: try reader.values(),
                  audit: try reader.optional { try $0.value() }, findings: try reader.values())
    }
}

extension Department: ModelCoding {
    static let codedFields = 2

    package func write(to writer: inout ModelWriter) {
        writer.write(name)
        writer.write(printedForms)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(name: try reader.string(), printedForms: try reader.strings())
    }
}

extension StaffingRow: ModelCoding {
    static let codedFields = 5

    package func write(to writer: inout ModelWriter) {
        writer.write(department)
        writer.write(printedLabel)
        writer.write(authorized)
        writer.write(current)
        writer.write(sourceLine)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(department: try reader.optionalString(), printedLabel: try reader.string(),
                  authorized: try reader.optionalInt(), current: try reader.optionalInt(), sourceLine: try reader.int())
    }
}

extension DepartmentDuties: ModelCoding {
    static let codedFields = 3

    package func write(to writer: inout ModelWriter) {
        writer.write(department)
        writer.write(duties)
        writer.write(sourceLine)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(department: try reader.string(), duties: try reader.strings(), sourceLine: try reader.int())
    }
}

extension RevenueTable: ModelCoding {
    static let codedFields = 5

    package func write(to writer: inout ModelWriter) {
        writer.write(title)
        writer.write(unit)
        writer.write(asOf) { $0.write($1) }
        writer.write(rows)
        writer.write(firstLine)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(title: try reader.string(), unit: try reader.value(), asOf: try reader.optional { try $0.value(Day.self) },
                  rows: try reader.values(), firstLine: try reader.int())
    }
}

extension RevenueTable.Row: ModelCoding {
    static let codedFields = 5

    package func write(to writer: inout ModelWriter) {
        writer.write(label)
        writer.write(budget)
        writer.write(priorBudget)
        writer.write(collected)
        writer.write(sourceLine)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(label: try reader.string(), budget: try reader.optionalInt(), priorBudget: try reader.optionalInt(),
                  collected: try reader.optionalInt(), sourceLine: try reader.int())
    }
}

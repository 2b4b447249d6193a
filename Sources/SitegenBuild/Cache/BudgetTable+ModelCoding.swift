import SitegenText
import SitegenContent

/// The budget tables, work items, audit and findings in `ModelCoding`'s binary form (see
/// `Release+ModelCoding`). Dictionaries and sets are written in `ColumnRole.allCases` order.
extension BudgetTable: ModelCoding {
    static let codedFields = 8

    package func write(to writer: inout ModelWriter) {
        writer.write(title)
        writer.write(unit)
        writer.write(asOf) { $0.write($1) }
        writer.write(columns) { $0.write($1) }
        writer.write(lines)
        writer.write(firstLine)
        writer.write(lastLine)
        writer.write(workItem)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(title: try reader.string(), unit: try reader.value(), asOf: try reader.optional { try $0.value(Day.self) },
                  columns: try reader.array { try $0.value() }, lines: try reader.values(),
                  firstLine: try reader.int(), lastLine: try reader.int(), workItem: try reader.optionalString())
    }
}

extension BudgetLine: ModelCoding {
    static let codedFields = 8

    package func write(to writer: inout ModelWriter) {
        writer.write(label)
        writer.write(kind)
        writer.write(department)
        writer.write(amounts) { $0.write($1) }
        writer.write(rates) { $0.write($1) }
        writer.write(unreadable.isEmpty ? [] : ColumnRole.allCases.filter(unreadable.contains)) { $0.write($1) }
        writer.write(firstLine)
        writer.write(lastLine)
    }

    package init(from reader: inout ModelReader) throws {
        let label = try reader.string(), kind: Kind = try reader.value(), department = try reader.optionalString()
        var amounts: RoleValues<Int> = [:]
        for (role, amount) in try reader.array({ (try $0.value(ColumnRole.self), try $0.int()) }) { amounts[role] = amount }
        var rates: RoleValues<PrintedRate> = [:]
        for (role, rate) in try reader.array({ (try $0.value(ColumnRole.self), try $0.value(PrintedRate.self)) }) { rates[role] = rate }
        let unreadable = Set(try reader.array { try $0.value(ColumnRole.self) })
        self.init(label: label, kind: kind, department: department, amounts: amounts, rates: rates,
                  unreadable: unreadable, firstLine: try reader.int(), lastLine: try reader.int())
    }
}

extension PrintedRate: ModelCoding {
    static let codedFields = 2

    package func write(to writer: inout ModelWriter) {
        writer.write(scaled)
        writer.write(decimals)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(scaled: try reader.int(), decimals: try reader.int())
    }
}

extension WorkItem: ModelCoding {
    static let codedFields = 7

    package func write(to writer: inout ModelWriter) {
        writer.write(number)
        writer.write(chapter) { writer, chapter in
            writer.write(chapter.number)
            writer.write(chapter.title)
        }
        writer.write(title)
        writer.write(body)
        writer.write(firstLine)
        writer.write(lastLine)
        writer.write(department)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(number: try reader.string(), chapter: try reader.optional { Chapter(number: try $0.int(), title: try $0.string()) },
                  title: try reader.string(), body: try reader.strings(), firstLine: try reader.int(),
                  lastLine: try reader.int(), department: try reader.optionalString())
    }
}

extension AuditReport: ModelCoding {
    static let codedFields = 4

    package func write(to writer: inout ModelWriter) {
        writer.write(title)
        writer.write(items)
        writer.write(printedCounts.keys.sorted()) { writer, kind in
            writer.write(kind)
            let counts = printedCounts[kind]!
            writer.write(counts.keys.sorted()) { writer, status in
                writer.write(status)
                writer.write(counts[status]!)
            }
        }
        writer.write(firstLine)
    }

    package init(from reader: inout ModelReader) throws {
        let title = try reader.string(), items: [AuditItem] = try reader.values()
        var printedCounts: [String: [String: Int]] = [:]
        for (kind, counts) in try reader.array({ (try $0.string(), try $0.array { (try $0.string(), try $0.int()) }) }) {
            printedCounts[kind] = Dictionary(counts, uniquingKeysWith: { $1 })
        }
        self.init(title: title, items: items, printedCounts: printedCounts, firstLine: try reader.int())
    }
}

extension AuditItem: ModelCoding {
    static let codedFields = 8

    package func write(to writer: inout ModelWriter) {
        writer.write(number)
        writer.write(kind)
        writer.write(departments)
        writer.write(status)
        writer.write(printedStatus)
        writer.write(demand)
        writer.write(actions)
        writer.write(sourceLine)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(number: try reader.int(), kind: try reader.value(), departments: try reader.strings(),
                  status: try reader.value(), printedStatus: try reader.string(), demand: try reader.string(),
                  actions: try reader.strings(), sourceLine: try reader.int())
    }
}

extension Finding: ModelCoding {
    static let codedFields = 3

    package func write(to writer: inout ModelWriter) {
        writer.write(kind)
        writer.write(line)
        writer.write(message)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(kind: try reader.value(), line: try reader.int(), message: try reader.string())
    }
}

extension ModelWriter {
    /// A row's values by role, as an array of (role, value).
    mutating func write<Value>(_ values: RoleValues<Value>, _ each: (inout ModelWriter, Value) -> Void) {
        write(values.count)
        for entry in values {
            write(entry.role)
            each(&self, entry.value)
        }
    }
}

import SitegenText

/// Collects the departments a release names, with every form it prints them in.
enum DepartmentDirectory {
    static func collect(staffing: [StaffingRow], duties: [DepartmentDuties], tables: [BudgetTable]) -> [Department] {
        var order: [String] = []
        var forms: [String: [String]] = [:]
        func add(_ name: String, printed: String) {
            if forms[name] == nil { order.append(name); forms[name] = [] }
            let printed = printed.trimmedAll
            if !forms[name]!.contains(printed) { forms[name]!.append(printed) }
        }
        for row in staffing { if let name = row.department { add(name, printed: row.printedLabel) } }
        for entry in duties { add(entry.department, printed: entry.department) }
        for line in tables.flatMap(\.lines) where line.kind == .department {
            add(NameKey.department(line.label), printed: line.label)
        }
        return order.map { Department(name: $0, printedForms: forms[$0]!) }
    }
}

/// Attributes item tables and work items to departments.
///
/// A program row inside an item's 예산집행 현황 carries no department. Its department is the one
/// the report's summary tables give the same program; an item's department is the one most of
/// its programs belong to, or else the department whose listed duties read most like the item.
struct DepartmentAttribution {
    let tables: [BudgetTable]
    let items: [WorkItem]
    let duties: [DepartmentDuties]

    private var programDepartments: [String: String] {
        var map: [String: String] = [:]
        for line in tables.flatMap(\.lines) where line.kind == .program {
            if let department = line.department, map[line.programKey] == nil { map[line.programKey] = department }
        }
        return map
    }

    func attributedItems() -> [WorkItem] {
        let known = programDepartments
        return items.map { item in
            var item = item
            let departments = tables(of: item).flatMap(\.lines).compactMap { $0.department ?? known[$0.programKey] }
            item.department = mostCommon(departments) ?? departmentByDuties(for: item)
            return item
        }
    }

    func attributedTables() -> [BudgetTable] {
        let known = programDepartments
        let itemDepartments = Dictionary(uniqueKeysWithValues: attributedItems().map { ($0.number, $0.department) })
        return tables.map { table in
            var table = table
            table.workItem = item(containing: table.firstLine)?.number
            let fallback = table.workItem.flatMap { itemDepartments[$0] ?? nil }
            table.lines = table.lines.map { line in
                var line = line
                if line.kind == .program, line.department == nil {
                    line.department = known[line.programKey] ?? fallback
                }
                return line
            }
            return table
        }
    }

    private func item(containing line: Int) -> WorkItem? {
        items.first { ($0.firstLine...$0.lastLine).contains(line) }
    }

    private func tables(of item: WorkItem) -> [BudgetTable] {
        tables.filter { (item.firstLine...item.lastLine).contains($0.firstLine) }
    }

    private func mostCommon(_ names: [String]) -> String? {
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        return counts.max { a, b in a.value == b.value ? a.key > b.key : a.value < b.value }?.key
    }

    /// The department whose duties share the most two-letter pieces with the item's title
    /// and program names; none when no department stands out.
    private func departmentByDuties(for item: WorkItem) -> String? {
        let itemText = ([item.title] + tables(of: item).flatMap(\.lines).map(\.label)).joined()
        let itemGrams = Bigrams.of(itemText)
        guard !itemGrams.isEmpty else { return nil }
        let scored = duties.map { ($0.department, Bigrams.overlap(itemGrams, Bigrams.of($0.duties.joined()))) }
            .sorted { $0.1 > $1.1 }
        guard let best = scored.first, best.1 >= 0.3 else { return nil }
        if scored.count > 1, scored[1].1 == best.1 { return nil }
        return best.0
    }
}

/// Two-letter pieces of Korean text, a way to compare names that OCR or editors spelt differently.
public enum Bigrams {
    public static func of(_ text: String) -> Set<String> {
        let letters = Array(NameKey.program(text))
        guard letters.count >= 2 else { return letters.isEmpty ? [] : [String(letters)] }
        return Set((0..<(letters.count - 1)).map { String(letters[$0...($0 + 1)]) })
    }

    /// The share of `a`'s pieces that also stand in `b`.
    public static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(a.count)
    }
}

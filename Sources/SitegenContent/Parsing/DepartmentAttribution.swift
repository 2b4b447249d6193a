import SitegenText

/// Attributes item tables and work items to departments.
///
/// A program row inside an item's 예산집행 현황 carries no department. Its department is the one
/// the report's summary tables give the same program; an item's department is the one most of
/// its programs belong to, or else the department whose listed duties read most like the item.
struct DepartmentAttribution {
    let tables: [BudgetTable]
    let items: [WorkItem]
    let duties: [DepartmentDuties]
    private let dutyGrams: [(department: String, grams: BigramSet)]
    private let itemTables: [[BudgetTable]]
    /// Summary-table programs with a department, and their two-letter pieces.
    private let programGrams: [(department: String, grams: BigramSet)]
    /// Program name → the department the report's tables give it, first one printed.
    private let programDepartments: [String: String]

    init(tables: [BudgetTable], items: [WorkItem], duties: [DepartmentDuties]) {
        self.tables = tables
        self.items = items
        self.duties = duties
        dutyGrams = duties.map { ($0.department, BigramSet($0.duties.joined())) }
        itemTables = items.map { item in tables.filter { (item.firstLine...item.lastLine).contains($0.firstLine) } }
        programGrams = tables.filter { $0.workItem == nil }.flatMap(\.lines).compactMap { line in
            guard line.kind == .program, let department = line.department else { return nil }
            return (department, BigramSet(line.label))
        }
        var map: [String: String] = [:]
        for line in tables.flatMap(\.lines) where line.kind == .program {
            if let department = line.department, map[line.programKey] == nil { map[line.programKey] = department }
        }
        programDepartments = map
    }


    /// Each item's department, from the surest evidence down: its own programs as the summary
    /// tables attribute them; a program of the summary tables its title names; duties that read
    /// almost like it; what the rest of its chapter was given; the closest duties.
    func attributedItems() -> [WorkItem] {
        let known = programDepartments
        let fromTables = items.map { item in
            mostCommon(tables(of: item).flatMap(\.lines).compactMap { $0.department ?? known[$0.programKey] })
        }
        let fromDuties = items.map(departmentByDuties(for:))
        func chapterVote(_ guesses: [String?], for item: WorkItem) -> String? {
            guard let chapter = item.chapter?.number else { return nil }
            return mostCommon(zip(items, guesses).filter { $0.0.chapter?.number == chapter }.compactMap(\.1))
        }
        return items.enumerated().map { position, item in
            var item = item
            item.department = fromTables[position]
                ?? departmentByProgramName(for: item)
                ?? fromDuties[position].flatMap { $0.score >= 0.6 ? $0.department : nil }
                ?? chapterVote(fromTables, for: item)
                ?? chapterVote(fromDuties.map { $0?.department }, for: item)
                ?? fromDuties[position]?.department
            return item
        }
    }

    /// The department of the summary-table program whose name the item's title contains.
    private func departmentByProgramName(for item: WorkItem) -> String? {
        let titleGrams = BigramSet(item.title)
        let candidates = programGrams
            .map { program in (program.department, program.grams.overlap(titleGrams)) }
            .filter { $0.1 >= 0.75 }
        return mostCommon(candidates.map(\.0))
    }

    func attributedTables(items attributed: [WorkItem]) -> [BudgetTable] {
        let known = programDepartments
        let itemDepartments = Dictionary(attributed.map { ($0.number, $0.department) }, uniquingKeysWith: { a, _ in a })
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
        guard let position = items.firstIndex(where: { $0.firstLine == item.firstLine }) else { return [] }
        return itemTables[position]
    }

    private func mostCommon(_ names: [String]) -> String? {
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        return counts.max { a, b in a.value == b.value ? a.key > b.key : a.value < b.value }?.key
    }

    /// The department whose duties share the most two-letter pieces with the item's title
    /// and program names, with that share; none when no department stands out.
    private func departmentByDuties(for item: WorkItem) -> (department: String, score: Double)? {
        let itemText = ([item.title] + tables(of: item).flatMap(\.lines).map(\.label)).joined()
        let itemGrams = BigramSet(itemText)
        guard !itemGrams.isEmpty else { return nil }
        let scored = dutyGrams.map { ($0.department, itemGrams.overlap($0.grams)) }
            .sorted { $0.1 > $1.1 }
        guard let best = scored.first, best.1 >= 0.3 else { return nil }
        if scored.count > 1, scored[1].1 == best.1 { return nil }
        return best
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

import SitegenText

/// Tells totals, subtotals, departments and programs apart, and which department a row is under.
struct RowClassifier {
    let knownDepartments: Set<String>

    func kind(of label: String) -> BudgetLine.Kind {
        let compact = label.withoutSpaces
        if ["합계", "계", "총계", "총합계"].contains(compact) { return .total }
        if compact == "소계" || compact.hasSuffix("(계)") { return .subtotal }
        if isDepartment(compact) { return .department }
        return .program
    }

    func isDepartment(_ compact: String) -> Bool {
        if knownDepartments.contains(compact) { return true }
        return (compact.hasSuffix("과") || compact.hasSuffix("담당관")) && compact.count <= 12
            && compact.wholeMatch(of: Patterns.departmentName) != nil
    }

    /// The department a row names in parentheses: `기본경비(사회혁신담당관)`.
    func qualifyingDepartment(_ label: String) -> String? {
        guard label.hasSuffix(")"), let match = label.withoutSpaces.firstMatch(of: Patterns.trailingQualifier) else { return nil }
        let inner = String(match.output.1)
        return isDepartment(inner) ? inner : nil
    }

    /// Gives every line its kind and department.
    ///
    /// A row followed by rows named after it with a qualifier (`기본경비` then
    /// `기본경비(사회혁신담당관)`, …) is their subtotal.
    func classify(_ lines: [BudgetLine]) -> [BudgetLine] {
        var result = lines.map { line -> BudgetLine in
            var line = line
            line.kind = kind(of: line.label)
            return line
        }
        for index in result.indices.dropLast() where result[index].kind == .program {
            let parent = result[index].label.withoutSpaces + "("
            if result[index + 1].label.withoutSpaces.hasPrefix(parent) { result[index].kind = .subtotal }
        }
        var current: String?
        for index in result.indices {
            switch result[index].kind {
            case .total:
                current = nil
            case .subtotal:
                if result[index].label.withoutSpaces.hasSuffix("(계)") { current = nil }
            case .department:
                current = NameKey.department(result[index].label)
                result[index].department = current
            case .program:
                result[index].department = qualifyingDepartment(result[index].label) ?? current
            }
        }
        return result
    }
}

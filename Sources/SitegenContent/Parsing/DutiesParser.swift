import Foundation
import SitegenText

/// Reads 부서별 주요업무 (or 주요기능): each department and the duties it lists with `○`.
struct DutiesParser {
    let lines: ArraySlice<SourceLine>
    let knownDepartments: Set<String>

    func parse() -> [DepartmentDuties] {
        guard let start = lines.firstIndex(where: { Self.isSectionTitle($0) }) else { return [] }
        var result: [DepartmentDuties] = []
        var current: (name: String, duties: [String], line: Int)?
        func close() {
            if let open = current, !open.duties.isEmpty {
                result.append(DepartmentDuties(department: open.name, duties: open.duties, sourceLine: open.line))
            }
            current = nil
        }
        for line in lines[(start + 1)...] {
            if Self.endsSection(line) { break }
            if let cells = tableCells(line), let first = cells.first {
                let name = NameKey.department(first)
                let duties = Self.duties(in: cells.dropFirst().filter { $0.has("○") }.joined(separator: " "))
                guard isDepartment(name), !duties.isEmpty else { continue }
                close()
                result.append(DepartmentDuties(department: name, duties: duties, sourceLine: line.number))
                continue
            }
            if let (name, duties) = gapRow(line) {
                close()
                result.append(DepartmentDuties(department: name, duties: duties, sourceLine: line.number))
                continue
            }
            let name = NameKey.department(line.text)
            if isDepartment(name) {
                close()
                current = (name, [], line.number)
            } else if current != nil, line.text.trimmedAll.hasPrefix("○") {
                current?.duties += Self.duties(in: line.text)
            }
        }
        close()
        return result
    }

    private func isDepartment(_ compact: String) -> Bool {
        RowClassifier(knownDepartments: knownDepartments).isDepartment(compact)
    }

    /// A row of a ruled table as `pdftotext -layout` prints it: the department, then its duties
    /// after a gap of two or more spaces (`sitegen import`). Nil for anything else.
    private func gapRow(_ line: SourceLine) -> (String, [String])? {
        let text = line.text.trimmedAll
        guard let gap = text.range(of: "  ") else { return nil }
        let name = NameKey.department(String(text[..<gap.lowerBound]))
        let rest = String(text[gap.upperBound...])
        guard rest.has("○"), isDepartment(name) else { return nil }
        let duties = Self.duties(in: rest)
        return duties.isEmpty ? nil : (name, duties)
    }

    private func tableCells(_ line: SourceLine) -> [String]? {
        if LineShape.isPipeRow(line) { return LineShape.pipeCells(line.text) }
        if LineShape.isTabRow(line) { return LineShape.tabCells(line.text) }
        return nil
    }

    /// `○ A ○ B` or `<li>○ A</li><li>○ B</li>` → [A, B].
    static func duties(in text: String) -> [String] {
        // Only text with a `<` can hold a tag (the regular expression was most of reading duties).
        let plain = text.has("<") ? text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression) : text
        return plain.components(separatedBy: "○").dropFirst()
            .map { TextCleanup.joinWrapped([$0]) }
            .filter { !$0.isEmpty }
    }

    static func isSectionTitle(_ line: SourceLine) -> Bool {
        let compact = line.compact
        return compact.count <= 20 && (compact.has("부서별주요업무") || compact.has("부서별주요기능"))
    }

    static func endsSection(_ line: SourceLine) -> Bool {
        let compact = line.compact
        return compact.has("세입") || compact.has("예산현황") || compact.has("예산편성")
            || ReportSections.romanHeading(line) != nil
    }
}

import SitegenCore

/// Which findings of a release concern which budget rows, so that a row shows a small marker
/// linking to its finding (`SiteMap.findingAnchor`) and a finding links back to its row.
///
/// A finding concerns the row whose source lines hold the finding's line; a
/// `cross-table-mismatch` also concerns every other row of the same program in the release
/// (the two tables that print it differently).
struct FindingMarks {
    /// A row, by the line where it starts → the numbers of its findings (from 1, in
    /// `Report.findings` order).
    private var numbersByRow: [Int: [Int]] = [:]
    /// A finding's number → where its row is shown (the row's permalink), when it concerns one.
    private var rowOfFinding: [Int: String] = [:]
    let releaseID: String

    init(release: Release) {
        releaseID = release.id
        var owner: [Int: (first: Int, key: String, workItem: String?)] = [:]
        var rowsOfProgram: [String: [Int]] = [:]
        for table in release.report.budgetTables {
            for line in table.lines {
                for number in line.firstLine...max(line.firstLine, line.lastLine) where owner[number] == nil {
                    owner[number] = (line.firstLine, line.identityKey, table.workItem)
                }
                if line.kind == .program { rowsOfProgram[line.identityKey, default: []].append(line.firstLine) }
            }
        }
        for (offset, finding) in release.report.findings.enumerated() {
            guard let row = owner[finding.line] else { continue }
            let number = offset + 1
            rowOfFinding[number] = SiteMap.budgetLine(release.id, workItem: row.workItem, line: row.first)
            var rows = [row.first]
            if finding.kind == .crossTableMismatch { rows += rowsOfProgram[row.key, default: []] }
            for first in Set(rows) where numbersByRow[first]?.last != number {
                numbersByRow[first, default: []].append(number)
            }
        }
    }

    /// The numbers of the findings that concern the row starting at `line`.
    func numbers(forRowAt line: Int) -> [Int] {
        numbersByRow[line] ?? []
    }

    /// The permalink of the row a finding concerns.
    func row(ofFinding number: Int) -> String? {
        rowOfFinding[number]
    }

    /// A small marker after a row's name, linking to the row's first finding, with a text
    /// alternative that names them all.
    func html(forRowAt line: Int, linker: Linker) -> HTML {
        let numbers = numbers(forRowAt: line)
        guard let first = numbers.first else { return "" }
        let target = linker.href(SiteMap.release(releaseID)) + "#" + SiteMap.findingAnchor(first)
        let list = numbers.map { "\($0)번" }.joined(separator: ", ")
        let text = "점검 결과 \(list): 이 행의 숫자가 맞지 않습니다"
        let count: HTML = numbers.count > 1 ? "<span aria-hidden=\"true\" class=\"count\">\(numbers.count)</span>" : ""
        return " <a class=\"finding-mark\" href=\"\(target)\" title=\"\(text)\"><span aria-hidden=\"true\">!</span>\(count)<span class=\"visually-hidden\">\(text)</span></a>"
    }
}

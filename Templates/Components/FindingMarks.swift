import Foundation
import SitegenText
import SitegenContent
import SitegenSite

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

    /// The marks of a release, worked out once per release (by id and source hash) and shared by
    /// all the pages that show its rows.
    init(release: Release) {
        self = Self.cache.marks(for: release)
    }

    private init(computing release: Release) {
        releaseID = release.id
        let findings = release.report.findings
        guard !findings.isEmpty else { return }
        let findingLines = Set(findings.map(\.line))
        var owner: [Int: (first: Int, line: BudgetLine, workItem: String?)] = [:]
        for table in release.report.budgetTables {
            for line in table.lines {
                for number in line.firstLine...max(line.firstLine, line.lastLine)
                where findingLines.contains(number) && owner[number] == nil {
                    owner[number] = (line.firstLine, line, table.workItem)
                }
            }
        }
        // The other rows of a program printed differently in two tables (only these need its key).
        let crossKeys = Set(findings.filter { $0.kind == .crossTableMismatch }.compactMap { owner[$0.line]?.line.identityKey })
        var rowsOfProgram: [String: [Int]] = [:]
        if !crossKeys.isEmpty {
            for table in release.report.budgetTables {
                for line in table.lines where line.kind == .program {
                    let key = line.identityKey
                    if crossKeys.contains(key) { rowsOfProgram[key, default: []].append(line.firstLine) }
                }
            }
        }
        for (offset, finding) in findings.enumerated() {
            guard let row = owner[finding.line] else { continue }
            let number = offset + 1
            rowOfFinding[number] = SiteMap.budgetLine(release.id, workItem: row.workItem, line: row.first)
            var rows = [row.first]
            if finding.kind == .crossTableMismatch { rows += rowsOfProgram[row.line.identityKey, default: []] }
            for first in Set(rows) where numbersByRow[first]?.last != number {
                numbersByRow[first, default: []].append(number)
            }
        }
    }

    /// Marks by release (id and source SHA-256), so that each release's are worked out once.
    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var marks: [String: FindingMarks] = [:]

        func marks(for release: Release) -> FindingMarks {
            let key = release.id + "|" + release.source.sha256
            lock.lock()
            if let known = marks[key] { lock.unlock(); return known }
            lock.unlock()
            let computed = FindingMarks(computing: release)
            lock.lock()
            marks[key] = computed
            lock.unlock()
            return computed
        }
    }

    private static let cache = Cache()

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
        let target = linker.href(SiteMap.finding(releaseID, number: first))
        let list = numbers.map { "\($0)번" }.joined(separator: ", ")
        let text = "점검 결과 \(list): 이 행의 숫자가 맞지 않습니다"
        let count: HTML = numbers.count > 1 ? "<span aria-hidden=\"true\" class=\"count\">\(numbers.count)</span>" : ""
        // The link's name is its title (what it shows is hidden from screen readers), not the
        // title again in a visually hidden span.
        return " <a class=\"finding-mark\" href=\"\(target)\" title=\"\(text)\"><span aria-hidden=\"true\">!</span>\(count)</a>"
    }
}

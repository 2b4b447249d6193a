import Foundation
import GRDB
import SitegenContent
import SitegenSite

/// The rows of every archive table of one database file, in the order they are inserted:
/// its releases oldest first (the site's order), and within a release the report's own order.
/// Every table's rows are numbered across the whole archive, on from the rows of the releases
/// before the file's (`ArchiveCounts`), so budget lines, findings and audit demands keep the
/// numbers of their CSV rows in whichever file they are. A file's `programs` are the programs its
/// budget lines belong to: id, slug, lineage, name and url are the site's, the same in every file;
/// `names` and `releases` count the file's own releases, so that a file depends on its releases
/// alone. Pure: model in, rows out.
struct ArchiveRows {
    typealias Row = [(any DatabaseValueConvertible)?]

    var byTable: [String: [Row]] = [:]

    /// The whole archive in one file (the tests' oracle for the files cut by year).
    init(_ site: SiteContent) {
        self.init(site, releases: site.releases.indices, before: ArchiveCounts())
    }

    init(_ site: SiteContent, releases range: Range<Int>, before: ArchiveCounts) {
        let config = site.config
        var departments: [Row] = [], tables: [Row] = [], lines: [Row] = []
        var items: [Row] = [], demands: [Row] = [], findings: [Row] = []
        var programs: [Int: (names: [String], releases: Set<Int>)] = [:]
        byTable[ArchiveSchema.releases.name] = site.releases[range].map { Self.release($0, config) }
        for position in range {
            let index = site.releases[position]
            let release = index.release, id = release.id
            for department in release.report.departments {
                departments.append([before.departments + departments.count + 1, id, department.name, department.printedForms.joined(separator: "; "),
                                    config.absoluteURL(index.departmentPath(department.name) ?? SiteMap.release(id))])
            }
            for (t, table) in release.report.budgetTables.enumerated() {
                let tableID = before.tables + tables.count + 1
                let year = table.asOf?.year ?? release.metadata.date.year
                let page = table.workItem.map { SiteMap.item(id, number: $0) } ?? SiteMap.release(id)
                tables.append([tableID, id, t + 1, text(table.title), table.unit.rawValue, table.asOf?.description, year,
                               table.workItem, table.firstLine, table.lastLine, config.absoluteURL(page)])
                for (l, line) in table.lines.enumerated() {
                    let program = site.programNumber(release: position, table: t, line: l)
                    if let program {
                        let name = Self.programName(line)
                        if programs[program]?.names.contains(name) != true { programs[program, default: ([], [])].names.append(name) }
                        programs[program]!.releases.insert(position)
                    }
                    lines.append([before.lines + lines.count + 1, id, tableID, program.map { $0 + 1 }, line.department, text(line.label),
                                  line.kind.rawValue, year, line.budget, line.committed, line.executed, line.rate?.value,
                                  line.committedRate?.value, line.firstLine, config.absoluteURL(index.place(table: t, line: l).path)])
                }
            }
            for item in release.report.workItems {
                items.append([before.items + items.count + 1, id, item.number, item.chapter?.number, item.chapter.map { text($0.title) },
                              text(item.title), text(item.body.joined(separator: "\n")), item.department,
                              item.firstLine, item.lastLine, config.absoluteURL(SiteMap.item(id, number: item.number))])
            }
            for demand in release.report.audit?.items ?? [] {
                demands.append([before.demands + demands.count + 1, id, demand.number, demand.kind.rawValue, demand.departments.joined(separator: "; "),
                                demand.status.rawValue, demand.printedStatus, text(demand.demand),
                                text(demand.actions.joined(separator: "\n")), demand.sourceLine,
                                config.absoluteURL(SiteMap.audit(id) + "#demand-\(demand.number)")])
            }
            for (n, finding) in release.report.findings.enumerated() {
                findings.append([before.findings + findings.count + 1, id, n + 1, finding.line, finding.kind.rawValue, text(finding.message),
                                 config.absoluteURL(SiteMap.finding(id, number: n + 1))])
            }
        }
        byTable[ArchiveSchema.programs.name] = programs.keys.sorted().map { number in
            let program = site.programs[number], inFile = programs[number]!
            return [number + 1, program.slug, program.lineage, text(program.names.first ?? program.key),
                    inFile.names.joined(separator: "; "), inFile.releases.count, config.absoluteURL(SiteMap.program(program.slug))]
        }
        byTable[ArchiveSchema.departments.name] = departments
        byTable[ArchiveSchema.budgetTables.name] = tables
        byTable[ArchiveSchema.budgetLines.name] = lines
        byTable[ArchiveSchema.workItems.name] = items
        byTable[ArchiveSchema.auditDemands.name] = demands
        byTable[ArchiveSchema.findings.name] = findings
    }

    /// A program line's name as the program matcher reads it (`ProgramMatcher`).
    private static func programName(_ line: BudgetLine) -> String {
        text(TextCleanup.collapseLetterSpacing(TextCleanup.joinWrapped([line.qualifiedLabel])))
    }

    private static func release(_ index: ReleaseIndex, _ config: SiteConfig) -> Row {
        let release = index.release, metadata = release.metadata
        return [release.id, metadata.date.description, metadata.issuer, text(metadata.title), metadata.kind, metadata.session,
                metadata.committee, metadata.sourceURL, release.source.sha256, release.source.lineCount,
                config.absoluteURL(SiteMap.release(release.id))]
    }
}

/// Text that the full-text index reads: NFC, so that a query typed in composed Hangul finds it.
private func text(_ value: String) -> String {
    value.precomposedStringWithCanonicalMapping
}

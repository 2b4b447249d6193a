import Foundation
import GRDB
import SitegenContent
import SitegenSite

/// The rows of every archive table, in the order they are inserted: releases oldest first
/// (the site's order), and within a release the report's own order. Budget lines, findings
/// and audit demands are numbered as the rows of their CSV files are. Pure: model in, rows out.
struct ArchiveRows {
    typealias Row = [(any DatabaseValueConvertible)?]

    var byTable: [String: [Row]] = [:]

    init(_ site: SiteContent) {
        let config = site.config
        var departments: [Row] = [], tables: [Row] = [], lines: [Row] = []
        var items: [Row] = [], demands: [Row] = [], findings: [Row] = []
        byTable[ArchiveSchema.releases.name] = site.releases.map { Self.release($0, config) }
        byTable[ArchiveSchema.programs.name] = site.programs.enumerated().map { Self.program($0.element, id: $0.offset + 1, config) }
        for (position, index) in site.releases.enumerated() {
            let release = index.release, id = release.id
            for department in release.report.departments {
                departments.append([departments.count + 1, id, department.name, department.printedForms.joined(separator: "; "),
                                    config.absoluteURL(index.departmentPath(department.name) ?? SiteMap.release(id))])
            }
            for (t, table) in release.report.budgetTables.enumerated() {
                let tableID = tables.count + 1
                let year = table.asOf?.year ?? release.metadata.date.year
                let page = table.workItem.map { SiteMap.item(id, number: $0) } ?? SiteMap.release(id)
                tables.append([tableID, id, t + 1, text(table.title), table.unit.rawValue, table.asOf?.description, year,
                               table.workItem, table.firstLine, table.lastLine, config.absoluteURL(page)])
                for (l, line) in table.lines.enumerated() {
                    let program = site.programNumber(release: position, table: t, line: l).map { $0 + 1 }
                    lines.append([lines.count + 1, id, tableID, program, line.department, text(line.label), line.kind.rawValue, year,
                                  line.budget, line.committed, line.executed, line.rate?.value, line.committedRate?.value,
                                  line.firstLine, config.absoluteURL(index.place(table: t, line: l).path)])
                }
            }
            for item in release.report.workItems {
                items.append([items.count + 1, id, item.number, item.chapter?.number, item.chapter.map { text($0.title) },
                              text(item.title), text(item.body.joined(separator: "\n")), item.department,
                              item.firstLine, item.lastLine, config.absoluteURL(SiteMap.item(id, number: item.number))])
            }
            for demand in release.report.audit?.items ?? [] {
                demands.append([demands.count + 1, id, demand.number, demand.kind.rawValue, demand.departments.joined(separator: "; "),
                                demand.status.rawValue, demand.printedStatus, text(demand.demand),
                                text(demand.actions.joined(separator: "\n")), demand.sourceLine,
                                config.absoluteURL(SiteMap.audit(id) + "#demand-\(demand.number)")])
            }
            for (n, finding) in release.report.findings.enumerated() {
                findings.append([findings.count + 1, id, n + 1, finding.line, finding.kind.rawValue, text(finding.message),
                                 config.absoluteURL(SiteMap.finding(id, number: n + 1))])
            }
        }
        byTable[ArchiveSchema.departments.name] = departments
        byTable[ArchiveSchema.budgetTables.name] = tables
        byTable[ArchiveSchema.budgetLines.name] = lines
        byTable[ArchiveSchema.workItems.name] = items
        byTable[ArchiveSchema.auditDemands.name] = demands
        byTable[ArchiveSchema.findings.name] = findings
    }

    private static func release(_ index: ReleaseIndex, _ config: SiteConfig) -> Row {
        let release = index.release, metadata = release.metadata
        return [release.id, metadata.date.description, metadata.issuer, text(metadata.title), metadata.kind, metadata.session,
                metadata.committee, metadata.sourceURL, release.source.sha256, release.source.lineCount,
                config.absoluteURL(SiteMap.release(release.id))]
    }

    private static func program(_ program: ProgramHistory, id: Int, _ config: SiteConfig) -> Row {
        var seen = Set<String>()
        let names = program.names.filter { seen.insert($0).inserted }
        return [id, program.slug, program.lineage, text(names.first ?? program.key), text(names.joined(separator: "; ")),
                program.releases.count, config.absoluteURL(SiteMap.program(program.slug))]
    }
}

/// Text that the full-text index reads: NFC, so that a query typed in composed Hangul finds it.
private func text(_ value: String) -> String {
    value.precomposedStringWithCanonicalMapping
}

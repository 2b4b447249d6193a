import SitegenContent
import SitegenSite
import SitegenText

/// The rows of every archive table of one database file, in the order they are inserted:
/// its releases oldest first (the site's order), and within a release the report's own order.
/// Every table's rows are numbered across the whole archive, on from the rows of the releases
/// before the file's (`ArchiveCounts`), so budget lines, findings and audit demands keep the
/// numbers of their CSV rows in whichever file they are. A file's `programs` are the programs its
/// budget lines belong to: id, slug, lineage, name and url are the site's, the same in every file;
/// `names` and `releases` count the file's own releases, so that a file depends on its releases
/// alone. Pure: model in, rows out.
struct ArchiveRows {
    typealias Row = [ArchiveCell]

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
                departments.append([.int(before.departments + departments.count + 1), .text(id), .text(department.name),
                                    .text(department.printedForms.joined(separator: "; ")),
                                    .text(config.absoluteURL(index.departmentPath(department.name) ?? SiteMap.release(id)))])
            }
            for (t, table) in release.report.budgetTables.enumerated() {
                let tableID = before.tables + tables.count + 1
                let year = table.asOf?.year ?? release.metadata.date.year
                let page = table.workItem.map { SiteMap.item(id, number: $0) } ?? SiteMap.release(id)
                tables.append([.int(tableID), .text(id), .int(t + 1), .text(nfc(table.title)), .text(table.unit.rawValue),
                               .text(table.asOf?.description), .int(year), .text(table.workItem), .int(table.firstLine),
                               .int(table.lastLine), .text(config.absoluteURL(page))])
                for (l, line) in table.lines.enumerated() {
                    let program = site.programNumber(release: position, table: t, line: l)
                    if let program {
                        let name = Self.programName(line)
                        if programs[program]?.names.contains(name) != true { programs[program, default: ([], [])].names.append(name) }
                        programs[program]!.releases.insert(position)
                    }
                    lines.append([.int(before.lines + lines.count + 1), .text(id), .int(tableID), .int(program.map { $0 + 1 }),
                                  .text(line.department), .text(nfc(line.label)), .text(line.kind.rawValue), .int(year),
                                  .int(line.budget), .int(line.committed), .int(line.executed), .real(line.rate?.value),
                                  .real(line.committedRate?.value), .int(line.firstLine),
                                  .text(config.absoluteURL(index.place(table: t, line: l).path))])
                }
            }
            for item in release.report.workItems {
                items.append([.int(before.items + items.count + 1), .text(id), .text(item.number), .int(item.chapter?.number),
                              .text(item.chapter.map { nfc($0.title) }), .text(nfc(item.title)), .text(nfc(item.body.joined(separator: "\n"))),
                              .text(item.department), .int(item.firstLine), .int(item.lastLine),
                              .text(config.absoluteURL(SiteMap.item(id, number: item.number)))])
            }
            for demand in release.report.audit?.items ?? [] {
                demands.append([.int(before.demands + demands.count + 1), .text(id), .int(demand.number), .text(demand.kind.rawValue),
                                .text(demand.departments.joined(separator: "; ")), .text(demand.status.rawValue),
                                .text(demand.printedStatus), .text(nfc(demand.demand)), .text(nfc(demand.actions.joined(separator: "\n"))),
                                .int(demand.sourceLine), .text(config.absoluteURL(SiteMap.audit(id) + "#demand-\(demand.number)"))])
            }
            for (n, finding) in release.report.findings.enumerated() {
                findings.append([.int(before.findings + findings.count + 1), .text(id), .int(n + 1), .int(finding.line),
                                 .text(finding.kind.rawValue), .text(nfc(finding.message)),
                                 .text(config.absoluteURL(SiteMap.finding(id, number: n + 1)))])
            }
        }
        byTable[ArchiveSchema.programs.name] = programs.keys.sorted().map { number in
            let program = site.programs[number], inFile = programs[number]!
            return [.int(number + 1), .text(program.slug), .text(program.lineage), .text(nfc(program.names.first ?? program.key)),
                    .text(inFile.names.joined(separator: "; ")), .int(inFile.releases.count),
                    .text(config.absoluteURL(SiteMap.program(program.slug)))]
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
        nfc(TextCleanup.collapseLetterSpacing(TextCleanup.joinWrapped([line.qualifiedLabel])))
    }

    private static func release(_ index: ReleaseIndex, _ config: SiteConfig) -> Row {
        let release = index.release, metadata = release.metadata
        return [.text(release.id), .text(metadata.date.description), .text(metadata.issuer), .text(nfc(metadata.title)),
                .text(metadata.kind), .text(metadata.session), .text(metadata.committee), .text(metadata.sourceURL),
                .text(release.source.sha256), .int(release.source.lineCount), .text(config.absoluteURL(SiteMap.release(release.id)))]
    }
}

/// Text that the full-text index reads: NFC, so that a query typed in composed Hangul finds it.
private func nfc(_ value: String) -> String {
    NFC.composed(value)
}

import SitegenText
import SitegenConcurrency

/// The dependency keys of a release's pages, for the incremental build (`RenderJob.key`).
///
/// The pages of a release read, besides the templates (in the build identity): the release
/// itself, the configuration, the lineage rules, the previous release of its lineage and the
/// programs its rows belong to (what changed: programs started and ended are told by program),
/// the programs of its own rows (where they link, and which they are), its departments'
/// lineage pages, and each department's previous report (its page and title, in whichever
/// earlier release the department last appeared). The release page alone also lists the later
/// releases of its lineage.
extension SiteContent {
    /// The key of everything a release's pages depend on but the later releases; nil when the
    /// release's content key is unknown (a site assembled in memory), so nothing is reused.
    public func releaseKey(_ position: Int) -> String? {
        let release = releases[position].release
        guard let content = contentKeys[release.id] else { return nil }
        var key = DependencyKey("release")
        key.add(content)
        key.add(config.baseURL)
        key.add(lineageKey)
        let previous = previousRelease(of: position)
        key.add(previous.flatMap { contentKeys[releases[$0].release.id] })
        for member in [position] + (previous.map { [$0] } ?? []) {
            for (t, table) in releases[member].release.report.budgetTables.enumerated() {
                for l in table.lines.indices {
                    let program = program(release: member, table: t, line: l)
                    key.add(program?.key)
                    key.add(program?.slug)
                }
            }
        }
        for department in release.report.departments {
            key.add(departmentLineagePath(release: position, name: department.name))
            let previous = previousAppearance(release: position, name: department.name)
            key.add(previous.flatMap { contentKeys[releases[$0.release].release.id] })
            key.add(previous?.name)
        }
        return key.digest
    }

    /// `releaseKey` and the later releases of the lineage as the release page lists them.
    public func releasePageKey(_ position: Int, releaseKey base: String?) -> String? {
        guard let base else { return nil }
        var key = DependencyKey("release-page")
        key.add(base)
        for later in laterReleases(of: position) {
            let metadata = releases[later].release.metadata
            key.add(releases[later].release.id)
            key.add(metadata.title)
            key.add(metadata.date.description)
            key.add(metadata.kind)
        }
        return key.digest
    }
}

/// The keys of the pages across releases: a program's page (and feed) reads the releases it
/// appears in, a department lineage's page (and feed) the releases it appears in, each with
/// the links out of it (`releaseKey`), and the lineage rules for names and renames.
extension SiteContent {
    /// Every release's `releaseKey`, worked out once for a build's jobs.
    public var releaseKeys: [String?] {
        Concurrently.map(releases.indices.map { position in { releaseKey(position) } })
    }

    public func programKey(_ program: ProgramHistory, releaseKeys: [String?]) -> String? {
        var key = DependencyKey("program")
        key.add(config.baseURL)
        key.add(lineageKey)
        key.add(program.key)
        key.add(program.lineage)
        key.add(program.slug)
        for name in program.names { key.add(name) }
        for appearance in program.appearances {
            guard let release = releaseKeys[appearance.release] else { return nil }
            key.add(release)
            key.add(appearance.table)
            key.add(appearance.line)
        }
        return key.digest
    }

    public func departmentLineageKey(_ lineage: DepartmentLineage, releaseKeys: [String?]) -> String? {
        var key = DependencyKey("department-lineage")
        key.add(config.baseURL)
        key.add(lineageKey)
        key.add(lineage.name)
        key.add(lineage.slug)
        for appearance in lineage.appearances {
            guard let release = releaseKeys[appearance.release] else { return nil }
            key.add(release)
            key.add(appearance.name)
        }
        return key.digest
    }
}

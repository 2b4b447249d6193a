/// A department followed across releases under its latest name (renames from `lineage.yml`).
public struct DepartmentLineage: Sendable {
    public var name: String
    public var slug: String
    /// (release position, the department's name in that release), oldest first.
    public var appearances: [(release: Int, name: String)]

    /// Every department lineage of a site, in order of first appearance.
    static func collect(_ releases: [ReleaseIndex], lineage: Lineage) -> [DepartmentLineage] {
        var order: [String] = []
        var appearances: [String: [(Int, String)]] = [:]
        for (position, index) in releases.enumerated() {
            let family = lineage.issuerLineage(index.release.metadata.issuer)
            for department in index.release.report.departments {
                let key = family + "|" + lineage.departmentLineage(department.name)
                if appearances[key] == nil { order.append(key) }
                appearances[key, default: []].append((position, department.name))
            }
        }
        let names = order.map { String($0.split(separator: "|", maxSplits: 1)[1]) }
        return zip(zip(order, names), Slug.unique(names)).map { pair, slug in
            DepartmentLineage(name: pair.1, slug: slug, appearances: appearances[pair.0]!)
        }
    }
}

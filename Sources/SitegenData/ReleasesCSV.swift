import SitegenSite
import SitegenText

/// `data/releases.csv`: one row per release, what the other CSV files' `release` column
/// refers to (the data package's foreign keys).
public enum ReleasesCSV {
    public static let path = "data/releases.csv"
    public static let header = ["id", "date", "issuer", "title", "kind", "session", "committee", "source_url",
                                "sha256", "line_count", "url"]

    public static func file(for site: SiteContent) -> OutputFile {
        let rows = site.releases.map { index -> [String] in
            let release = index.release, metadata = release.metadata
            return [release.id, metadata.date.description, metadata.issuer, metadata.title, metadata.kind ?? "",
                    metadata.session ?? "", metadata.committee ?? "", metadata.sourceURL ?? "", release.source.sha256,
                    String(release.source.lineCount), site.config.absoluteURL(SiteMap.release(release.id))]
        }
        return OutputFile(path: path, bytes: CSVText.bytes(header: header, rows: rows))
    }
}

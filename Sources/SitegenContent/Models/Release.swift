/// One published report: its metadata, the archived source and what was read from it.
public struct Release: Codable, Equatable, Sendable {
    /// The folder name under `content/releases/`.
    public var id: String
    public var metadata: ReleaseMetadata
    public var source: SourceInfo
    public var report: Report
    /// Where each page of the imported original starts in report.txt (`pages.tsv`), if any.
    public var pages: PageMap?

    public init(id: String, metadata: ReleaseMetadata, source: SourceInfo, report: Report, pages: PageMap? = nil) {
        self.id = id
        self.metadata = metadata
        self.source = source
        self.report = report
        self.pages = pages
    }
}

/// The archived `report.txt` of a release.
public struct SourceInfo: Codable, Equatable, Sendable {
    /// Path relative to the content folder, e.g. `releases/<id>/report.txt`.
    public var path: String
    /// Lower-case hex SHA-256 of the file's bytes as published.
    public var sha256: String
    public var byteCount: Int
    public var lineCount: Int
    /// The encoding the bytes were read in (`UTF-8`, or `CP949` when converted).
    public var encoding: String

    public init(path: String, sha256: String, byteCount: Int, lineCount: Int, encoding: String) {
        self.path = path
        self.sha256 = sha256
        self.byteCount = byteCount
        self.lineCount = lineCount
        self.encoding = encoding
    }

    enum CodingKeys: String, CodingKey {
        case path, sha256, encoding
        case byteCount = "byte_count"
        case lineCount = "line_count"
    }
}

import SitegenText

/// A release's `report.txt` as the build read it: where it lies and the SHA-256 of its bytes.
/// The pages that need the report itself (the source view, the archived copy, the bag) read
/// it again when they are made, so that a build does not hold every report to its end (33 MB
/// at 600 releases, 330 MB at 6,000). A report whose bytes changed since the model was read
/// is an error: the site never publishes a copy other than the one its pages were made from.
public struct ReportFile: Sendable, Equatable {
    /// The file's path on disk.
    public var path: String
    /// The path as messages show it (as the user named the content folder).
    public var display: String
    /// Lower-case hex SHA-256 of the bytes the release's model was read from.
    public var sha256: String

    public init(path: String, display: String, sha256: String) {
        self.path = path
        self.display = display
        self.sha256 = sha256
    }

    /// The bytes as archived, checked against the digest taken when the release was read.
    public func bytes() throws -> [UInt8] {
        guard let bytes = try ContentFile.read(path, display: display) else {
            throw SitegenError(file: display, "removed while the site was built; build again")
        }
        guard Hex.sha256(bytes) == sha256 else {
            throw SitegenError(file: display, "changed while the site was built; build again")
        }
        return bytes
    }

    /// The text as the loader decoded it (UTF-8, or converted from CP949).
    public func text() throws -> String {
        try ReportTextDecoder.decode(try bytes(), file: display).text
    }
}

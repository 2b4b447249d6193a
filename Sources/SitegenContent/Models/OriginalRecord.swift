/// The published original a release was imported from (`sitegen import`), as its release.yml
/// records it: the archived file's name and SHA-256, and how its text was extracted.
public struct OriginalRecord: Codable, Equatable, Sendable {
    /// The archived file in the release folder: `original.pdf` or `original.hwpx`.
    public var file: String
    /// Lower-case hex SHA-256 of the original as published.
    public var sha256: String
    /// The file name it was imported from.
    public var importedFrom: String?
    /// The extractor and its version (`pdftotext 22.12.0`), and how it was run (`-layout`).
    public var extractor: String?
    public var extractorMode: String?
    /// Whether report.txt is OCR text (shown as such everywhere).
    public var isOCR: Bool
    /// The original's size, known once it is read (not a key of release.yml).
    public var byteCount: Int?

    public init(file: String, sha256: String, importedFrom: String? = nil, extractor: String? = nil,
                extractorMode: String? = nil, isOCR: Bool = false) {
        self.file = file
        self.sha256 = sha256
        self.importedFrom = importedFrom
        self.extractor = extractor
        self.extractorMode = extractorMode
        self.isOCR = isOCR
    }

    /// The only names an original is archived under.
    public static let archivedNames = ["original.pdf", "original.hwpx"]

    enum CodingKeys: String, CodingKey {
        case file, sha256, extractor
        case importedFrom = "imported_from"
        case extractorMode = "extractor_mode"
        case isOCR = "ocr"
        case byteCount = "byte_count"
    }
}

import Foundation
import SitegenText
import SitegenContent

/// A release made from a published original: everything `ReleaseFolderWriter` writes, checked
/// first by reading it as `build` would, so a release that cannot be built is never written.
public struct ReleaseImport: Sendable {
    public var id: String
    public var kind: OriginalKind
    public var original: [UInt8]
    public var report: String
    public var pages: PageMap?
    public var metadata: String
    public var isOCR: Bool

    /// Reads `bytes` (shown as `file`) into a release; runs the extractors.
    public static func make(id: String, bytes: [UInt8], file: String, sourcePath: String, ocr: Bool,
                            today: YearMonth) throws -> ReleaseImport {
        try ReleaseScaffold.validate(id: id)
        let kind = try OriginalKind.of(bytes, file: file)
        let extracted: ExtractedText
        switch kind {
        case .pdf:
            extracted = ocr ? try OCRExtractor.extract(sourcePath, file: file) : try PDFTextExtractor.extract(sourcePath, file: file)
        case .hwpx:
            if ocr { throw SitegenError(file: file, "--ocr reads PDF pages; an HWPX document is read as it is, without it") }
            extracted = try HWPXTextExtractor.extract(bytes, file: file)
        }
        let (report, pages) = ReportTextAssembly.assemble(extracted, stripFurniture: kind == .pdf)
        let record = OriginalRecord(file: kind.archivedName, sha256: Hex.sha256(bytes),
                                    importedFrom: URL(fileURLWithPath: file).lastPathComponent,
                                    extractor: extracted.extractor, extractorMode: extracted.mode, isOCR: extracted.isOCR)
        let cover = CoverMetadata.read(extracted.pages.first ?? "")
        let metadata = ImportedMetadata.yaml(id: id, cover: cover, record: record, today: today)
        // Read as build reads it: a release.yml or report that would not build is never written.
        _ = try ReleaseReader.read(id: id, metadataYAML: metadata, reportBytes: Array(report.utf8),
                                   metadataPath: "\(file) (release.yml)", reportPath: "\(file) (report.txt)")
        return ReleaseImport(id: id, kind: kind, original: bytes, report: report,
                             pages: kind == .pdf ? pages : nil, metadata: metadata, isOCR: extracted.isOCR)
    }
}

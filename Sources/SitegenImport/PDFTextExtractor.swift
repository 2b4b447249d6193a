import Foundation
import SitegenText

/// Reads a PDF's text layer with poppler's `pdftotext -layout` (a process, never linked).
/// `-layout` keeps each row of a ruled table on one line with its cells in column order, set
/// apart by runs of spaces, which the report parser reads as it reads the PDF-text reports;
/// the default (reading-order) mode puts every cell of a ruled table on a line of its own
/// (README, "Importing a published report", has the measurement).
public enum PDFTextExtractor {
    public static let mode = "-layout"

    /// The PDF's facts, checked: refuses encrypted and oversized (bomb) documents.
    public static func info(of path: String, file: String) throws -> PDFDocumentInfo {
        let result = try ExternalTool.pdfinfo.runAllowingFailure([path], for: file)
        if result.status != 0, String(decoding: result.error, as: UTF8.self).contains("password") {
            throw SitegenError(file: file, "the PDF is encrypted with a password; ask the publisher for an unprotected copy")
        }
        let output = try ExternalTool.pdfinfo.run([path], for: file)
        let info = try PDFDocumentInfo.parse(String(decoding: output, as: UTF8.self), file: file)
        try info.check(file: file)
        return info
    }

    /// The text layer, page by page; refused when empty or garbage, with the reason.
    public static func extract(_ path: String, file: String) throws -> ExtractedText {
        let info = try info(of: path, file: file)
        let output = try ExternalTool.pdftotext.run([mode, "-enc", "UTF-8", path, "-"], for: file)
        guard let text = String(validating: output, as: UTF8.self) else {
            throw SitegenError(file: file, "pdftotext wrote text that is not UTF-8")
        }
        let fonts = PDFFontTable.parse(String(decoding: try ExternalTool.pdffonts.run([path], for: file), as: UTF8.self))
        try TextLayerCheck.check(text, pages: info.pageCount, fonts: fonts, file: file)
        let version = try ExternalTool.pdftotext.version(for: file)
        return ExtractedText(pages: ExtractedText.pages(ofFormFed: text), extractor: "pdftotext \(version)", mode: mode)
    }
}

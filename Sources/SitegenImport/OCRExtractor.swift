import Foundation
import SitegenText
import SitegenConcurrency

/// Reads a PDF's pages as images: `pdftoppm` rasterises each page at 300 dpi and Tesseract
/// reads it with the Korean model, pages on every core (processes, never linked).
public enum OCRExtractor {
    public static let dpi = 300
    public static let language = "kor"

    public static func extract(_ path: String, file: String) throws -> ExtractedText {
        let info = try PDFTextExtractor.info(of: path, file: file)
        try checkLanguage(file: file)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-ocr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = Concurrently.map((1...info.pageCount).map { number in
            { Result { try readPage(number, of: path, file: file, in: folder) } }
        })
        let version = try ExternalTool.tesseract.version(for: file)
        return ExtractedText(pages: try pages.map { try $0.get() }, extractor: "tesseract \(version)",
                             mode: "ocr \(language) \(dpi)dpi psm 4 (pdftoppm)", isOCR: true)
    }

    static func readPage(_ number: Int, of path: String, file: String, in folder: URL) throws -> String {
        let image = folder.appendingPathComponent("page-\(number)")
        _ = try ExternalTool.pdftoppm.run(["-r", "\(dpi)", "-gray", "-f", "\(number)", "-l", "\(number)", "-singlefile", "-png",
                                           path, image.path], for: file)
        // One Tesseract thread a page (OMP_THREAD_LIMIT): the pages already share the cores.
        // Page segmentation 4 (one column of lines of varying size) keeps a table's row on one
        // line; 6 (one uniform block) split the 2022-03 fixture's 세출총괄 rows and their labels.
        let output = try ExternalTool.tesseract.run([image.path + ".png", "stdout", "-l", language, "--psm", "4"], for: file,
                                                    environment: ["OMP_THREAD_LIMIT": "1"])
        try? FileManager.default.removeItem(atPath: image.path + ".png")
        return String(decoding: output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { OCRTableRules.clean(String($0)) }.joined(separator: "\n")
    }

    /// The Korean model must be installed, or Tesseract reads Hangul as Latin noise.
    static func checkLanguage(file: String) throws {
        let result = try ExternalTool.tesseract.runAllowingFailure(["--list-langs"], for: file)
        let listed = String(decoding: result.output + result.error, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard listed.contains(where: { $0 == Substring(language) }) else {
            throw SitegenError(file: file, "Tesseract has no Korean model; install Debian's tesseract-ocr-kor")
        }
    }
}

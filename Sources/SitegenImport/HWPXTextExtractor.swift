import Foundation
import SitegenText

/// Reads an HWPX document natively: its sections' paragraphs and tables as lines of text.
/// HWPX has no fixed pages, so the text is one page (page citations need a PDF).
public enum HWPXTextExtractor {
    public static let name = "sitegen-hwpx"
    public static let version = "1"

    public static func extract(_ bytes: [UInt8], file: String) throws -> ExtractedText {
        var lines: [String] = []
        for section in try HWPXArchive.sections(of: bytes, file: file) {
            lines += try HWPXSectionReader.lines(of: section, file: file)
        }
        guard lines.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            throw SitegenError(file: file, "the HWPX document holds no text")
        }
        return ExtractedText(pages: [lines.joined(separator: "\n") + "\n"], extractor: "\(name) \(version)",
                             mode: "native (ZIPFoundation, XMLParser)")
    }
}

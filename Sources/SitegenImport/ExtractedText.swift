/// The text an extractor read from an original, page by page, and how it was read.
public struct ExtractedText: Equatable, Sendable {
    /// One string a physical page, in order, without the form feed between them.
    public var pages: [String]
    /// The extractor as release.yml records it: `pdftotext 22.12.0`, `tesseract 5.3.0`, `sitegen-hwpx 1`.
    public var extractor: String
    /// How it was run: `-layout`, `ocr kor 300dpi`, `native`.
    public var mode: String
    /// Whether the text is OCR, to be marked so wherever it is shown.
    public var isOCR: Bool
    /// Whether tables come as columns of positioned text (`-layout`), whose wrapped cells
    /// are joined (`WrappedCells`).
    public var hasColumns: Bool { mode == "-layout" }

    public init(pages: [String], extractor: String, mode: String, isOCR: Bool = false) {
        self.pages = pages
        self.extractor = extractor
        self.mode = mode
        self.isOCR = isOCR
    }

    /// pdftotext's output split at its form feeds (it ends every page with one).
    public static func pages(ofFormFed text: String) -> [String] {
        var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        if pages.count > 1, pages.last?.allSatisfy(\.isWhitespace) == true { pages.removeLast() }
        return pages
    }
}

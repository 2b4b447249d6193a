import SitegenText

/// What `pdfinfo` says about a PDF: its page count and whether it is encrypted. Pure: the text
/// of pdfinfo's output in, the facts out.
public struct PDFDocumentInfo: Equatable, Sendable {
    public var pageCount: Int
    public var encrypted: Bool

    /// More pages than any council report has: a PDF bomb of empty pages is refused before
    /// a page is extracted.
    public static let pageLimit = 2_000

    public init(pageCount: Int, encrypted: Bool) {
        self.pageCount = pageCount
        self.encrypted = encrypted
    }

    public static func parse(_ output: String, file: String) throws -> PDFDocumentInfo {
        var pages: Int?
        var encrypted = false
        for line in output.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "Pages" { pages = Int(parts[1]) }
            if parts[0] == "Encrypted" { encrypted = parts[1].hasPrefix("yes") }
        }
        guard let pages, pages > 0 else { throw SitegenError(file: file, "the PDF has no pages that poppler can find (damaged or truncated?)") }
        return PDFDocumentInfo(pageCount: pages, encrypted: encrypted)
    }

    /// Refuses what is not worth extracting: an encrypted PDF, or one with too many pages.
    public func check(file: String) throws {
        if encrypted {
            throw SitegenError(file: file, "the PDF is encrypted; ask the publisher for an unprotected copy, or save one without a password")
        }
        if pageCount > Self.pageLimit {
            throw SitegenError(file: file, "the PDF has \(pageCount) pages, more than \(Self.pageLimit); refused as a likely PDF bomb")
        }
    }
}

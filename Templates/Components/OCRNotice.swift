import SitegenContent

/// The notice shown wherever an OCR-read release is shown: its numbers may be misread.
enum OCRNotice {
    static func html(for release: Release) -> HTML {
        guard release.metadata.original?.isOCR == true else { return "" }
        return "<p class=\"ocr-notice\" role=\"note\">OCR로 읽은 본문입니다. 숫자는 원문과 대조하세요.</p>\n"
    }

    /// On a page across releases (a program's): which of its reports were read by OCR.
    static func html(forAnyOf releases: [Release]) -> HTML {
        let read = releases.filter { $0.metadata.original?.isOCR == true }
        guard !read.isEmpty else { return "" }
        let titles = read.map(\.metadata.title).joined(separator: ", ")
        return "<p class=\"ocr-notice\" role=\"note\">\(titles)의 본문은 OCR로 읽었습니다. 숫자는 원문과 대조하세요.</p>\n"
    }
}

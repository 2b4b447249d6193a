import SitegenContent

/// The notice shown wherever an OCR-read release is shown: its numbers may be misread.
enum OCRNotice {
    static func html(for release: Release) -> HTML {
        guard release.metadata.original?.isOCR == true else { return "" }
        return "<p class=\"ocr-notice\" role=\"note\">OCR로 읽은 본문입니다. 숫자는 원문과 대조하세요.</p>\n"
    }
}

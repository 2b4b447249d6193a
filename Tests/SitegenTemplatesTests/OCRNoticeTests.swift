import XCTest
import SitegenContent
import SitegenSite
@testable import SitegenTemplates

/// A release read by OCR is marked as such on every page that shows its text or figures (issue
/// 23: "everywhere it is shown"); a release from a text layer is not marked anywhere.
final class OCRNoticeTests: XCTestCase {
    private static let notice = "숫자는 원문과 대조하세요"

    private func pages(ocr: Bool) throws -> [String: String] {
        var release = try SampleSite.release()
        release.metadata.original = OriginalRecord(file: "original.pdf", sha256: String(repeating: "0", count: 64),
                                                   extractor: "tesseract 5.3.0", extractorMode: "ocr kor 300dpi", isOCR: ocr)
        return try SampleSite.pages([release], texts: [release.id: SampleSite.report()])
    }

    func testEveryPageOfAnOCRReleaseAndItsProgramsCarriesTheNotice() throws {
        let pages = try pages(ocr: true)
        let marked = pages.filter { path, _ in
            path.hasSuffix("index.html") && (path.hasPrefix("releases/2022-03-sample/") || path.hasPrefix("programs/"))
                && path != "programs/index.html" && !path.hasPrefix("programs/initial/") && !SiteMap.isEmbed(String(path.dropLast("index.html".count)))
        }
        XCTAssertTrue(marked.keys.contains("releases/2022-03-sample/index.html"))
        XCTAssertTrue(marked.keys.contains { $0.contains("/departments/") })
        XCTAssertTrue(marked.keys.contains { $0.hasPrefix("programs/") })
        for (path, page) in marked {
            XCTAssertTrue(page.contains(Self.notice), "\(path) does not say its text was read by OCR")
        }
    }

    func testAReleaseFromATextLayerIsNotMarked() throws {
        for (path, page) in try pages(ocr: false) where path.hasSuffix(".html") {
            XCTAssertFalse(page.contains(Self.notice), path)
        }
    }
}

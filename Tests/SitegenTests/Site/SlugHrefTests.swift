import Foundation
import XCTest
@testable import SitegenSite

/// Links are percent-encoded UTF-8, upper-case hex, keeping ASCII letters, digits and `-._~/#`.
final class SlugHrefTests: XCTestCase {
    func testHangulIsPercentEncodedAsUTF8() {
        XCTAssertEqual(Slug.href("programs/서울/#L12"), "programs/%EC%84%9C%EC%9A%B8/#L12")
    }

    func testAgreesWithFoundationOnAwkwardPaths() {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~/#")
        for path in ["", "a b", "100%", "?q=1&x=<y>", "\"'", "ㄱ·‧․", "e\u{301}", "tab\there", "../x", "😀/", "A-Z_0~9.html"] {
            XCTAssertEqual(Slug.href(path), path.addingPercentEncoding(withAllowedCharacters: allowed), path)
        }
    }

    func testAgreesWithFoundationOnRandomPaths() {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~/#")
        let pieces = ["a", "Z", "0", "9", "-", ".", "_", "~", "/", "#", " ", "%", "?", "서", "울", "ㄱ", "\u{301}", "😀", "\u{0}", "\u{7F}", "é"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let path = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(Slug.href(path), path.addingPercentEncoding(withAllowedCharacters: allowed), path)
            XCTAssertEqual(Slug.href(path, after: "../../"), "../../" + Slug.href(path), path)
        }
    }
}

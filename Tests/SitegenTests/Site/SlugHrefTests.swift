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

/// A page's links keep letters and digits outside ASCII as UTF-8 and percent-encode the rest
/// as `href` does.
final class SlugPageHrefTests: XCTestCase {
    func testHangulStaysUTF8() {
        XCTAssertEqual(Slug.pageHref("../programs/청년-정책/#L12"), "../programs/청년-정책/#L12")
        XCTAssertEqual(Slug.pageHref("a b/100%/?q=<x>&\"'"), "a%20b/100%25/%3Fq%3D%3Cx%3E%26%22%27")
        XCTAssertEqual(Slug.pageHref("é/ß/٣/Ⅻ"), "é/ß/٣/Ⅻ")
    }

    func testWhatIsNotALetterOrDigitIsPercentEncoded() {
        // Spaces, a combining mark, format and private-use characters, a noncharacter, a symbol, C1 controls.
        for text in ["\u{3000}", "\u{A0}", "e\u{301}", "\u{200B}", "\u{202E}", "\u{FEFF}", "\u{E000}", "\u{FFFE}", "😀", "·", "\u{85}"] {
            XCTAssertEqual(Slug.pageHref(text), Slug.href(text), text.debugDescription)
        }
    }

    /// Decoded, a page's link is the path; re-encoded as a browser does, it is `href`'s URI.
    func testAgreesWithHrefOnRandomPaths() {
        let pieces = ["a", "Z", "0", "-", ".", "_", "~", "/", "#", " ", "%", "?", "서", "울", "ㄱ", "\u{301}", "😀", "\u{0}", "\u{7F}", "é", "\u{3000}", "\u{E000}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let path = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let link = Slug.pageHref(path)
            XCTAssertEqual(link.removingPercentEncoding, path, path.debugDescription)
            XCTAssertEqual(Slug.href(link.removingPercentEncoding!), Slug.href(path))
            XCTAssertTrue(link.unicodeScalars.allSatisfy { $0.isASCII ? Slug.href(String($0)) == String($0) || $0 == "%" : $0.properties.isAlphabetic }, path.debugDescription)
        }
    }
}

import Foundation
import XCTest
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenTemplates

/// cmark-gfm keeps process-wide state (its special-character table, its extension registry), so
/// renders that overlap in time can change each other's output. ThreadSanitizer cannot see that
/// inside the system library: only comparing outputs finds it.
final class CMarkConcurrencyTests: XCTestCase {
    /// Autolinks, a table and strikethrough: each needs its extension's special characters.
    static let markdown = """
    홍보홈페이지(http://seoul.remakecity.org) 운영, 문의 www.seoul.go.kr 및 ~~폐지~~ 사업

    | 구분 | 예산 |
    |---|---|
    | 운영 | 1,000 |

    참여 신청: https://example.org/apply?x=1 ~~마감~~
    """

    func testEveryConcurrentRenderEqualsTheSerialOne() {
        let expected = CMark.render(Self.markdown).markup
        XCTAssertTrue(expected.contains("<a href=\"http://seoul.remakecity.org\">"), expected)
        XCTAssertTrue(expected.contains("<del>폐지</del>"), expected)
        XCTAssertTrue(expected.contains("<table>"), expected)
        let rounds = 20_000
        let lock = NSLock()
        var differing = 0
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            var local = 0
            for _ in 0..<(rounds / 8) where CMark.render(Self.markdown).markup != expected {
                local += 1
            }
            lock.lock(); differing += local; lock.unlock()
        }
        XCTAssertEqual(differing, 0, "\(differing) of \(rounds) concurrent renders differed from the serial render")
    }
}

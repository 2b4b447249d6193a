import XCTest
@testable import SitegenText
@testable import SitegenContent

/// A key written twice in release.yml (an editor adding `notes:` below an existing one) is named
/// with the line of the second one, in one line, as the serve overlay and `build` show it.
final class DuplicateKeyTests: XCTestCase {
    func testDuplicatedKeyGivesTheLineOfItsRepetition() {
        let yaml = "title: 보고\nissuer: 시민협력국\ndate: 2022-03\nnotes: \"하나\"\nnotes: \"둘\"\n"
        XCTAssertThrowsError(try ReleaseMetadataParser.parse(yaml, file: "release.yml")) { error in
            let error = error as? SitegenError
            XCTAssertEqual(error?.line, 5)
            XCTAssertEqual(error?.message, "not valid YAML: a key given twice: 'notes'")
        }
    }
}

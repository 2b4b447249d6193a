import Foundation
@testable import SitegenTemplates
import XCTest

/// A table download's JSON is written by `PrettyJSON`; it must stay what `JSONEncoder` wrote
/// for the rows as `[[String: String]]` (each row's columns zipped with the header).
final class TableDownloadTests: XCTestCase {
    private func encoders(header: [String], rows: [[String]]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let objects = rows.map { row in Dictionary(uniqueKeysWithValues: zip(header, row)) }
        return String(decoding: try encoder.encode(objects), as: UTF8.self) + "\n"
    }

    private func json(header: [String], rows: [[String]]) -> String {
        let files = TableDownload(name: "t", header: header, rows: rows).files(pagePath: "p/")
        XCTAssertEqual(files.map(\.path), ["p/t.csv", "p/t.json"])
        return String(decoding: files[1].bytes, as: UTF8.self)
    }

    func testRowsAreWhatJSONEncoderWrites() throws {
        let headers = [["부서", "정원", "현원", "원문 행"],
                       ["보고서", "보고 시기", "기준일", "부서", "표", "사업명", "예산현액", "원인행위", "지출(집행액)", "집행률", "원문 행"],
                       ["번호", "종류", "부서", "처리 상황", "인쇄된 처리 상황", "원문 행", "요구 내용"],
                       ["a", "B", "b2", "b10", "A1", "_x", "Z", "é", "e", "10", "9", "가", "ㄱ", "Ａ"]]
        let cells = ["", "1,234", "서울혁신파크 / 운영", "a\"b\\c", "tab\there", "line\nbreak", "\u{1}ctl", "\u{8}\u{C}", "△37.2", "https://x.org/a/b", "</script>\u{2028}"]
        var generator = SystemRandomNumberGenerator()
        for header in headers {
            for _ in 0..<30 {
                let rows = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                    (0..<Int.random(in: 1...header.count, using: &generator)).map { _ in cells.randomElement(using: &generator)! }
                }
                XCTAssertEqual(json(header: header, rows: rows), try encoders(header: header, rows: rows))
            }
        }
    }

    /// No rows, an empty row, no header, and a name given twice past where every row ends.
    func testEmptyAndShortRowsAreWhatJSONEncoderWrites() throws {
        for (header, rows) in [(["a"], []), (["a", "b"], [[], ["x"]]), ([], [["x", "y"]]), (["a", "b", "a"], [["1", "2"], ["3"]])] as [([String], [[String]])] {
            XCTAssertEqual(json(header: header, rows: rows), try encoders(header: header, rows: rows), "\(header) \(rows)")
        }
    }

    func testDistinctNamesAreToldAsASetTellsThem() {
        var generator = SystemRandomNumberGenerator()
        let names = ["a", "b", "가", "e\u{301}", "\u{E9}", ""]
        for _ in 0..<2_000 {
            let header = (0..<Int.random(in: 0...40, using: &generator)).map { _ in names.randomElement(using: &generator)! + String(Int.random(in: 0...30, using: &generator)) }
            XCTAssertEqual(TableDownload.hasDistinctNames(header), Set(header).count == header.count, header.description)
        }
    }
}

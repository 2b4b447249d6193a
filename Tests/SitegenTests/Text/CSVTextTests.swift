import XCTest
@testable import SitegenText

/// RFC 4180: quote a field holding a quote, a comma, CR or LF, and double its quotes.
final class CSVTextTests: XCTestCase {
    func testPlainFieldsAreNotQuoted() {
        XCTAssertEqual(CSVText.make(header: ["구분", "예산"], rows: [["서울혁신파크 운영", "6448435000"], ["", "-37"]]),
                       "구분,예산\n서울혁신파크 운영,6448435000\n,-37\n")
    }

    func testFieldsWithQuotesCommasAndLineBreaksAreQuoted() {
        let csv = CSVText.make(header: ["a"], rows: [["say \"hi\""], ["1,000"], ["two\nlines"], ["cr\r"], ["crlf\r\nend"]])
        XCTAssertEqual(csv, "a\n\"say \"\"hi\"\"\"\n\"1,000\"\n\"two\nlines\"\n\"cr\r\"\n\"crlf\r\nend\"\n")
    }

    func testEmptyHeaderFieldsStillSeparateRecords() {
        XCTAssertEqual(CSVText.make(header: [""], rows: [[""], ["x"]]), "\n\nx\n")
    }
}

import SitegenText
import SitegenContent
import XCTest

/// Reports of hostile size are read as correctly as small ones (their speed is measured by
/// `scripts/hostile-parse`, never here).
final class HostileSizeTests: XCTestCase {
    private let id = "2022-07-citizen-cooperation-bureau"
    private let sentence = "혁신파크 입주기관과 함께 지역 주민이 참여하는 공유 공간을 운영하고 시설물을 점검하여 안전사고를 예방하며 "

    /// About `bytes` of PDF text wrapped at 40 characters: no blank line, no list mark.
    private func paragraph(bytes: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var total = 0
        for word in String(repeating: sentence, count: bytes / sentence.utf8.count + 1).split(separator: " ") {
            line += line.isEmpty ? String(word) : " " + word
            if line.count >= 40 {
                lines.append(line)
                total += line.utf8.count + 1
                line = ""
                if total >= bytes { break }
            }
        }
        return lines
    }

    /// The report with `inserted` after line 1092 (`－ 수탁기관 : ㈜이퓨앤파트너스 컨소시엄`), in the
    /// body of item 3-2 `서울혁신파크 운영․관리` (line 1081).
    private func report(inserting inserted: [String]) -> (plain: Report, hostile: Report) {
        let lines = RealReports.text(id).components(separatedBy: "\n")
        XCTAssertTrue(lines[1091].contains("이퓨앤파트너스"), "line 1092 of the report")
        let hostile = (lines[..<1092] + inserted + lines[1092...]).joined(separator: "\n")
        return (RealReports.report(id), ReportParser(releaseYear: 2022).parse(hostile))
    }

    func testA200kBWrappedParagraphStaysInItsWorkItem() throws {
        let lines = paragraph(bytes: 200_000)
        XCTAssertGreaterThan(lines.joined(separator: "\n").utf8.count, 199_000)
        let inserted = [""] + lines + [""]
        let (plain, hostile) = report(inserting: inserted)
        XCTAssertEqual(hostile.workItems.map(\.number), plain.workItems.map(\.number))
        XCTAssertEqual(hostile.workItems.map(\.title), plain.workItems.map(\.title))
        let before = try XCTUnwrap(plain.workItems.first { $0.number == "3-2" })
        let item = try XCTUnwrap(hostile.workItems.first { $0.number == "3-2" })
        XCTAssertEqual(item.title, "서울혁신파크 운영․관리")
        XCTAssertEqual(item.firstLine, 1081)
        XCTAssertEqual(item.body.count, before.body.count + inserted.count)
        let start = try XCTUnwrap(item.body.firstIndex { $0.contains("이퓨앤파트너스") }) + 1
        XCTAssertEqual(Array(item.body[start..<(start + inserted.count)]), inserted)
        // Every later line moved down by the paragraph; nothing else changed.
        XCTAssertEqual(hostile.budgetTables.map(\.firstLine), plain.budgetTables.map { $0.firstLine + ($0.firstLine > 1092 ? inserted.count : 0) })
        XCTAssertEqual(hostile.budgetTables.flatMap(\.lines).map(\.label), plain.budgetTables.flatMap(\.lines).map(\.label))
        XCTAssertEqual(hostile.findings.map(\.kind), plain.findings.map(\.kind))
        // The wrapped lines read back as one paragraph of the item's text.
        let markdown = NarrativeMarkdown().markdown(body: item.body, firstLine: item.firstLine + 1)
        XCTAssertTrue(markdown.contains("\n\n" + lines.joined(separator: " ") + "\n\n"), "one paragraph, its lines joined by spaces")
    }

    func testA200kBSingleLineStaysInItsWorkItem() throws {
        let line = paragraph(bytes: 200_000).joined(separator: " ")
        let (plain, hostile) = report(inserting: ["", line, ""])
        XCTAssertEqual(hostile.workItems.map(\.title), plain.workItems.map(\.title))
        let item = try XCTUnwrap(hostile.workItems.first { $0.number == "3-2" })
        XCTAssertTrue(item.body.contains(line))
        XCTAssertEqual(hostile.budgetTables.flatMap(\.lines).map(\.label), plain.budgetTables.flatMap(\.lines).map(\.label))
        let markdown = NarrativeMarkdown().markdown(body: item.body, firstLine: item.firstLine + 1)
        XCTAssertTrue(markdown.contains("\n\n" + line + "\n\n"))
    }
}

import XCTest
@testable import SitegenText
@testable import SitegenContent

/// The line tests read on bytes against the `Character` readings they replace.
final class LineShapeBytesTests: XCTestCase {
    private let pieces = [" ", "  ", "|", "\t", "\u{301}", "\u{600}", "a", "가", "#", "\u{E000}", "\u{3000}", "Ⅲ", "I", "V", ".", "1",
                          "\u{200D}", "\r", "ｌ", "\u{A0}"]

    func testPipeRowTabSplitAndLeadAgreeWithCharacters() {
        var generator = SystemRandomNumberGenerator()
        let fixed = ["| a |", "|", "||", "|||", "a|", "|a", " | 구 분 | 2022 | ", "|---|:--|", "  |", " \u{301}|", "|\u{301}", "\u{600}|", "a|b", "", "   ", "a\tb\t\tc\t", "\t", "Ⅲ. 주요업무", " # Ⅳ. 예산"]
        for text in fixed + (0..<30_000).map({ _ in (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }) {
            let line = SourceLine(number: 1, text: text)
            let shown = text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
            XCTAssertEqual(LineShape.isPipeRow(line), text.drop(while: { $0 == " " }).first == "|", shown)
            XCTAssertEqual(LineShape.tabSplit(text).map { Array($0.utf8) },
                           text.split(separator: "\t", omittingEmptySubsequences: false).map { Array($0.utf8) }, shown)
            var body = Substring(text.trimmedAll)
            if body.first == "|" { body = body.dropFirst() }
            if body.last == "|" { body = body.dropLast() }
            XCTAssertEqual(PipeSplit.cells(text.trimmedAll).map { Array($0.utf8) },
                           body.split(separator: "|", omittingEmptySubsequences: false).map { Array($0.utf8) }, shown)
            let lead = text.unicodeScalars.first { !$0.properties.isWhitespace && $0 != "#" && !LineShape.isPrivateUse($0) }
            let isRoman = lead.map { "ⅠⅡⅢⅣⅤⅥIV".unicodeScalars.contains($0) } ?? false
            if !isRoman { XCTAssertNil(ReportSections.romanHeading(line), shown) }
        }
        XCTAssertEqual(ReportSections.romanHeading(SourceLine(number: 1, text: " \u{E000} # Ⅲ. 주요업무 보고")), 3)
    }
}

import XCTest
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenCorpus

/// Random documents mixing real report lines with numbers, tables, headers and headings.
struct FuzzDocumentGenerator {
    private static let realLines: [String] = RealReports.ids.flatMap { SourceLine.lines(of: RealReports.text($0)).map(\.text) }

    private static let words = ["서울혁신파크", "운영", "시민참여", "활성화", "추진", "기본경비", "지원", "사업", "시 민 참 여 과",
                                "갈등관리협치과", "합 계", "계", "소계", "사업예산(계)", "기본경비(인권담당관)", "NPO지원센터",
                                "청년", "공간", "(시민참여)", "「민주주의 서울」", "·", "예산현액", "집행액", "원인행위", "지출"]
    private static let headers = ["사업명 예산현액", "집행액 집행률 ’18년말 집행예상액", "원인행위 지출액 원인행위 지출액 예상액 집행률",
                                  "구 분 예산현액 원인행위 지출 원인행위율 집행률", "(단위 : 천원)", "(단위 : 백만원, ’22.7.1.기준)",
                                  "※ 예산집행 현황 (단위 : 천원, ’18.6.30. 기준)", "구 분 2022년(A) 2021년 본예산 최종예산(B) 증 감 (A-B) 증감률",
                                  "구    분", "예산편성액", "(당초예산)", "집행잔액", "(B/A)", "2022 예산 집행 현황", "별 첨 1"]
    private static let structure = ["Ⅰ. 일 반 현 황", "Ⅱ. 정책목표", "Ⅲ. 주요업무 추진계획", "IV. 2022 세부사업별 예산 현황",
                                    "1. 시민이 주체가 되는 사회혁신 추진", "# 2. 지역사회", "1  서울혁신파크 운영", "2 갈등 예방",
                                    "3", "4|국내외 교류협력", "5ㅣ기부", "1] 갈등", "① 안전하고 쾌적한 환경", "안전하고 쾌적한 환경",
                                    "2017 행정사무감사 처리결과 보고서", "구 분 계 완 료 추진중 검토중 미반영", "계 76 50 25 1 0",
                                    "건 의 사 항 9 5 3 1 0", "○요구 사항을 검토할 것.", "(청년정책담당관)", "(사회혁신담당관,",
                                    "청년정책담당관)", "□ 추진상황 : 추진중", "□ 추진상황 : 완료", "□ 추진상황 : 보류",
                                    "건 의 사 항", "기 타 사 항", "정 원 112 27 22", "현 원 102 25", "시 민 참 여 과 23/23 1/1",
                                    "| 구분 | 정원 | 현원 |", "부서별 주요업무", "○ 시민참여 제도적 기반 조성", "---", "|---|---|"]

    private var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
    private mutating func chance(_ percent: UInt64) -> Bool { rng.next() % 100 < percent }
    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }

    private mutating func number() -> String {
        let value = int(0...2_000_000_000) >> int(0...30)
        var digits = String(value)
        switch int(0...9) {
        case 0: return "\(int(0...150)).\(int(0...9))%"
        case 1: return "\(int(0...100))%"
        case 2: return "△" + digits.grouped
        case 3: return "\(int(0...100)).\(int(10...99))"
        case 4: return pick(["-", "_", "－", "0"])
        case 5:  // malformed: a bad comma, two cells run together
            digits.insert(",", at: digits.index(digits.startIndex, offsetBy: int(0...digits.count)))
            return chance(50) ? digits : "\(int(0...100))%" + digits.grouped
        default: return digits.grouped
        }
    }

    private mutating func label() -> String {
        (0..<int(1...4)).map { _ in pick(Self.words) }.joined(separator: " ")
    }

    private mutating func line() -> [String] {
        switch int(0...11) {
        case 0, 1: return [pick(Self.realLines)]
        case 2:  // a run of consecutive real lines
            let start = int(0...(Self.realLines.count - 1))
            return Array(Self.realLines[start..<min(Self.realLines.count, start + int(2...25))])
        case 3, 4: return [label() + " " + (0..<int(0...8)).map { _ in number() }.joined(separator: " ")]
        case 5: return [([label()] + (0..<int(0...8)).map { _ in number() }).joined(separator: "\t") + (chance(30) ? "\t" : "")]
        case 6: return ["| " + ([label()] + (0..<int(0...7)).map { _ in number() }).joined(separator: " | ") + (chance(70) ? " |" : "")]
        case 7: return [pick(Self.headers)]
        case 8: return [pick(Self.structure)]
        case 9: return [""]
        case 10: return [(0..<int(1...10)).map { _ in chance(50) ? number() : pick(Self.words) }.joined(separator: pick([" ", "\t", " | ", "  "]))]
        default:  // a small table: header, unit, rows with random widths
            var table = [pick(Self.headers), pick(["(단위 : 천원)", "(단위:백만원)", ""])]
            for _ in 0..<int(1...6) {
                if chance(20) { table.append(label()) }
                table.append(label() + " " + (0..<int(2...7)).map { _ in number() }.joined(separator: " "))
            }
            return table
        }
    }

    mutating func document() -> String {
        var lines: [String] = []
        for _ in 0..<int(1...60) { lines += line() }
        let separator = pick(["\n", "\n", "\r\n", "\r"])
        return lines.joined(separator: separator) + (chance(50) ? separator : "")
    }
}

/// The parser must never crash on any document, and every line number it reports must point
/// into the text; the decoder must never crash on any bytes.
final class ParserFuzzTests: XCTestCase {
    func testRandomDocumentsNeverCrashAndStayInRange() {
        var fuzz = FuzzDocumentGenerator(seed: 0x5EED_2022_0307)
        var seen = (tables: 0, lines: 0, findings: 0, items: 0, audits: 0, staffing: 0)
        defer {
            // The documents must reach every part of the parser, or the test proves nothing.
            XCTAssertGreaterThan(seen.tables, 0, "no budget table in any document")
            XCTAssertGreaterThan(seen.lines, 0, "no budget line in any document")
            XCTAssertGreaterThan(seen.findings, 0, "no finding in any document")
            XCTAssertGreaterThan(seen.items, 0, "no work item in any document")
            XCTAssertGreaterThan(seen.audits, 0, "no audit item in any document")
            XCTAssertGreaterThan(seen.staffing, 0, "no staffing row in any document")
        }
        for index in 0..<300 {
            let text = fuzz.document()
            let lineCount = SourceLine.lines(of: text).count
            let report = ReportParser(releaseYear: 2018 + index % 5).parse(text)
            seen.tables += report.budgetTables.count
            seen.lines += report.budgetLines.count
            seen.findings += report.findings.count
            seen.items += report.workItems.count
            seen.audits += report.audit?.items.count ?? 0
            seen.staffing += report.staffing.count
            let context = "document \(index) (\(lineCount) lines)"
            guard lineCount > 0 else { continue }
            let range = 1...lineCount
            for finding in report.findings {
                XCTAssertTrue(range.contains(finding.line), "\(context): finding at \(finding.line): \(finding.message)")
                XCTAssertFalse(finding.message.isEmpty, context)
            }
            for table in report.budgetTables {
                XCTAssertTrue(range.contains(table.firstLine) && range.contains(table.lastLine) && table.firstLine <= table.lastLine,
                              "\(context): table \(table.firstLine)–\(table.lastLine)")
                for line in table.lines {
                    XCTAssertTrue(range.contains(line.firstLine) && range.contains(line.lastLine) && line.firstLine <= line.lastLine,
                                  "\(context): budget line \(line.firstLine)–\(line.lastLine) ‘\(line.label)’")
                }
            }
            for item in report.workItems {
                XCTAssertTrue(range.contains(item.firstLine) && range.contains(item.lastLine) && item.firstLine <= item.lastLine,
                              "\(context): item \(item.number) \(item.firstLine)–\(item.lastLine)")
            }
            for row in report.staffing {
                XCTAssertTrue(range.contains(row.sourceLine), "\(context): staffing row at \(row.sourceLine)")
            }
            for revenue in report.revenue {
                for row in revenue.rows { XCTAssertTrue(range.contains(row.sourceLine), "\(context): revenue row at \(row.sourceLine)") }
            }
            if let audit = report.audit {
                XCTAssertTrue(range.contains(audit.firstLine), "\(context): audit at \(audit.firstLine)")
                for item in audit.items { XCTAssertTrue(range.contains(item.sourceLine), "\(context): audit item at \(item.sourceLine)") }
            }
        }
    }

    /// The decoder must either return text or throw a `SitegenError` with a line in the file.
    func testRandomBytesNeverCrashTheDecoder() {
        var generator = SplitMix64(seed: 0xB17E5)
        let samples: [[UInt8]] = [Array("한국어 보고서\n".utf8), [0xC7, 0xD1, 0xB1, 0xB9], [0xEF, 0xBB, 0xBF], [0x0A], [0x00], [0xFF, 0xFE]]
        for index in 0..<500 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 12) {
                if generator.next() % 3 == 0 {
                    bytes += samples[Int(generator.next() % UInt64(samples.count))]
                } else {
                    bytes += (0..<Int(generator.next() % 16)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
                }
            }
            let lines = bytes.filter { $0 == 0x0A }.count + 1
            do {
                let decoded = try ReportTextDecoder.decode(bytes, file: "fuzz.txt")
                XCTAssertTrue(["UTF-8", "CP949"].contains(decoded.encoding), "sample \(index)")
                if decoded.encoding == "UTF-8" {
                    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
                    XCTAssertEqual(Array(decoded.text.utf8), body, "sample \(index): UTF-8 must be kept byte for byte")
                }
            } catch let error as SitegenError {
                XCTAssertEqual(error.file, "fuzz.txt")
                XCTAssertTrue((1...lines).contains(error.line ?? 0), "sample \(index): line \(String(describing: error.line)) of \(lines)")
            } catch {
                XCTFail("sample \(index): not a SitegenError: \(error)")
            }
        }
    }
}

private extension String {
    /// `1234567` → `1,234,567`.
    var grouped: String {
        var result = ""
        for (offset, character) in enumerated() {
            if offset > 0, (count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}

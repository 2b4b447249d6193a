import Foundation
@testable import SitegenCore
import XCTest

/// The build cache's binary form of a release model (`ModelCoding`) gives back the same model,
/// writes every field, and turns damaged bytes into a cache miss, never a crash.
final class ModelCodingTests: XCTestCase {
    private static let releases: [Release] = {
        (try? ContentLoader(contentDirectory: RealReports.contentFolder).loadReleases()) ?? []
    }()

    private func roundTrip(_ release: Release) throws -> Release {
        var writer = ModelWriter()
        writer.write(release)
        var reader = ModelReader(writer.bytes)
        let read = try Release(from: &reader)
        XCTAssertTrue(reader.isAtEnd)
        return read
    }

    func testTheFiveRealReleasesReadBackEqual() throws {
        XCTAssertEqual(Self.releases.count, 5)
        for release in Self.releases {
            XCTAssertEqual(try roundTrip(release), release, release.id)
        }
    }

    /// Every optional set and every collection filled, with extreme integers and text that is
    /// not ASCII, for the fields the real reports leave empty.
    func testEveryFieldSetReadsBackEqual() throws {
        let line = BudgetLine(label: "시민참여 예산 운영", kind: .program, department: "재정담당관",
                              amounts: [.budget: Int.max, .executed: Int.min, .committed: 0],
                              rates: [.rate: PrintedRate(scaled: -12345, decimals: 3), .committedRate: PrintedRate(scaled: 7, decimals: 0)],
                              unreadable: [.remaining, .change], firstLine: 10, lastLine: 12)
        let report = Report(
            departments: [Department(name: "재정담당관", printedForms: ["재정 담당관", "재정담당관"])],
            staffing: [StaffingRow(department: nil, printedLabel: "계", authorized: 12, current: nil, sourceLine: 3)],
            duties: [DepartmentDuties(department: "재정담당관", duties: ["예산 편성", ""], sourceLine: 4)],
            revenue: [RevenueTable(title: "세입", unit: .millionWon, asOf: "6월 말",
                                   rows: [.init(label: "과징금", budget: 5, priorBudget: nil, collected: -1, sourceLine: 8)], firstLine: 7)],
            budgetTables: [BudgetTable(title: "세출", unit: .thousandWon, asOf: nil, columns: ColumnRole.allCases,
                                       lines: [line], firstLine: 9, lastLine: 13, workItem: "1-2")],
            workItems: [WorkItem(number: "1", chapter: .init(number: 2, title: "Ⅱ. 주요업무"), title: "사업",
                                 body: ["가. 본문 ✓", "\u{0307}결합 문자"], firstLine: 20, lastLine: 30, department: "재정담당관")],
            audit: AuditReport(title: "행정사무감사", items: [
                AuditItem(number: 1, kind: .correction, departments: ["재정담당관", "총무과"], status: .inProgress,
                          printedStatus: "추진 중", demand: "요구", actions: ["조치 1", "조치 2"], sourceLine: 40),
            ], printedCounts: ["시정·처리요구사항": ["완료": 3, "추진중": 1], "건의사항": [:]], firstLine: 39),
            findings: [Finding(kind: .sumMismatch, line: 12, message: "합계가 맞지 않습니다")])
        let release = Release(id: "2030-01-x", metadata: ReleaseMetadata(title: "보고", issuer: "재정국", date: YearMonth(year: 2030, month: 1)!,
                                                                        kind: "업무보고", session: "제300회", committee: "기획경제위원회",
                                                                        sourceURL: "https://example.org/a?b=c", notes: "메모"),
                              source: SourceInfo(path: "releases/2030-01-x/report.txt", sha256: String(repeating: "0", count: 64),
                                                 byteCount: 1 << 40, lineCount: 0, encoding: "utf-8"),
                              report: report)
        XCTAssertEqual(try roundTrip(release), release)
    }

    /// A field added to a model but not to its `ModelCoding` would silently read back as its
    /// default: each type's stored properties are counted against the fields it writes.
    func testEveryStoredPropertyIsWritten() throws {
        let release = try XCTUnwrap(Self.releases.first { $0.report.audit != nil })
        let report = release.report
        let checks: [(Any, Int)] = [
            (release, Release.codedFields), (release.metadata, ReleaseMetadata.codedFields),
            (release.source, SourceInfo.codedFields), (report, Report.codedFields),
            (try XCTUnwrap(report.departments.first), Department.codedFields),
            (try XCTUnwrap(report.staffing.first), StaffingRow.codedFields),
            (try XCTUnwrap(report.duties.first), DepartmentDuties.codedFields),
            (RevenueTable(title: "", unit: .won, asOf: nil, rows: [], firstLine: 0), RevenueTable.codedFields),
            (RevenueTable.Row(label: "", budget: nil, priorBudget: nil, collected: nil, sourceLine: 0), RevenueTable.Row.codedFields),
            (try XCTUnwrap(report.budgetTables.first), BudgetTable.codedFields),
            (try XCTUnwrap(report.budgetLines.first), BudgetLine.codedFields),
            (PrintedRate(scaled: 1, decimals: 0), PrintedRate.codedFields),
            (try XCTUnwrap(report.workItems.first), WorkItem.codedFields),
            (try XCTUnwrap(report.audit), AuditReport.codedFields),
            (try XCTUnwrap(report.audit?.items.first), AuditItem.codedFields),
            (Finding(kind: .skippedRow, line: 1, message: ""), Finding.codedFields),
        ]
        for (value, fields) in checks {
            XCTAssertEqual(Mirror(reflecting: value).children.count, fields, "\(type(of: value))")
        }
        XCTAssertEqual(Mirror(reflecting: WorkItem.Chapter(number: 1, title: "")).children.count, 2)
    }

    /// Every cut of a real model's bytes, and bytes changed here and there, are refused or read
    /// as some model, never a trap: a damaged cache file is a miss.
    func testDamagedBytesAreRefusedNotTrapped() throws {
        let release = try XCTUnwrap(Self.releases.last)
        var writer = ModelWriter()
        writer.write(release)
        let bytes = writer.bytes
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 600)) {
            var reader = ModelReader(Array(bytes[..<length]))
            XCTAssertThrowsError(try Release(from: &reader), "cut at \(length)")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var damaged = bytes
            for _ in 0..<3 { damaged[Int.random(in: 0..<damaged.count, using: &generator)] = .random(in: 0...255, using: &generator) }
            var reader = ModelReader(damaged)
            _ = try? Release(from: &reader)
        }
        var huge = ModelReader([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01])
        XCTAssertThrowsError(try huge.strings(), "a count beyond the bytes left")
        var endless = ModelReader([UInt8](repeating: 0xFF, count: 20))
        XCTAssertThrowsError(try endless.int(), "a varint longer than 64 bits")
    }

    /// The cache stores and reads a model by its content key; bytes it cannot read are a miss.
    func testTheCacheReadsWhatItStoredAndMissesDamage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let cache = BuildCache(folder: folder, identity: "test 1")
        let release = try XCTUnwrap(Self.releases.first)
        XCTAssertNil(cache.model(for: "key"))
        cache.store(release, for: "key")
        XCTAssertEqual(cache.model(for: "key"), release)
        XCTAssertNil(BuildCache(folder: folder, identity: "test 2").model(for: "key"), "another sitegen's models are not read")
        let file = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("models").path).first)
        let url = folder.appendingPathComponent("models/\(file)")
        try Data(try Data(contentsOf: url) + [0]).write(to: url)
        XCTAssertNil(cache.model(for: "key"), "trailing bytes")
        try Data([1, 2, 3]).write(to: url)
        XCTAssertNil(cache.model(for: "key"), "a cut file")
    }
}

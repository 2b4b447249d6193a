import Foundation
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenBuild
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

    func testEveryFieldSetReadsBackEqual() throws {
        XCTAssertEqual(try roundTrip(SampleModels.everyFieldSet), SampleModels.everyFieldSet)
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
            (try XCTUnwrap(Day(year: 2022, month: 7, day: 1)), Day.codedFields),
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

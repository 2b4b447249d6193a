import Foundation
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenBuild
import XCTest

/// The build cache's binary form of a release model (`ModelEncoder`, `ModelDecoder`, through
/// the models' `Codable` conformances) gives back the same model, and turns damaged bytes into
/// a cache miss, never a crash.
final class ModelCodingTests: XCTestCase {
    private static let releases: [Release] = {
        (try? ContentLoader(contentDirectory: RealReports.contentFolder).loadReleases()) ?? []
    }()

    private func roundTrip<Value: Codable>(_ value: Value) throws -> Value {
        try ModelDecoder.decode(Value.self, from: try ModelEncoder.encode(value))
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

    /// Every kind of member the `Codable` containers offer, at its extremes, read back as written.
    private struct EveryKind: Codable, Equatable {
        var bool: Bool, string: String, double: Double, float: Float
        var int: Int, int8: Int8, int16: Int16, int32: Int32, int64: Int64
        var uint: UInt, uint8: UInt8, uint16: UInt16, uint32: UInt32, uint64: UInt64
        var optionalBool: Bool?, optionalString: String?, optionalInt: Int?, optionalUInt64: UInt64?, optionalDouble: Double?
        var optionalNested: [EveryKind]?
        var lists: [[Int8]], strings: [String], map: [String: [String: Int]]
    }

    func testEveryKindOfMemberReadsBackEqual() throws {
        let least = EveryKind(bool: false, string: "", double: -.infinity, float: .leastNonzeroMagnitude,
                              int: .min, int8: .min, int16: .min, int32: .min, int64: .min,
                              uint: .min, uint8: .min, uint16: .min, uint32: .min, uint64: .min,
                              optionalBool: nil, optionalString: nil, optionalInt: nil, optionalUInt64: nil, optionalDouble: nil,
                              optionalNested: nil, lists: [], strings: [], map: [:])
        let most = EveryKind(bool: true, string: "가\u{0}\u{301}", double: .greatestFiniteMagnitude, float: -.greatestFiniteMagnitude,
                             int: .max, int8: .max, int16: .max, int32: .max, int64: .max,
                             uint: .max, uint8: .max, uint16: .max, uint32: .max, uint64: .max,
                             optionalBool: false, optionalString: "", optionalInt: 0, optionalUInt64: .max, optionalDouble: -0.5,
                             optionalNested: [least, least], lists: [[], [1, -1], Array(repeating: 7, count: 300)],
                             strings: ["a", ""], map: ["b": ["y": 1, "x": -1], "a": [:]])
        XCTAssertEqual(try roundTrip(least), least)
        XCTAssertEqual(try roundTrip(most), most)
        XCTAssertEqual(try ModelEncoder.encode(most), try ModelEncoder.encode(most), "a map's keys in order")
    }

    /// A keyed container is read by position, without its keys: a map must have a compact form
    /// of its own (`ModelCoding`), and one that has none is refused when read, not misread.
    func testAMapWithoutACompactFormIsRefused() throws {
        let bytes = try ModelEncoder.encode(["a": [1, 2], "b": []])
        XCTAssertThrowsError(try ModelDecoder.decode([String: [Int]].self, from: bytes))
    }

    /// A row's roles are coded by their place: every role, and roles out of order or past the
    /// last, which are refused.
    func testARowsRolesReadBackByTheirPlace() throws {
        var every = RoleValues<Int>()
        for (position, role) in ColumnRole.allCases.enumerated() { every[role] = position - 7 }
        XCTAssertEqual(try roundTrip(every), every)
        XCTAssertEqual(try roundTrip(RoleValues<PrintedRate>()), RoleValues<PrintedRate>())
        for entries in [[3, 1], [1, 1], [ColumnRole.allCases.count]] {
            var writer = ModelWriter()
            writer.write(entries) { $0.write($1); $0.write(0) }
            XCTAssertThrowsError(try ModelDecoder.decode(RoleValues<Int>.self, from: writer.bytes), "\(entries)")
        }
    }

    /// Every cut of a real model's bytes, and bytes changed here and there, are refused or read
    /// as some model, never a trap: a damaged cache file is a miss.
    func testDamagedBytesAreRefusedNotTrapped() throws {
        let release = try XCTUnwrap(Self.releases.last)
        let bytes = try ModelEncoder.encode(release)
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 600)) {
            XCTAssertThrowsError(try ModelDecoder.decode(Release.self, from: Array(bytes[..<length])), "cut at \(length)")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var damaged = bytes
            for _ in 0..<3 { damaged[Int.random(in: 0..<damaged.count, using: &generator)] = .random(in: 0...255, using: &generator) }
            _ = try? ModelDecoder.decode(Release.self, from: damaged)
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

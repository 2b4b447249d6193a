import Foundation
import XCTest
@testable import SitegenText

/// The order of an object's keys is stated, not learnt: by their UTF-8 bytes. Foundation's
/// `JSONEncoder` (pretty, sorted keys) is the oracle that the statement is its order too, for
/// keys that sort differently by bytes, by Unicode scalars, by case, as numbers and as Hangul.
final class JSONKeyOrderTests: XCTestCase {
    static let keys = ["b", "B", "a", "A1", "a_b", "a-b", "a b", "_x", "~", "10", "9", "2", "가", "각", "ㄱ", "Ａ", "ｶ", "é", "e\u{301}",
                       "z", "\u{7F}", "\u{1}", "😀", "\u{FFFD}", "\u{E000}", "a\"q", "a\\b", "a/b", "", "원문 행", "원문행", "연말 집행예상액"]

    func testKeysAreInTheOrderOfTheirUTF8Bytes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let keys = Array(Self.keys.shuffled(using: &generator).prefix(Int.random(in: 0...Self.keys.count, using: &generator)))
            let ordered = JSONKeyOrder.layout(of: keys).order.map { keys[$0] }
            XCTAssertEqual(ordered.map { Array($0.utf8) }, keys.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) })
        }
    }

    /// The encoder's order, read from its output: each key's value is the key's position.
    func testTheOrderIsTheEncoders() throws {
        // Keys that are the same `String` (é and e + U+0301) are one dictionary key.
        let keys = Self.keys.filter { $0 != "e\u{301}" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })), as: UTF8.self)
        let theirs = text.split(separator: "\n").dropFirst().dropLast().map { line in
            keys[Int(line.split(separator: " ").last!.trimmingCharacters(in: CharacterSet(charactersIn: ",")))!]
        }
        XCTAssertEqual(JSONKeyOrder.layout(of: keys).order.map { keys[$0] }, theirs)
    }

    /// A layout's keys are JSON strings; the writer puts `" : "` (or `":"`, compact) after each.
    func testEachKeyIsWrittenAsAJSONString() {
        XCTAssertEqual(JSONKeyOrder.layout(of: ["a\"b", "가"]).names.map { String(decoding: $0, as: UTF8.self) }, [#""a\"b""#, #""가""#])
        var pretty = PrettyJSON(), compact = PrettyJSON(compact: true)
        pretty.object(["a\"b", "가"]) { json, member in json.int(member) }
        compact.object(["a\"b", "가"]) { json, member in json.int(member) }
        XCTAssertEqual(String(decoding: pretty.bytes, as: UTF8.self), "{\n  \"a\\\"b\" : 0,\n  \"가\" : 1\n}")
        XCTAssertEqual(String(decoding: compact.bytes, as: UTF8.self), #"{"a\"b":0,"가":1}"#)
    }
}

/// Every way of writing with `PrettyJSON` against `JSONEncoder` (pretty, sorted keys, slashes
/// unescaped) writing the same values.
final class PrettyJSONTests: XCTestCase {
    private func encoders<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func written(_ write: (inout PrettyJSON) throws -> Void) rethrows -> String {
        var json = PrettyJSON()
        try write(&json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    private struct Sample: Codable {
        var name: String
        var count: Int
        var flag: Bool
        var note: String?
        var list: [String]
        var nested: [Sample]
        var table: [String: [String: Int]]
        var empty: [Int]

        init(name: String, count: Int, flag: Bool, note: String?, list: [String], nested: [Sample], table: [String: [String: Int]], empty: [Int]) {
            (self.name, self.count, self.flag, self.note, self.list, self.nested, self.table, self.empty) = (name, count, flag, note, list, nested, table, empty)
        }
    }

    private static let sample = Sample(name: "서울 / \"인용\"", count: Int.min, flag: true, note: nil, list: ["", "a\nb", "\u{2028}<"],
                                       nested: [Sample(name: "안", count: 0, flag: false, note: "메모", list: [], nested: [], table: [:], empty: [])],
                                       table: ["10건": ["B": 1, "a": 2, "9": 3, "가": 4], "9건": [:]], empty: [])

    func testAnEncodableValueAsTheEncoderWritesIt() throws {
        XCTAssertEqual(try written { try $0.encode(Self.sample) }, try encoders(Self.sample))
        XCTAssertEqual(try written { try $0.encode([Self.sample, Self.sample]) }, try encoders([Self.sample, Self.sample]))
        XCTAssertEqual(try written { try $0.encode([String]()) }, try encoders([String]()))
        XCTAssertEqual(try written { try $0.encode([String: Int]()) }, try encoders([String: Int]()))
        XCTAssertEqual(try written { try $0.encode("a/b") }, try encoders("a/b"))
        XCTAssertEqual(try written { try $0.encode([[Int]]([[], [1, -2]])) }, try encoders([[Int]]([[], [1, -2]])))
    }

    func testFloatingPointNumbersAreRefused() {
        var json = PrettyJSON()
        XCTAssertThrowsError(try json.encode([1.5]))
    }

    /// The same sample written member by member.
    func testTheClosuresWriteWhatTheEncoderWrites() throws {
        func write(_ sample: Sample, _ json: inout PrettyJSON) {
            var members: [String] = ["name", "count", "flag", "list", "nested", "table", "empty"]
            if sample.note != nil { members.append("note") }
            json.object(members) { json, member in
                switch members[member] {
                case "name": json.string(sample.name)
                case "count": json.int(sample.count)
                case "flag": json.bool(sample.flag)
                case "note": json.string(sample.note!)
                case "list": json.strings(sample.list)
                case "nested": json.array(count: sample.nested.count) { json, i in write(sample.nested[i], &json) }
                case "table": json.dictionary(sample.table) { json, counts in json.dictionary(counts) { $0.int($1) } }
                default: json.array(count: sample.empty.count) { $0.int(sample.empty[$1]) }
                }
            }
        }
        XCTAssertEqual(written { write(Self.sample, &$0) }, try encoders(Self.sample))
        XCTAssertEqual(written { json in json.concurrentArray(count: 5_000, partSize: 7) { $0.int($1) } }, try encoders(Array(0..<5_000)))
    }
}

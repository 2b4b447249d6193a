/// The build cache's compact binary form: of a release model (`ModelEncoder`, `ModelDecoder`,
/// through the models' `Codable` conformances), of what a theme derives from one release
/// (`ReleaseMemo`), of the search's kept lists. The cache held JSON before:
/// decoding the 47 MB of models of a 600-release site through `JSONDecoder` took 1.3 s of a
/// 6 s incremental build (the `Codable` containers and the string-keyed amount dictionaries of
/// each budget line), and encoding them 5 % of a clean build. The public `data/releases/*.json`
/// stays JSON; this form is read only by the sitegen that wrote it (the cache key holds the
/// build identity), and anything it cannot read is a cache miss, never a crash.
///
/// Integers are zigzag LEB128, strings a byte count and UTF-8, optionals a 0/1 byte before
/// the value, arrays a count before the elements.
///
/// A value with a compact form of its own, which `ModelEncoder` and `ModelDecoder` use in
/// place of its `Codable` conformance: integers and strings (no container for them), maps
/// (their keys are data, which a keyed container there does not keep), and leaf values
/// whose form is shorter or quicker to read than their JSON text (`PrintedRate`'s two
/// integers). A new leaf type needs none: its `Codable` conformance serves.
package protocol ModelCoding {
    func write(to writer: inout ModelWriter)
    init(from reader: inout ModelReader) throws
}

extension Int: ModelCoding {
    package func write(to writer: inout ModelWriter) { writer.write(self) }
    package init(from reader: inout ModelReader) throws { self = try reader.int() }
}

extension String: ModelCoding {
    package func write(to writer: inout ModelWriter) { writer.write(self) }
    package init(from reader: inout ModelReader) throws { self = try reader.string() }
}

/// A map of strings: its count, then each key and value, keys in order (the same bytes from
/// run to run).
extension Dictionary: ModelCoding where Key == String, Value: ModelCoding {
    package func write(to writer: inout ModelWriter) {
        writer.write(keys.sorted()) { writer, key in
            writer.write(key)
            self[key]!.write(to: &writer)
        }
    }

    package init(from reader: inout ModelReader) throws {
        self.init()
        for (key, value) in try reader.array({ (try $0.string(), try Value(from: &$0)) }) { self[key] = value }
    }
}

/// Which of the types met so far have a compact form, asked of the runtime once a type (a cast
/// a value was a sixth of writing a model).
struct CompactForms {
    private var known: [ObjectIdentifier: (any ModelCoding.Type)?] = [:]

    mutating func of<Value>(_ type: Value.Type) -> (any ModelCoding.Type)? {
        let key = ObjectIdentifier(type)
        if let form = known[key] { return form }
        let form = type as? any ModelCoding.Type
        known[key] = form
        return form
    }
}

/// `value` as the type it is, `Same` (which the caller has made sure of), without a runtime cast.
@inline(__always)
func identical<Value, Same>(_ value: Value, as type: Same.Type) -> Same {
    assert(Value.self == Same.self)
    return unsafeBitCast(value, to: Same.self)
}

public struct ModelWriter {
    public internal(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func write(_ value: Int) {
        var zigzag = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while zigzag >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: zigzag) | 0x80)
            zigzag >>= 7
        }
        bytes.append(UInt8(zigzag))
    }

    public mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func write<Value: RawRepresentable>(_ value: Value) where Value.RawValue == String {
        write(value.rawValue)
    }

    public mutating func write<Value>(_ value: Value?, _ each: (inout ModelWriter, Value) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        each(&self, value)
    }

    public mutating func write<Element>(_ values: [Element], _ each: (inout ModelWriter, Element) -> Void) {
        write(values.count)
        for value in values { each(&self, value) }
    }

    /// Bytes as they are, after their count.
    public mutating func write(bytes value: [UInt8]) {
        write(value.count)
        bytes += value
    }

    /// Room for a count not known yet (an array's, before its elements): five bytes, which
    /// `fill` makes a count that LEB128 reads as any other.
    mutating func countSlot() -> Int {
        bytes += [0x80, 0x80, 0x80, 0x80, 0x00]
        return bytes.count - 5
    }

    mutating func fill(_ slot: Int, with count: Int) {
        var zigzag = UInt64(count) << 1
        for position in slot..<slot + 4 {
            bytes[position] = UInt8(truncatingIfNeeded: zigzag) | 0x80
            zigzag >>= 7
        }
        bytes[slot + 4] = UInt8(truncatingIfNeeded: zigzag)
    }
}

public struct ModelReader {
    /// The bytes end early or hold something the writer never writes.
    public struct Malformed: Error {
        public init() {}
    }

    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var isAtEnd: Bool { position == bytes.count }

    public mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position]
    }

    public mutating func int() throws -> Int {
        var zigzag: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try byte()
            guard shift < 64 else { throw Malformed() }
            zigzag |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    public mutating func string() throws -> String {
        let count = try count()
        defer { position += count }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[position..<position + count]), as: UTF8.self)
        }
    }

    /// Bytes written by `write(bytes:)`.
    public mutating func byteArray() throws -> [UInt8] {
        let count = try count()
        defer { position += count }
        return Array(bytes[position..<position + count])
    }

    public mutating func value<Value: RawRepresentable>(_ type: Value.Type = Value.self) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: try string()) else { throw Malformed() }
        return value
    }

    /// A count of bytes or elements: each takes at least one byte, so a count beyond the
    /// bytes left is corrupt.
    package mutating func count() throws -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        return count
    }

    public mutating func optional<Value>(_ each: (inout ModelReader) throws -> Value) throws -> Value? {
        switch try byte() {
        case 0: return nil
        case 1: return try each(&self)
        default: throw Malformed()
        }
    }

    public mutating func array<Element>(_ each: (inout ModelReader) throws -> Element) throws -> [Element] {
        let count = try count()
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try each(&self)) }
        return values
    }

    public mutating func strings() throws -> [String] { try array { try $0.string() } }
}

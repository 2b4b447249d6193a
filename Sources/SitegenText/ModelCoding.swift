/// The build cache's compact binary form of a release model (and of what a theme derives from
/// one release: `ReleaseMemo`). The cache held JSON before:
/// decoding the 47 MB of models of a 600-release site through `JSONDecoder` took 1.3 s of a
/// 6 s incremental build (the `Codable` containers and the string-keyed amount dictionaries of
/// each budget line), and encoding them 5 % of a clean build. The public `data/releases/*.json`
/// stays JSON; this form is read only by the sitegen that wrote it (the cache key holds the
/// build identity), and anything it cannot read is a cache miss, never a crash.
///
/// Integers are zigzag LEB128, strings a byte count and UTF-8, optionals a 0/1 byte before
/// the value, arrays a count before the elements, enums their raw value.
package protocol ModelCoding {
    func write(to writer: inout ModelWriter)
    init(from reader: inout ModelReader) throws
}

public struct ModelWriter {
    public private(set) var bytes: [UInt8] = []

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

    package mutating func write<Value: ModelCoding>(_ value: Value) {
        value.write(to: &self)
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

    public mutating func write(_ value: String?) { write(value) { $0.write($1) } }
    public mutating func write(_ value: Int?) { write(value) { $0.write($1) } }
    public mutating func write(_ values: [String]) { write(values) { $0.write($1) } }
    package mutating func write<Value: ModelCoding>(_ values: [Value]) { write(values) { $0.write($1) } }
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

    package mutating func value<Value: ModelCoding>(_ type: Value.Type = Value.self) throws -> Value {
        try Value(from: &self)
    }

    /// A count of bytes or elements: each takes at least one byte, so a count beyond the
    /// bytes left is corrupt.
    private mutating func count() throws -> Int {
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

    public mutating func optionalString() throws -> String? { try optional { try $0.string() } }
    public mutating func optionalInt() throws -> Int? { try optional { try $0.int() } }
    public mutating func strings() throws -> [String] { try array { try $0.string() } }
    package mutating func values<Value: ModelCoding>(_ type: Value.Type = Value.self) throws -> [Value] {
        try array { try Value(from: &$0) }
    }
}

/// Reads what `ModelWriter` wrote; bytes it cannot read throw `Malformed`, never trap.
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

    /// A count of bytes or elements: each takes at least one byte, so a count beyond the
    /// bytes left is corrupt.
    package mutating func count() throws -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        return count
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

/// The other values a `Codable` conformance can ask for (`ModelDecoder`).
extension ModelReader {
    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Malformed()
        }
    }

    mutating func double() throws -> Double { Double(bitPattern: UInt64(UInt(bitPattern: try int()))) }

    mutating func float() throws -> Float {
        guard let bits = UInt32(exactly: try int()) else { throw Malformed() }
        return Float(bitPattern: bits)
    }

    mutating func integer<Integer: FixedWidthInteger>(_ type: Integer.Type = Integer.self) throws -> Integer {
        let value = try int()
        let integer = Integer(truncatingIfNeeded: value)
        guard Int(truncatingIfNeeded: integer) == value else { throw Malformed() }
        return integer
    }

    /// Whether an optional member is there (its 0/1 byte).
    mutating func isPresent() throws -> Bool { try bool() }
}

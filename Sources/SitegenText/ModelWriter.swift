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
/// the value, arrays a count before the elements. `ModelReader` reads it back.
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

/// The other values a `Codable` conformance can give (`ModelEncoder`).
extension ModelWriter {
    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }
    mutating func write(_ value: Double) { write(Int(bitPattern: UInt(value.bitPattern))) }
    mutating func write(_ value: Float) { write(Int(value.bitPattern)) }
    mutating func write<Integer: FixedWidthInteger>(integer value: Integer) { write(Int(truncatingIfNeeded: value)) }
}

import SitegenText

/// Lines of text held as one UTF-8 buffer and where each line ends, not as an array of
/// strings: a work item's body is the largest part of a release's model, and as strings its
/// lines cost about twice their bytes (a heap object for each line longer than a small
/// string's 15 bytes: 371 of the 661 body lines of a release of the 600-release corpus).
public struct PackedLines: Equatable, Sendable {
    private var utf8: [UInt8] = []
    private var ends: [UInt32] = []

    public init(_ lines: [String]) {
        utf8.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count })
        ends.reserveCapacity(lines.count)
        for line in lines {
            utf8 += line.utf8
            precondition(utf8.count <= UInt32.max, "lines of at most 4 GB")
            ends.append(UInt32(utf8.count))
        }
    }

    /// The lines as strings, as they were given.
    public var strings: [String] {
        var start = 0
        return ends.map { end in
            defer { start = Int(end) }
            return String(decoding: utf8[start..<Int(end)], as: UTF8.self)
        }
    }
}

/// Coded as the list of its lines (the release's JSON); in the build cache's binary form as its
/// buffer and line ends, so that reading a model back makes no string of a body.
extension PackedLines: Codable, ModelCoding {
    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        var lines: [String] = []
        while !container.isAtEnd { lines.append(try container.decode(String.self)) }
        self.init(lines)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        for line in strings { try container.encode(line) }
    }

    package func write(to writer: inout ModelWriter) {
        writer.write(bytes: utf8)
        writer.write(ends) { $0.write(Int($1)) }
    }

    package init(from reader: inout ModelReader) throws {
        utf8 = try reader.byteArray()
        ends = try reader.array { UInt32(truncatingIfNeeded: try $0.int()) }
        guard zip([0] + ends, ends).allSatisfy({ $0 <= $1 }), Int(ends.last ?? 0) == utf8.count else { throw ModelReader.Malformed() }
    }
}

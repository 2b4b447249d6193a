import SitegenText

/// Ascending passage ids, kept as differences in LEB128 (seven bits a byte): the search
/// index's 7.6 million ids at 600 releases take about 10 MB this way, instead of 43 MB as
/// arrays of `Int32`.
struct SearchIdList {
    private(set) var count = 0
    private(set) var last: Int32 = 0
    private var bytes: [UInt8] = []

    /// Adds an id greater than every id so far.
    mutating func append(_ id: Int32) {
        precondition(count == 0 || id > last, "ids are added in ascending order")
        Self.write(UInt32(id - (count == 0 ? 0 : last)), to: &bytes)
        count += 1
        last = id
    }

    /// Adds a list whose ids are all greater than this one's.
    mutating func append(contentsOf other: SearchIdList) {
        guard other.count > 0 else { return }
        guard count > 0 else { self = other; return }
        var position = other.bytes.startIndex
        let first = Int32(Self.read(other.bytes, at: &position))
        precondition(first > last, "ids are added in ascending order")
        Self.write(UInt32(first - last), to: &bytes)
        bytes += other.bytes[position...]
        count += other.count
        last = other.last
    }

    /// The same list holding no spare capacity.
    func compacted() -> SearchIdList {
        var copy = self
        copy.bytes = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: bytes)
        }
        return copy
    }

    var ids: [Int32] {
        var cursor = Cursor()
        return ids(from: &cursor, count: count)
    }

    /// A place in the list: the byte that starts the next id, and the id before it.
    struct Cursor {
        var position = 0
        var previous: Int32 = 0
    }

    /// The next `count` ids (or those left) from `cursor`, which is moved past them: one page
    /// of the list is read without the ids before it.
    func ids(from cursor: inout Cursor, count: Int) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(count)
        while result.count < count, cursor.position < bytes.endIndex {
            cursor.previous += Int32(Self.read(bytes, at: &cursor.position))
            result.append(cursor.previous)
        }
        return result
    }

    private static func write(_ value: UInt32, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func read(_ bytes: [UInt8], at position: inout Int) -> UInt32 {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        while true {
            let byte = bytes[position]
            position += 1
            value |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}

extension SearchIdList {
    /// The first id, if any.
    var first: Int32? {
        var position = 0
        return count == 0 ? nil : Int32(truncatingIfNeeded: Self.read(bytes, at: &position))
    }

    /// The ids below `bound`, as a list of their own (read up to the first that is not).
    func prefix(below bound: Int32) -> SearchIdList {
        guard count > 0, last >= bound else { return self }
        var result = SearchIdList()
        var position = 0
        var id: Int32 = 0
        while position < bytes.endIndex {
            var next = position
            let candidate = id + Int32(truncatingIfNeeded: Self.read(bytes, at: &next))
            guard candidate < bound else { break }
            (position, id) = (next, candidate)
            result.count += 1
        }
        result.bytes = Array(bytes[..<position])
        result.last = id
        return result
    }

    /// The list for the build cache: its count, last id and bytes.
    func write(to writer: inout ModelWriter) {
        writer.write(count)
        writer.write(Int(last))
        writer.write(bytes: bytes)
    }

    /// A list as `write` wrote it, its ids read through to check that they ascend, that
    /// there are `count` of them and that the last is `last`; throws otherwise.
    init(from reader: inout ModelReader) throws {
        let count = try reader.int()
        let last = try reader.int()
        let bytes = try reader.byteArray()
        var position = 0, read = 0
        var id: Int64 = -1
        while position < bytes.endIndex {
            var value: UInt64 = 0, shift: UInt64 = 0
            while true {
                guard position < bytes.endIndex, shift < 35 else { throw ModelReader.Malformed() }
                let byte = bytes[position]
                position += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            guard read == 0 || value > 0 else { throw ModelReader.Malformed() }
            id = (read == 0 ? 0 : id) + Int64(value)
            read += 1
        }
        guard count > 0, read == count, id == Int64(last), id <= Int64(Int32.max) else { throw ModelReader.Malformed() }
        self.count = count
        self.last = Int32(last)
        self.bytes = bytes
    }

    /// Adds `id` unless it is the last id already (a passage holds a piece more than once).
    mutating func appendOnce(_ id: Int32) {
        if count == 0 || last != id { append(id) }
    }
}

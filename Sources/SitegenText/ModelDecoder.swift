/// Reads a value that `ModelEncoder` wrote, through its `Decodable` conformance: the members of
/// a keyed container by position, in the order the type asks for them. Bytes that do not make
/// the value throw (`ModelReader.Malformed`, or the type's own error), never trap.
package struct ModelDecoder {
    package static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        let decoder = ModelBinaryDecoder(bytes)
        let value = try decoder.read(Value.self)
        // A type that asked for its keys is a map without a compact form (`ModelCoding`),
        // which was written without them.
        guard decoder.reader.isAtEnd, !decoder.askedForKeys else { throw ModelReader.Malformed() }
        return value
    }
}

/// The `Decoder` behind `ModelDecoder`: one for a whole value, holding the reader. (Its state is
/// reached only through itself, one call at a time: unchecked for exclusive access, as
/// `PrettyJSONEncoder`'s.)
final class ModelBinaryDecoder: Decoder {
    @exclusivity(unchecked) var reader: ModelReader
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    fileprivate var askedForKeys = false
    @exclusivity(unchecked) private var compactForms = CompactForms()

    init(_ bytes: [UInt8]) {
        reader = ModelReader(bytes)
    }

    func read<Value: Decodable>(_ type: Value.Type) throws -> Value {
        // Strings and lists of strings without a container, as `ModelBinaryEncoder` wrote them.
        if Value.self == String.self { return identical(try reader.string(), as: Value.self) }
        if Value.self == [String].self { return identical(try reader.strings(), as: Value.self) }
        if let compact = compactForms.of(Value.self) { return try read(compact, as: Value.self) }
        return try Value(from: self)
    }

    private func read<Compact: ModelCoding, Value>(_ type: Compact.Type, as value: Value.Type) throws -> Value {
        identical(try Compact(from: &reader), as: Value.self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(ModelKeyedDecoding<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        ModelUnkeyedDecoding(decoder: self, count: try reader.count())
    }

    func singleValueContainer() -> any SingleValueDecodingContainer {
        ModelSingleValueDecoding(decoder: self)
    }
}

private struct ModelKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: ModelBinaryDecoder
    var codingPath: [any CodingKey] { [] }

    /// Members are read by position: the container cannot say which keys it holds.
    var allKeys: [Key] {
        decoder.askedForKeys = true
        return []
    }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { try !decoder.reader.isPresent() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.reader.bool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.reader.string() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.reader.double() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder.reader.float() }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.reader.int() }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder.reader.integer() }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder.reader.integer() }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder.reader.integer() }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder.reader.integer() }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder.reader.integer() }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder.reader.integer() }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder.reader.integer() }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder.reader.integer() }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder.reader.integer() }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.read(T.self) }

    /// An optional member: 0, or 1 and the value.
    private func present<T>(_ read: () throws -> T) throws -> T? {
        try decoder.reader.isPresent() ? try read() : nil
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try present { try decode(type, forKey: key) } }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try present { try decode(type, forKey: key) } }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw ModelReader.Malformed()
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw ModelReader.Malformed() }
    func superDecoder() throws -> any Decoder { throw ModelReader.Malformed() }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw ModelReader.Malformed() }
}

private struct ModelUnkeyedDecoding: UnkeyedDecodingContainer {
    let decoder: ModelBinaryDecoder
    var codingPath: [any CodingKey] { [] }
    let total: Int
    private(set) var currentIndex = 0

    init(decoder: ModelBinaryDecoder, count: Int) {
        self.decoder = decoder
        total = count
    }

    var count: Int? { total }
    var isAtEnd: Bool { currentIndex >= total }

    private mutating func next<T>(_ read: (inout ModelReader) throws -> T) throws -> T {
        guard !isAtEnd else { throw ModelReader.Malformed() }
        currentIndex += 1
        return try read(&decoder.reader)
    }

    mutating func decodeNil() throws -> Bool { false }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next { try $0.bool() } }
    mutating func decode(_ type: String.Type) throws -> String { try next { try $0.string() } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next { try $0.double() } }
    mutating func decode(_ type: Float.Type) throws -> Float { try next { try $0.float() } }
    mutating func decode(_ type: Int.Type) throws -> Int { try next { try $0.int() } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next { try $0.integer() } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next { try $0.integer() } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next { try $0.integer() } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next { try $0.integer() } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next { try $0.integer() } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next { try $0.integer() } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next { try $0.integer() } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next { try $0.integer() } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next { try $0.integer() } }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else { throw ModelReader.Malformed() }
        currentIndex += 1
        return try decoder.read(T.self)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        throw ModelReader.Malformed()
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { throw ModelReader.Malformed() }
    mutating func superDecoder() throws -> any Decoder { throw ModelReader.Malformed() }
}

private struct ModelSingleValueDecoding: SingleValueDecodingContainer {
    let decoder: ModelBinaryDecoder
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.reader.bool() }
    func decode(_ type: String.Type) throws -> String { try decoder.reader.string() }
    func decode(_ type: Double.Type) throws -> Double { try decoder.reader.double() }
    func decode(_ type: Float.Type) throws -> Float { try decoder.reader.float() }
    func decode(_ type: Int.Type) throws -> Int { try decoder.reader.int() }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.reader.integer() }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.reader.integer() }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.reader.integer() }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.reader.integer() }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.reader.integer() }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.reader.integer() }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.reader.integer() }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.reader.integer() }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.reader.integer() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.read(T.self) }
}

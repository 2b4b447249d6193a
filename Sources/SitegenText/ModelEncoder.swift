/// Writes a value in the compact binary form (`ModelWriter`) through its `Encodable`
/// conformance: the models' `Codable` conformances are the one list of their fields, for the
/// build cache and for the JSON export (`PrettyJSON.encode`) alike.
///
/// A keyed container's members are written by position, without their keys: a type's
/// `init(from:)` asks for them in the order its `encode(to:)` gave them (the synthesized
/// conformances both follow `CodingKeys`). An optional member is a 0/1 byte before its value,
/// an array its count before its elements, and a value whose type has a compact form of its own
/// (`ModelCoding`: the integers, strings, maps and leaf values such as `PrintedRate`) that form.
/// A map must have one: its keys are data, which a keyed container here does not keep. An
/// optional anywhere but as a keyed member is refused (an error), and so are nested containers
/// and super-encoders, which no model uses (a trap).
package struct ModelEncoder {
    package static func encode<Value: Encodable>(_ value: Value, capacity: Int = 0) throws -> [UInt8] {
        let encoder = ModelBinaryEncoder(capacity: capacity)
        try encoder.write(value)
        return encoder.writer.bytes
    }
}

/// The `Encoder` behind `ModelEncoder`: one for a whole value, holding the writer. (Its state is
/// reached only through itself, one call at a time: unchecked for exclusive access, as
/// `PrettyJSONEncoder`'s.)
final class ModelBinaryEncoder: Encoder {
    @exclusivity(unchecked) var writer: ModelWriter
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Where the count of the array the value being written opened goes, and its elements so far.
    @exclusivity(unchecked) private var countSlot: Int?
    @exclusivity(unchecked) fileprivate var elements = 0

    @exclusivity(unchecked) private var compactForms = CompactForms()

    init(capacity: Int) {
        writer = ModelWriter(capacity: capacity)
    }

    func write<Value: Encodable>(_ value: Value) throws {
        // Strings and lists of strings (a work item's body, a department's printed names)
        // without a container.
        if Value.self == String.self { return writer.write(identical(value, as: String.self)) }
        if Value.self == [String].self { return writer.write(identical(value, as: [String].self)) { $0.write($1) } }
        if let compact = compactForms.of(Value.self) { return write(value, as: compact) }
        let outer = (countSlot, elements)
        countSlot = nil
        elements = 0
        try value.encode(to: self)
        if let countSlot { writer.fill(countSlot, with: elements) }
        (countSlot, elements) = outer
    }

    private func write<Value, Compact: ModelCoding>(_ value: Value, as type: Compact.Type) {
        identical(value, as: Compact.self).write(to: &writer)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(ModelKeyedEncoding<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if countSlot == nil { countSlot = writer.countSlot() }
        return ModelUnkeyedEncoding(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        ModelSingleValueEncoding(encoder: self)
    }

    static let unsupported = "the compact binary form writes no nested container or super-encoder: encode a value instead"
    static let optionalRefused = EncodingError.invalidValue(
        Optional<Int>.none as Any, .init(codingPath: [], debugDescription: "the compact binary form codes an optional only as a keyed member"))
}

private struct ModelKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ModelBinaryEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { encoder.writer.bytes.append(0) }
    mutating func encode(_ value: Bool, forKey key: Key) { encoder.writer.write(value) }
    mutating func encode(_ value: String, forKey key: Key) { encoder.writer.write(value) }
    mutating func encode(_ value: Double, forKey key: Key) { encoder.writer.write(value) }
    mutating func encode(_ value: Float, forKey key: Key) { encoder.writer.write(value) }
    mutating func encode(_ value: Int, forKey key: Key) { encoder.writer.write(value) }
    mutating func encode(_ value: Int8, forKey key: Key) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: Int16, forKey key: Key) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: Int32, forKey key: Key) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: Int64, forKey key: Key) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt, forKey key: Key) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt8, forKey key: Key) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt16, forKey key: Key) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt32, forKey key: Key) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt64, forKey key: Key) { encoder.writer.write(integer: value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try encoder.write(value) }

    /// An optional member: 0, or 1 and the value.
    private mutating func present<T>(_ value: T?, _ write: (inout Self, T) throws -> Void) rethrows {
        guard let value else { return encoder.writer.bytes.append(0) }
        encoder.writer.bytes.append(1)
        try write(&self, value)
    }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) { present(value) { $0.encode($1, forKey: key) } }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try present(value) { try $0.encode($1, forKey: key) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure(ModelBinaryEncoder.unsupported)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure(ModelBinaryEncoder.unsupported)
    }

    mutating func superEncoder() -> any Encoder { preconditionFailure(ModelBinaryEncoder.unsupported) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { preconditionFailure(ModelBinaryEncoder.unsupported) }
}

private struct ModelUnkeyedEncoding: UnkeyedEncodingContainer {
    let encoder: ModelBinaryEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int { encoder.elements }

    /// A nil element would need a byte that a present one has not: an optional is coded only
    /// as a keyed member.
    mutating func encodeNil() throws { throw ModelBinaryEncoder.optionalRefused }
    mutating func encode(_ value: Bool) { encoder.elements += 1; encoder.writer.write(value) }
    mutating func encode(_ value: String) { encoder.elements += 1; encoder.writer.write(value) }
    mutating func encode(_ value: Double) { encoder.elements += 1; encoder.writer.write(value) }
    mutating func encode(_ value: Float) { encoder.elements += 1; encoder.writer.write(value) }
    mutating func encode(_ value: Int) { encoder.elements += 1; encoder.writer.write(value) }
    mutating func encode(_ value: Int8) { encoder.elements += 1; encoder.writer.write(integer: value) }
    mutating func encode(_ value: Int16) { encoder.elements += 1; encoder.writer.write(integer: value) }
    mutating func encode(_ value: Int32) { encoder.elements += 1; encoder.writer.write(integer: value) }
    mutating func encode(_ value: Int64) { encoder.elements += 1; encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt) { encoder.elements += 1; encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt8) { encoder.elements += 1; encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt16) { encoder.elements += 1; encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt32) { encoder.elements += 1; encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt64) { encoder.elements += 1; encoder.writer.write(integer: value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.elements += 1
        try encoder.write(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure(ModelBinaryEncoder.unsupported)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { preconditionFailure(ModelBinaryEncoder.unsupported) }
    mutating func superEncoder() -> any Encoder { preconditionFailure(ModelBinaryEncoder.unsupported) }
}

private struct ModelSingleValueEncoding: SingleValueEncodingContainer {
    let encoder: ModelBinaryEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { throw ModelBinaryEncoder.optionalRefused }
    mutating func encode(_ value: Bool) { encoder.writer.write(value) }
    mutating func encode(_ value: String) { encoder.writer.write(value) }
    mutating func encode(_ value: Double) { encoder.writer.write(value) }
    mutating func encode(_ value: Float) { encoder.writer.write(value) }
    mutating func encode(_ value: Int) { encoder.writer.write(value) }
    mutating func encode(_ value: Int8) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: Int16) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: Int32) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: Int64) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt8) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt16) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt32) { encoder.writer.write(integer: value) }
    mutating func encode(_ value: UInt64) { encoder.writer.write(integer: value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.write(value) }
}

extension PrettyJSON {
    /// `value` as `JSONEncoder` writes it (pretty, sorted keys, unescaped slashes), member for
    /// member as its `Encodable` conformance gives them: the models' `Codable` conformances are
    /// the one list of their fields, for this JSON and for the build cache's binary form
    /// (`ModelEncoder`). `ReleaseJSONTests` holds the bytes against the encoder's.
    ///
    /// Written straight into bytes, with no tree of values: an object's members are kept until
    /// the value has given them all, then written in key order, each nested value then in turn.
    /// What the models do not do is refused: floating-point numbers (an error), nested containers
    /// and super-encoders (a trap).
    public mutating func encode<Value: Encodable>(_ value: Value) throws {
        let encoder = PrettyJSONEncoder()
        swap(&encoder.json, &self)
        defer { swap(&encoder.json, &self) }
        try encoder.write(value)
    }
}

/// The `Encoder` behind `PrettyJSON.encode`: one for a whole document, holding the writer, the
/// members of the objects being written (innermost last) and each object type's key layout.
/// (Its state is reached only through itself, one call at a time: unchecked for exclusive
/// access, which was a tenth of writing a release.)
final class PrettyJSONEncoder: Encoder {
    @exclusivity(unchecked) var json = PrettyJSON()
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// A member waiting for the rest of its object.
    struct Member {
        enum Value {
            case string(String), int(Int), bool(Bool), null, strings([String])
            case encodable(any Encodable)
        }

        var key: String
        var value: Value
    }

    @exclusivity(unchecked) private var members: [Member] = []

    /// What the value being written opened (nothing yet, an object, an array, a single value),
    /// and where its members begin in `members`.
    private enum Opened { case nothing, object(ObjectIdentifier), array, single }
    @exclusivity(unchecked) private var opened = Opened.nothing
    @exclusivity(unchecked) private var firstMember = 0

    /// Each key type's last set of keys in the order they came, with its layout: a type's
    /// members come in the same order every time, so the keys are sorted once a type.
    private final class KnownKeys {
        let keys: [String]
        let layout: JSONKeyOrder.Layout

        init(_ keys: [String]) {
            self.keys = keys
            layout = JSONKeyOrder.layout(of: keys)
        }
    }

    @exclusivity(unchecked) private var layouts: [ObjectIdentifier: KnownKeys] = [:]

    func write<Value: Encodable>(_ value: Value) throws {
        let outer = (opened, firstMember)
        opened = .nothing
        firstMember = members.count
        try value.encode(to: self)
        switch opened {
        case .object(let keyType): try writeMembers(keyType)
        case .array: json.close(UInt8(ascii: "]"))
        case .single: break
        case .nothing:
            // `JSONEncoder` writes a value that encodes nothing as an empty object.
            json.open(UInt8(ascii: "{"))
            json.close(UInt8(ascii: "}"))
        }
        (opened, firstMember) = outer
    }

    private func writeMembers(_ keyType: ObjectIdentifier) throws {
        let first = firstMember
        let count = members.count - first
        var known = layouts[keyType]
        if known == nil || known!.keys.count != count || !zip(known!.keys, members[first...]).allSatisfy({ $0 == $1.key }) {
            known = KnownKeys(members[first...].map(\.key))
            layouts[keyType] = known
        }
        let layout = known!.layout
        json.open(UInt8(ascii: "{"))
        for position in 0..<count {
            let member = layout.order[position]
            json.startElement(position)
            json.bytes += layout.names[member]
            json.keySeparator()
            // Taken out, not copied: the member is written once.
            var value = Member.Value.null
            swap(&value, &members[first + member].value)
            try write(value)
        }
        json.close(UInt8(ascii: "}"))
        members.removeLast(count)
    }

    private func write(_ value: Member.Value) throws {
        switch value {
        case .string(let string): json.string(string)
        case .int(let int): json.int(int)
        case .bool(let bool): json.bool(bool)
        case .null: json.bytes += "null".utf8
        case .strings(let strings): json.strings(strings)
        case .encodable(let value): try write(value)
        }
    }

    fileprivate func add(_ value: Member.Value, key: any CodingKey) {
        members.append(Member(key: key.stringValue, value: value))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        opened = .object(ObjectIdentifier(Key.self))
        return KeyedEncodingContainer(PrettyJSONKeyedContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = opened {} else {
            opened = .array
            json.open(UInt8(ascii: "["))
        }
        return PrettyJSONUnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        opened = .single
        return PrettyJSONSingleValueContainer(encoder: self)
    }

    /// Floating-point numbers are written as `JSONEncoder` formats them only by `JSONEncoder`.
    static func refused(_ value: Any) -> EncodingError {
        EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "PrettyJSON writes no floating-point number"))
    }

    static let unsupported = "PrettyJSON's encoder writes no nested container or super-encoder: encode a value instead"
}

private struct PrettyJSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: PrettyJSONEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { encoder.add(.null, key: key) }
    mutating func encode(_ value: Bool, forKey key: Key) { encoder.add(.bool(value), key: key) }
    mutating func encode(_ value: String, forKey key: Key) { encoder.add(.string(value), key: key) }
    mutating func encode(_ value: Int, forKey key: Key) { encoder.add(.int(value), key: key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw PrettyJSONEncoder.refused(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw PrettyJSONEncoder.refused(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
        // A list of strings is common enough in the models to keep out of an existential box.
        if T.self == [String].self { return encoder.add(.strings(value as! [String]), key: key) }
        encoder.add(.encodable(value), key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure(PrettyJSONEncoder.unsupported)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure(PrettyJSONEncoder.unsupported)
    }

    mutating func superEncoder() -> any Encoder { preconditionFailure(PrettyJSONEncoder.unsupported) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { preconditionFailure(PrettyJSONEncoder.unsupported) }
}

private struct PrettyJSONUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: PrettyJSONEncoder
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(encoder: PrettyJSONEncoder) {
        self.encoder = encoder
    }

    private mutating func next() {
        encoder.json.startElement(count)
        count += 1
    }

    mutating func encodeNil() { next(); encoder.json.bytes += "null".utf8 }
    mutating func encode(_ value: Bool) { next(); encoder.json.bool(value) }
    mutating func encode(_ value: String) { next(); encoder.json.string(value) }
    mutating func encode(_ value: Int) { next(); encoder.json.int(value) }
    mutating func encode(_ value: Double) throws { throw PrettyJSONEncoder.refused(value) }
    mutating func encode(_ value: Float) throws { throw PrettyJSONEncoder.refused(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        next()
        try encoder.write(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure(PrettyJSONEncoder.unsupported)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { preconditionFailure(PrettyJSONEncoder.unsupported) }
    mutating func superEncoder() -> any Encoder { preconditionFailure(PrettyJSONEncoder.unsupported) }
}

private struct PrettyJSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: PrettyJSONEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { encoder.json.bytes += "null".utf8 }
    mutating func encode(_ value: Bool) { encoder.json.bool(value) }
    mutating func encode(_ value: String) { encoder.json.string(value) }
    mutating func encode(_ value: Int) { encoder.json.int(value) }
    mutating func encode(_ value: Double) throws { throw PrettyJSONEncoder.refused(value) }
    mutating func encode(_ value: Float) throws { throw PrettyJSONEncoder.refused(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.write(value) }
}

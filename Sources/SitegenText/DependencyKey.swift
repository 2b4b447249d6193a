/// A SHA-256 over the parts of what something depends on, each part delimited, so that
/// `["ab", "c"]` and `["a", "bc"]` give different keys.
public struct DependencyKey {
    private var parts: [UInt8] = []

    public init(_ kind: String) {
        add(kind)
    }

    public mutating func add(_ part: String) {
        add(bytes: part.utf8)
    }

    public mutating func add<Bytes: Collection<UInt8>>(bytes part: Bytes) {
        parts += String(part.count).utf8
        parts.append(0x3A)
        parts += part
    }

    public mutating func add(_ part: Int) {
        add(String(part))
    }

    public mutating func add(_ part: String?) {
        if let part { add("1"); add(part) } else { add("0") }
    }

    public var digest: String { Hex.sha256(parts) }
}

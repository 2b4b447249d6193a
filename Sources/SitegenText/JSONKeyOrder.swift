/// The order sitegen writes an object's keys in: by their UTF-8 bytes, lowest first. It is
/// the order Foundation's `JSONEncoder` gives with `.sortedKeys` on Linux (swift-foundation's
/// `JSONWriter` sorts an object's keys by their UTF-8 view), so files written here and files
/// written through the encoder agree; `JSONKeyOrderTests` holds the two side by side.
public enum JSONKeyOrder {
    /// How an object of a set of keys is written: the positions of the keys in that order, and
    /// each key as a JSON string (`"key"`; the writer puts its separator after it).
    public struct Layout: Sendable {
        public var order: [Int]
        public var names: [[UInt8]]
    }

    public static func layout(of keys: [String]) -> Layout {
        Layout(order: keys.indices.sorted { precedes(keys[$0], keys[$1]) },
               names: keys.map { JSONString.literal($0) })
    }

    /// Whether key `a` is written before key `b`.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

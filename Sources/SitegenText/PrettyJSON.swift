import Foundation
import SitegenConcurrency

/// The one JSON writer: JSON written straight into bytes exactly as `JSONEncoder` writes it with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two spaces an indent, `"key" : value`,
/// an empty array or object as an opening line, an empty line and the closing one, keys in the
/// order `JSONKeyOrder` states, strings escaped by `JSONString`. The encoder builds a tree of
/// values first; for the release models of a 600-release site that was 5.7 % of a clean build.
///
/// Members and elements are written by closures (`object`, `array`), or a whole `Encodable`
/// value at once (`encode`, through its `Codable` conformance).
///
/// `compact` writes what `JSONEncoder` writes without `.prettyPrinted`: the same keys in the
/// same order, with no line feed, indent or space between the tokens (`{"key":value,…}`, `[]`).
public struct PrettyJSON {
    public package(set) var bytes: [UInt8] = []
    private var depth = 0
    /// No line feeds, indents or spaces.
    public let compact: Bool
    /// Takes the bytes written so far, once they pass `drainBytes`, and empties them: a
    /// document written in pieces (the site manifest, 14 MB at 600 releases) is never held
    /// whole.
    private var drain: ((inout [UInt8]) -> Void)?
    static let drainBytes = 1 << 20

    public init(capacity: Int = 0, compact: Bool = false) {
        bytes.reserveCapacity(capacity)
        self.compact = compact
    }

    public init(compact: Bool = false, drain: @escaping (inout [UInt8]) -> Void) {
        self.compact = compact
        bytes.reserveCapacity(Self.drainBytes + (64 << 10))
        self.drain = drain
    }

    /// The bytes written, ending in a line feed (without copying them).
    public consuming func line() -> [UInt8] {
        bytes.append(0x0A)
        return bytes
    }

    public mutating func string(_ value: String) {
        JSONString.append(value, to: &bytes)
    }

    public mutating func int(_ value: Int) {
        bytes += value.description.utf8
    }

    public mutating func bool(_ value: Bool) {
        bytes += (value ? "true" : "false").utf8
    }

    /// An object of the members named `keys` (in any order; a member that is nil is left out
    /// by the caller, as `encodeIfPresent` leaves it out); `value` writes member `i`'s value.
    public mutating func object(_ keys: [String], _ value: (inout PrettyJSON, Int) -> Void) {
        object(JSONKeyOrder.layout(of: keys), value)
    }

    /// An object whose keys' layout (`JSONKeyOrder.layout(of: keys)`) is known already.
    public mutating func object(_ layout: JSONKeyOrder.Layout, _ value: (inout PrettyJSON, Int) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: layout.order.count) { json, position in
            let member = layout.order[position]
            json.bytes += layout.names[member]
            json.keySeparator()
            value(&json, member)
        }
    }

    public mutating func array(count: Int, _ element: (inout PrettyJSON, Int) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: count, element)
    }

    /// `array(count:_:)` with its elements written on all cores, `partSize` to a piece, a few
    /// pieces at a time (so a long array is never held twice whole); the same bytes.
    /// `element` must be safe to call from several threads at once.
    public mutating func concurrentArray(count: Int, partSize: Int = 2_048, _ element: @escaping (inout PrettyJSON, Int) -> Void) {
        guard count > partSize else { return array(count: count, element) }
        open(UInt8(ascii: "["))
        let parts = stride(from: 0, to: count, by: partSize).map { $0..<min($0 + partSize, count) }
        let wave = 2 * ProcessInfo.processInfo.activeProcessorCount
        for first in stride(from: 0, to: parts.count, by: wave) {
            let pieces = Concurrently.map(parts[first..<min(first + wave, parts.count)].map { [depth, compact] part in
                {
                    var json = PrettyJSON(compact: compact)
                    json.depth = depth
                    var ends: [Int] = []
                    for position in part {
                        json.element(position, element)
                        ends.append(json.bytes.count)
                    }
                    return (json.bytes, ends)
                }
            })
            // Drained after the element that passes `drainBytes`, as `array` drains.
            for (piece, ends) in pieces {
                var taken = 0
                if let drain {
                    for end in ends where bytes.count + end - taken >= Self.drainBytes {
                        bytes += piece[taken..<end]
                        drain(&bytes)
                        taken = end
                    }
                }
                bytes += piece[taken...]
            }
        }
        close(UInt8(ascii: "]"))
    }

    public mutating func strings(_ values: [String]) {
        open(UInt8(ascii: "["))
        for position in values.indices {
            startElement(position)
            JSONString.append(values[position], to: &bytes)
        }
        close(UInt8(ascii: "]"))
    }

    /// An object of string keys, its values written by `value`.
    public mutating func dictionary<Value>(_ values: [String: Value], _ value: (inout PrettyJSON, Value) -> Void) {
        let keys = Array(values.keys)
        object(keys) { json, member in value(&json, values[keys[member]]!) }
    }

    private mutating func container(open bracket: UInt8, close closing: UInt8, count: Int, _ element: (inout PrettyJSON, Int) -> Void) {
        open(bracket)
        for position in 0..<count {
            self.element(position, element)
            if let drain, bytes.count >= Self.drainBytes { drain(&bytes) }
        }
        close(closing)
    }

    /// Element `position` of a container on a line of its own, after the comma that ends the
    /// one before.
    private mutating func element(_ position: Int, _ element: (inout PrettyJSON, Int) -> Void) {
        startElement(position)
        element(&self, position)
    }

    // MARK: The layout, a piece at a time

    /// `{` or `[`, ending its line; what follows is one level deeper.
    package mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        if !compact { bytes.append(0x0A) }
        depth += 1
    }

    /// The start of element `position` (0 for the first) of the open container: the comma and
    /// line feed that end the element before, and the indent.
    package mutating func startElement(_ position: Int) {
        if position > 0 {
            bytes.append(UInt8(ascii: ","))
            if !compact { bytes.append(0x0A) }
        }
        indent()
    }

    /// A member's key as it stands before its value: `"key" : ` (`"key":` compact).
    package mutating func key(_ name: String) {
        JSONString.append(name, to: &bytes)
        keySeparator()
    }

    /// What stands between a key and its value.
    package mutating func keySeparator() {
        if compact {
            bytes.append(UInt8(ascii: ":"))
        } else {
            bytes += Self.keySeparator
        }
    }

    static let keySeparator = Array(" : ".utf8)

    /// `}` or `]` on a line of its own (after an empty line, when nothing was in it).
    package mutating func close(_ bracket: UInt8) {
        if !compact { bytes.append(0x0A) }
        depth -= 1
        indent()
        bytes.append(bracket)
    }

    private mutating func indent() {
        if compact { return }
        let width = 2 * depth
        if width <= Self.spaces.count {
            bytes += Self.spaces[..<width]
        } else {
            bytes += repeatElement(UInt8(ascii: " "), count: width)
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)
}

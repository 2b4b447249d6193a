/// A value with a compact binary form of its own, which `ModelEncoder` and `ModelDecoder` use in
/// place of its `Codable` conformance: integers and strings (no container for them), maps
/// (their keys are data, which a keyed container there does not keep), and leaf values
/// whose form is shorter or quicker to read than their JSON text (`PrintedRate`'s two
/// integers). A new leaf type needs none: its `Codable` conformance serves.
package protocol ModelCoding {
    func write(to writer: inout ModelWriter)
    init(from reader: inout ModelReader) throws
}

extension Int: ModelCoding {
    package func write(to writer: inout ModelWriter) { writer.write(self) }
    package init(from reader: inout ModelReader) throws { self = try reader.int() }
}

extension String: ModelCoding {
    package func write(to writer: inout ModelWriter) { writer.write(self) }
    package init(from reader: inout ModelReader) throws { self = try reader.string() }
}

/// A map of strings: its count, then each key and value, keys in order (the same bytes from
/// run to run).
extension Dictionary: ModelCoding where Key == String, Value: ModelCoding {
    package func write(to writer: inout ModelWriter) {
        writer.write(keys.sorted()) { writer, key in
            writer.write(key)
            self[key]!.write(to: &writer)
        }
    }

    package init(from reader: inout ModelReader) throws {
        self.init()
        for (key, value) in try reader.array({ (try $0.string(), try Value(from: &$0)) }) { self[key] = value }
    }
}

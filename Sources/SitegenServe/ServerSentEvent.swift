import Foundation

/// One event of a `text/event-stream`: a name and one line of JSON data.
public struct ServerSentEvent: Equatable, Sendable {
    public var name: String
    public var data: String

    public init(name: String, data: String) {
        self.name = name
        self.data = data
    }

    public init(name: String, json value: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        self.init(name: name, data: String(decoding: data, as: UTF8.self))
    }

    /// The wire form; data that spans lines is sent as several `data:` lines.
    public var bytes: [UInt8] {
        var text = "event: \(name)\n"
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) {
            text += "data: \(line)\n"
        }
        return Array((text + "\n").utf8)
    }

    /// A comment line that keeps the connection open and finds clients that went away.
    public static let keepAlive = Array(": keep-alive\n\n".utf8)
}

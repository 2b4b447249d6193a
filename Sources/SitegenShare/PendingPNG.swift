/// A PNG being drawn: `value()` waits for it (or for its error), and is called once.
public struct PendingPNG: Sendable {
    private let finish: @Sendable () throws -> [UInt8]

    public init(_ finish: @escaping @Sendable () throws -> [UInt8]) {
        self.finish = finish
    }

    /// A PNG already at hand (read from the cache).
    public static func ready(_ bytes: [UInt8]) -> PendingPNG {
        PendingPNG { bytes }
    }

    public func value() throws -> [UInt8] {
        try finish()
    }
}

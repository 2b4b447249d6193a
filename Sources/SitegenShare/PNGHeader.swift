/// What a PNG says of itself in its first 24 bytes: the signature, then the `IHDR` chunk with
/// the width and height. `nil` for bytes that are not a PNG.
public struct PNGHeader: Equatable, Sendable {
    public var width: Int
    public var height: Int

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public init?(_ bytes: [UInt8]) {
        guard bytes.count >= 24, Array(bytes[0..<8]) == Self.signature,
              Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        func number(at start: Int) -> Int { bytes[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = number(at: 16)
        height = number(at: 20)
    }
}

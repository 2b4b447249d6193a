import SitegenText

/// A percentage exactly as printed: its value and how many decimals it showed.
public struct PrintedRate: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The value scaled by 10^decimals, so `49.8` is `498` with one decimal.
    public var scaled: Int
    public var decimals: Int

    public init(scaled: Int, decimals: Int) {
        self.scaled = scaled
        self.decimals = decimals
    }

    public var value: Double {
        Double(scaled) / pow10(decimals)
    }

    /// The rate as printed, without the `%` sign (`49.8`, `100.00`, `-99.7`).
    public var description: String {
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        guard decimals > 0 else { return sign + String(magnitude) }
        let divisor = Int(pow10(decimals))
        let fraction = String(magnitude % divisor)
        let padded = String(repeating: "0", count: decimals - fraction.count) + fraction
        return "\(sign)\(magnitude / divisor).\(padded)"
    }

    /// One unit of the last printed digit: `1` for `50%`, `0.1` for `49.8`.
    public var precision: Double { 1 / pow10(decimals) }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let rate = PrintedRate(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a rate: \(text)"))
        }
        self = rate
    }

    /// Parses `49.8`, `-3`, `100.00`.
    public init?(parsing text: String) {
        var body = Substring(text)
        var negative = false
        if body.first == "-" { negative = true; body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              parts.count == 1 || !parts[1].isEmpty,
              // More decimals than any report prints would overflow the scale (19 traps).
              parts.count == 1 || parts[1].count <= 6,
              let scaled = Int(parts.joined()) else { return nil }
        self.init(scaled: negative ? -scaled : scaled, decimals: parts.count == 2 ? parts[1].count : 0)
    }
}

private func pow10(_ n: Int) -> Double {
    var result = 1.0
    for _ in 0..<n { result *= 10 }
    return result
}

/// In the build cache's compact form, its two integers (read back without parsing its text).
extension PrintedRate: ModelCoding {
    package func write(to writer: inout ModelWriter) {
        writer.write(scaled)
        writer.write(decimals)
    }

    package init(from reader: inout ModelReader) throws {
        self.init(scaled: try reader.int(), decimals: try reader.int())
    }
}

import SitegenText

/// A calendar month, the granularity at which releases are dated (`2022-03`).
public struct YearMonth: CodedAsText, Comparable, Hashable, Sendable {
    public static let textForm = "YYYY-MM"

    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m)
    }

    public var description: String {
        FixedFormat.padded(year, width: 4) + "-" + FixedFormat.padded(month, width: 2)
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool {
        (a.year, a.month) < (b.year, b.month)
    }
}

extension YearMonth {
    /// How the site says it: `2022-03` → `2022년 3월`.
    public var label: String { "\(year)년 \(month)월" }
}

/// In the build cache's compact form, its two integers (read back without parsing its text).
extension YearMonth: ModelCoding {
    package func write(to writer: inout ModelWriter) {
        writer.write(year)
        writer.write(month)
    }

    package init(from reader: inout ModelReader) throws {
        guard let month = YearMonth(year: try reader.int(), month: try reader.int()) else { throw ModelReader.Malformed() }
        self = month
    }
}

import SitegenText

/// A calendar day, the as-of date a table states (`2022-07-01`): read once from the report's
/// caption (`TableCaption`), then carried as numbers, so nothing downstream re-reads a string.
///
/// A month is 1–12 and a day 1–31, as the caption reader has always refused; a day the month
/// does not have (`2. 30.`) is kept as printed, and only the year's elapsed share
/// (`Format.yearElapsed`) refuses it. The year has four digits, so `description` always reads
/// `YYYY-MM-DD` and sorts as the days do.
public struct Day: CodedAsText, Comparable, Hashable, Sendable {
    public static let textForm = "YYYY-MM-DD"

    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, as `description` writes it.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `2022-07-01`: what the JSON and CSV downloads write.
    public var description: String {
        FixedFormat.padded(year, width: 4) + "-" + FixedFormat.padded(month, width: 2) + "-" + FixedFormat.padded(day, width: 2)
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// An as-of day in the build cache's binary form: its three numbers, not its text.
extension Day: ModelCoding {
    package func write(to writer: inout ModelWriter) {
        writer.write(year)
        writer.write(month)
        writer.write(day)
    }

    package init(from reader: inout ModelReader) throws {
        guard let day = Day(year: try reader.int(), month: try reader.int(), day: try reader.int()) else { throw ModelReader.Malformed() }
        self = day
    }
}

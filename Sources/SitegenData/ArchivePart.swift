import SitegenContent
import SitegenSite

/// A file of the archive database: the releases of one year (`data/sitegen-2022.sqlite`), or
/// of part of a year when the year's file would be over the size a file may be on the hosts
/// the site is made for (`fileSizeLimit`). Every part has the same schema; its releases are a
/// run of the site's releases (oldest first), and its rows are numbered on from the parts before.
///
/// The rule, each step taken only where the file made at the step before is over the limit:
/// the year; its half-years (`2022-h1` January–June, `2022-h2`); a half-year's months
/// (`2022-03`); a month's releases cut into the fewest runs of near-equal count that fit
/// (`2022-03-1`, `2022-03-2`, …). Calendar names stay put when a release is added; only a
/// part of the year that holds it can be cut anew. A single release over the limit is an error.
public struct ArchivePart: Equatable, Sendable {
    /// Some hosts refuse a file over 25 MiB (issue 26).
    public static let fileSizeLimit = 26_214_400

    public enum Level: Sendable {
        case year, half, month, run
    }

    /// `2022`, `2022-h1`, `2022-03`, `2022-03-2`.
    public var name: String
    public var level: Level
    /// Positions in the site's releases.
    public var releases: Range<Int>

    public var path: String { "data/sitegen-\(name).sqlite" }
    /// The database's name in Datasette (the file's name without `.sqlite`).
    public var databaseName: String { "sitegen-\(name)" }

    /// One part a year, oldest first.
    public static func years(_ dates: [YearMonth]) -> [ArchivePart] {
        runs(dates, by: \.year).map { ArchivePart(name: String(dates[$0.lowerBound].year), level: .year, releases: $0) }
    }

    /// The parts one level down (a month's runs are cut by `files`, which knows the sizes), or
    /// nil below a half-year.
    func split(_ dates: [YearMonth]) -> [ArchivePart]? {
        let parts: [ArchivePart]
        switch level {
        case .year:
            parts = Self.runs(dates, in: releases) { $0.month <= 6 ? 1 : 2 }
                .map { ArchivePart(name: "\(name)-h\(dates[$0.lowerBound].month <= 6 ? 1 : 2)", level: .half, releases: $0) }
        case .half:
            parts = Self.runs(dates, in: releases, by: \.month)
                .map { ArchivePart(name: dates[$0.lowerBound].description, level: .month, releases: $0) }
        case .month, .run:
            return nil // cut by `runs(count:)`, which needs the sizes
        }
        // A step that leaves one part is taken on at once, down to a month.
        return parts.count == 1 ? parts[0].split(dates) ?? parts : parts
    }

    /// A month's releases cut into `count` runs of near-equal count (the first ones longer).
    func runs(count: Int) -> [ArchivePart] {
        let base = releases.count / count, longer = releases.count % count
        var start = releases.lowerBound
        return (0..<count).map { n in
            let end = start + base + (n < longer ? 1 : 0)
            defer { start = end }
            return ArchivePart(name: "\(name)-\(n + 1)", level: .run, releases: start..<end)
        }
    }

    /// The files of this part: made whole when it fits under `limit`, else cut by the rule.
    /// `make` makes the bytes of one part's database.
    public func files(dates: [YearMonth], limit: Int = fileSizeLimit, ids: [String],
                      make: (ArchivePart) throws -> [UInt8]) throws -> [OutputFile] {
        let bytes = try make(self)
        if bytes.count <= limit { return [OutputFile(path: path, bytes: bytes)] }
        let parts = split(dates) ?? [self]
        if parts.count > 1 {
            return try parts.flatMap { try $0.files(dates: dates, limit: limit, ids: ids, make: make) }
        }
        // A month (the one part the steps leave): the fewest runs that all fit, starting from
        // as many as the month's size says.
        let month = parts[0]
        var count = max(2, (bytes.count + limit - 1) / limit)
        while true {
            guard month.releases.count > 1 else { throw ArchiveTooLarge(release: ids[releases.lowerBound], bytes: bytes.count, limit: limit) }
            let made = try month.runs(count: min(count, month.releases.count)).map { ($0, try make($0)) }
            guard let over = made.first(where: { $0.1.count > limit }) else {
                return made.map { OutputFile(path: $0.0.path, bytes: $0.1) }
            }
            guard over.0.releases.count > 1 else {
                throw ArchiveTooLarge(release: ids[over.0.releases.lowerBound], bytes: over.1.count, limit: limit)
            }
            count += 1
        }
    }

    /// Consecutive runs of `range` with the same value of `value`.
    private static func runs<Value: Equatable>(_ dates: [YearMonth], in range: Range<Int>? = nil,
                                               by value: (YearMonth) -> Value) -> [Range<Int>] {
        let range = range ?? dates.indices
        var runs: [Range<Int>] = []
        var start = range.lowerBound
        for position in range.dropFirst() where value(dates[position]) != value(dates[start]) {
            runs.append(start..<position)
            start = position
        }
        if !range.isEmpty { runs.append(start..<range.upperBound) }
        return runs
    }
}

/// A release whose rows alone make a database over the size a file may be.
public struct ArchiveTooLarge: Error, CustomStringConvertible {
    public var release: String
    public var bytes: Int
    public var limit: Int

    public var description: String {
        "the archive database of release \(release) alone is \(bytes) bytes, over the \(limit) a file may be"
    }
}

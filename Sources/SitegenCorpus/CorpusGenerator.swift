import Foundation
import SitegenText
import SitegenContent

/// Writes a large, realistic content folder for benchmarks and scale tests: every release it
/// writes is one of the real reports of a content folder (`content/` by default), with its
/// issuing body, its years and its amounts changed, so that the corpus has the real layouts
/// (pipe tables, tab tables, space-split PDF text, OCR noise) at any size. The same size and
/// seed always give the same bytes.
public struct CorpusGenerator {
    /// A real release to vary: its report text, the issuer it prints, its year and month.
    public struct Source: Sendable {
        public var text: String
        public var issuer: String
        public var date: YearMonth
    }

    /// Bureaus of a large city government: the corpus spreads releases over them.
    public static let bureaus = [
        "기획조정실", "행정국", "재무국", "복지정책실", "도시계획국", "주택정책실",
        "교통실", "기후환경본부", "경제정책실", "문화본부", "시민건강국",
        "여성가족정책실", "평생교육국", "관광체육국", "도시기반시설본부",
        "안전총괄실", "디지털정책관", "소방재난본부", "푸른도시여가국",
        "물순환안전국", "균형발전본부", "시민협력국", "감사위원회", "인재개발원",
        "상수도사업본부", "노동공정상생정책관", "청년청", "서울혁신기획관",
        "서울민주주의위원회", "대변인",
    ]

    public var sources: [Source]
    public var seed: UInt64

    public init(sources: [Source], seed: UInt64 = 1) {
        self.sources = sources
        self.seed = seed
    }

    /// The releases of a content folder, oldest first, as sources.
    public init(content: URL, seed: UInt64 = 1) throws {
        let loaded = try ContentLoader(contentDirectory: content).load()
            .sorted { ($0.release.metadata.date, $0.release.id) < ($1.release.metadata.date, $1.release.id) }
        guard !loaded.isEmpty else { throw SitegenError(file: content.path, "no releases to make a corpus from") }
        self.init(sources: try loaded.map { Source(text: try $0.text, issuer: $0.release.metadata.issuer, date: $0.release.metadata.date) },
                  seed: seed)
    }

    /// One generated release: its folder name and its two files.
    public struct Release: Sendable {
        public var id: String
        public var metadata: String
        public var report: String
    }

    /// The `index`-th release of the corpus (0-based); `index` alone decides it, with the seed.
    public func release(_ index: Int) -> Release {
        let source = sources[index % sources.count]
        let bureauIndex = (index / sources.count) % Self.bureaus.count
        let bureau = Self.bureaus[bureauIndex]
        // A new year of releases for every full pass over the bureaus.
        let delta = index / (sources.count * Self.bureaus.count)
        var body = source.issuer == bureau ? source.text : source.text.replacingOccurrences(of: source.issuer, with: bureau)
        if delta > 0 { body = YearShift.shift(body, by: delta) }
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        body = AmountScaling.scale(body, by: 0.6 + random.nextUnit() * 1.0)
        let month = source.date.month
        let date = String(format: "%04d-%02d", source.date.year + delta, month)
        let id = "\(date)-bureau-\(String(format: "%02d", bureauIndex))" + (index % sources.count == 0 ? "" : "-\(index % sources.count)")
        return Release(id: id, metadata: "title: \(bureau) 업무보고\nissuer: \(bureau)\ndate: \(date)\n", report: body)
    }

    /// Writes `count` releases into `folder/releases/`; returns the bytes of report text written.
    @discardableResult
    public func write(count: Int, into folder: URL) throws -> Int {
        let releases = folder.appendingPathComponent("releases")
        try FileManager.default.createDirectory(at: releases, withIntermediateDirectories: true)
        var total = 0
        for index in 0..<count {
            let release = release(index)
            let target = releases.appendingPathComponent(release.id)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try Data(release.metadata.utf8).write(to: target.appendingPathComponent("release.yml"))
            let report = Data(release.report.utf8)
            try report.write(to: target.appendingPathComponent("report.txt"))
            total += report.count
        }
        return total
    }
}

import Foundation
import SitegenContent

/// The five real reports shipped in `content/`, parsed once for all tests.
enum RealReports {
    static let ids = [
        "2018-07-innovation-bureau",
        "2019-09-innovation-bureau",
        "2020-10-democracy-committee",
        "2022-03-citizen-cooperation-bureau",
        "2022-07-citizen-cooperation-bureau",
    ]

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let contentFolder = repositoryRoot.appendingPathComponent("content")

    static func text(_ id: String) -> String {
        let url = contentFolder.appendingPathComponent("releases/\(id)/report.txt")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    private static let cache = NSCache<NSString, Box>()
    private final class Box { let report: Report; init(_ r: Report) { report = r } }

    static func report(_ id: String) -> Report {
        if let hit = cache.object(forKey: id as NSString) { return hit.report }
        let year = Int(id.prefix(4))!
        let report = ReportParser(releaseYear: year).parse(text(id))
        cache.setObject(Box(report), forKey: id as NSString)
        return report
    }

    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    }
}

import Foundation
import GRDB
import SitegenContent
@testable import SitegenData
import SitegenSite

/// The database of the five real reports (`content/`) as one file (what the files cut by year
/// are held to), built once, on disk for GRDB and the command-line tools.
enum RealArchive {
    static let content = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content")

    static let site: SiteContent = {
        let loader = ContentLoader(contentDirectory: content)
        do {
            return SiteContent(releases: try loader.loadReleases(), config: SiteConfig(), lineage: try loader.loadLineage())
        } catch {
            fatalError("the real reports do not load: \(error)")
        }
    }()

    static let bytes: [UInt8] = {
        do { return try ArchiveDatabase.wholeArchive(site) } catch { fatalError("no archive: \(error)") }
    }()

    static let database: DatabaseQueue = {
        do { return try open(bytes) } catch { fatalError("the archive does not open: \(error)") }
    }()

    /// The bytes written to a temporary file and opened read-only.
    static func open(_ bytes: [UInt8]) throws -> DatabaseQueue {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-archive-\(UUID().uuidString).sqlite")
        try Data(bytes).write(to: url)
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: url.path, configuration: configuration)
    }
}

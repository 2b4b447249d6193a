import ArgumentParser
import Foundation
import SitegenText
import SitegenContent

extension Sitegen {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a new release: a folder with a commented release.yml and an empty report.txt.")

        @Argument(help: "The release id, the folder's name: a-z, 0-9, '-', '_' (e.g. 2023-03-citizen-cooperation-bureau).")
        var releaseID: String

        @OptionGroup var contentOptions: ContentOptions

        @Option(name: .long, help: "Start it from a published PDF or HWPX, as `sitegen import FILE --release ID` does.")
        var from: String?

        func run() throws {
            if let from {
                return try Import.importRelease(file: from, id: releaseID, content: contentOptions, ocr: false)
            }
            try ReleaseScaffold.validate(id: releaseID)
            let folder = contentOptions.contentURL.appendingPathComponent("releases").appendingPathComponent(releaseID)
            let shown = "\(contentOptions.content)/releases/\(releaseID)"
            guard !FileManager.default.fileExists(atPath: folder.path) else {
                throw SitegenError(file: shown, "the release already exists; edit its release.yml and report.txt instead")
            }
            let now = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: Date())
            let today = YearMonth(year: now.year ?? 2000, month: now.month ?? 1) ?? YearMonth(year: 2000, month: 1)!
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(ReleaseScaffold.metadata(id: releaseID, today: today).utf8)
                .write(to: folder.appendingPathComponent("release.yml"), options: .withoutOverwriting)
            try Data().write(to: folder.appendingPathComponent("report.txt"), options: .withoutOverwriting)
            print(ReleaseScaffold.nextSteps(folder: shown))
        }
    }
}

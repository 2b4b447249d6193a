import ArgumentParser
import Foundation
import SitegenCore

extension Sitegen {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read every release and print what the reports say about themselves.",
            discussion: """
            Prints each finding as `content/releases/<id>/report.txt:LINE: kind: message`.
            Findings are the report's own inconsistencies and do not fail the check; an unreadable
            file or missing metadata does (exit status 1).
            """)

        @OptionGroup var contentOptions: ContentOptions

        func run() throws {
            let releases = try ContentLoader(contentDirectory: contentOptions.contentURL).loadReleases()
            var count = 0
            for release in releases {
                for finding in release.report.findings {
                    print("\(release.source.path):\(finding.line): \(finding.kind.rawValue): \(finding.message)")
                    count += 1
                }
            }
            print("\(releases.count) releases, \(count) findings")
        }
    }
}

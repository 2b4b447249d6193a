import ArgumentParser
import Foundation
import SitegenSite
import SitegenTemplates
import SitegenBuild

extension Sitegen {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read every release and print what the reports say about themselves, and how programs were matched across releases.",
            discussion: """
            Prints each finding as `content/releases/<id>/report.txt:LINE: kind: message`, then the
            programs matched across releases by the OCR-tolerant match and the near misses it
            refused, for editors to confirm or override in content/lineage.yml. Findings do not
            fail the check; an unreadable file or missing metadata does (exit status 1).
            """)

        @OptionGroup var contentOptions: ContentOptions

        func run() throws {
            let loader = contentOptions.loader
            let lineage = try loader.loadLineage()
            let loaded = try loader.load()
            let releases = loaded.map(\.release)
            var count = 0
            for release in releases {
                for finding in release.report.findings {
                    print("\(contentOptions.display(release.source.path)):\(finding.line): \(finding.kind.rawValue): \(finding.message)")
                    count += 1
                }
            }
            let site = SiteContent(releases: releases, config: SiteConfig(),
                                   sourceTexts: SourceTexts(reportsOf: loaded),
                                   lineage: lineage)
            // What `build` would refuse to write (a path segment over 255 bytes, …) fails the check too.
            _ = try JobRunner(sink: PathSink()).run(SiteBuilder.jobs(for: site, theme: StandardTheme(), archives: loaded))
            for match in site.matches {
                print("lineage: matched: \(match.first) = \(match.second) (\(match.lineage)): \(match.reason)")
            }
            for miss in site.nearMisses {
                print("lineage: near miss: \(miss.first) ≠ \(miss.second) (\(miss.lineage)): \(miss.reason)")
            }
            print("\(releases.count) releases, \(count) findings, \(site.programs.count) programs, \(site.matches.count) automatic matches, \(site.nearMisses.count) near misses")
        }
    }
}

import SitegenContent
import SitegenSite

/// The real site with a release whose title and source_url hold quotes, markup, control
/// characters and 10 kB of text, and a program label that a spreadsheet would run as a formula.
enum HostileInput {
    static let title = "\"'); DROP TABLE releases; -- <script>alert(1)</script>\u{1}\u{7}\u{1B}" + String(repeating: "가", count: 10_000)
    static let sourceURL = "javascript:alert('x')\"<script></script>\u{0}"
    static let formula = "=HYPERLINK(\"http://example.com\",\"click\")"

    static var site: SiteContent {
        var releases = RealArchive.site.releases.map(\.release)
        releases[0].metadata.title = title
        releases[0].metadata.sourceURL = sourceURL
        releases[0].report.budgetTables[0].lines[0].label = formula
        return SiteContent(releases: releases, config: SiteConfig())
    }
}

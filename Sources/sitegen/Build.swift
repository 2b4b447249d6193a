import ArgumentParser
import Foundation
import SitegenCore
import SitegenTemplates

extension Sitegen {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site into the output folder (written atomically).")

        @OptionGroup var contentOptions: ContentOptions

        @Option(name: .long, help: "The output folder; replaced as a whole only when the build succeeds.")
        var output: String = "public"

        @Option(name: .long, help: "Absolute URL the site is served from (for absolute links and the sitemap), e.g. https://example.org/reports/.")
        var baseURL: String?

        @Flag(name: .long, help: "Ignore the build cache and make every page anew.")
        var clean = false

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        @Flag(name: .shortAndLong, help: "Print each build step.")
        var verbose = false

        func validate() throws {
            if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://") || baseURL.hasPrefix("/")) {
                throw ValidationError("--base-url must start with http://, https:// or /")
            }
        }

        func run() throws {
            let started = Date()
            let showProgress = verbose || (!quiet && isatty(STDERR_FILENO) == 1)
            let builder = SiteBuilder(
                contentDirectory: contentOptions.contentURL,
                outputDirectory: URL(fileURLWithPath: output),
                config: SiteConfig(baseURL: baseURL),
                theme: StandardTheme(),
                clean: clean,
                progress: { step in
                    guard showProgress else { return }
                    let elapsed = String(format: "%6.2f s", Date().timeIntervalSince(started))
                    FileHandle.standardError.write(Data("\(elapsed)  \(step)\n".utf8))
                }
            )
            let summary = try builder.build()
            guard !quiet else { return }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            print("built \(output)/: \(summary.releases) releases, \(summary.pages) pages, \(summary.files) files, \(summary.findings) findings in \(seconds) s (\(summary.jobsCarried) of \(summary.jobsMade + summary.jobsCarried) jobs reused)")
        }
    }
}

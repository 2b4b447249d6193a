import ArgumentParser
import Foundation
import SitegenSite
import SitegenTemplates
import SitegenBuild
import SitegenServe
import SitegenShare

extension Sitegen {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site into the output folder (written atomically).",
            discussion: """
            The output must be sitegen's alone: an empty or missing folder, or a site sitegen built
            before (it holds .sitegen-site). The current folder, the content folder, a file or a
            symbolic link are refused. Prints the root hash: `sitegen verify --root` checks a copy.
            """)

        @OptionGroup var contentOptions: ContentOptions

        @Option(name: .long, help: "The output folder; replaced as a whole only when the build succeeds.")
        var output: String = "public"

        @Option(name: .long, help: "Absolute URL the site is served from (for absolute links and the sitemap), e.g. https://example.org/reports/.")
        var baseURL: String?

        @Flag(name: .long, help: "Draw 1200×630 preview cards and the charts' PNGs (librsvg, in the process), kept in the build cache by SVG hash.")
        var cards = false

        @Flag(name: .long, help: "Write the whole archive as SQLite, one database a year (data/sitegen-<year>.sqlite; a year over 25 MiB is cut into half-years, then months), with Datasette's data/metadata.json (off by default; see the README).")
        var database = false

        @Flag(name: .long, help: "Write the Excel workbooks, data/budget-lines.xlsx and data/releases/<id>.xlsx per release (off by default; see the README).")
        var workbooks = false

        @Option(name: .long, help: "The host the site must fit: standard (1 GB, 100,000 files at 1,200 releases: GitHub, GitLab, Cloudflare's paid plans) or small (Cloudflare's free plan: 20,000 files at 600 releases; packs each release's CSVs in one zip). See the README.")
        var profile: HostProfile = .standard

        @Flag(name: .long, help: "Ignore the build cache and make every page anew.")
        var clean = false

        @Option(name: .long, help: "A private key file (from `sitegen keygen`): signs the site manifest.")
        var sign: String?

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        @Flag(name: .shortAndLong, help: "Print each build step.")
        var verbose = false

        /// The process's resident memory now and at its peak (`VmRSS`, `VmHWM`), for `--verbose`.
        static func residentMemory() -> String {
            guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "" }
            func megabytes(_ field: String) -> String {
                let line = status.split(separator: "\n").first { $0.hasPrefix(field + ":") } ?? ""
                return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { "\($0 / 1024)" } ?? "?"
            }
            return "\(megabytes("VmRSS"))/\(megabytes("VmHWM")) MB"
        }

        func run() throws {
            let started = Date()
            let location = try OutputLocation(output, contentDirectory: contentOptions.contentURL)
            let base = try baseURL.map(BaseURL.validate)
            let signer = try sign.map { path in
                try SiteSigner(keyFileText: String(decoding: try CLIFile.read(path), as: UTF8.self), file: path)
            }
            let rasterizer = try cards ? CachedRasterizer(folder: BuildCache.folder(besideOutput: location.url).appendingPathComponent("png"),
                                                          rasterizer: Librsvg()) : nil
            StagingCleanup.installSignalHandlers()
            let showProgress = verbose || (!quiet && isatty(STDERR_FILENO) == 1)
            var builder = SiteBuilder(
                contentDirectory: contentOptions.contentURL,
                outputDirectory: location.url,
                config: SiteConfig(baseURL: base, database: database, workbooks: workbooks, profile: profile),
                theme: StandardTheme(rasterizer: rasterizer),
                clean: clean,
                progress: { step in
                    guard showProgress else { return }
                    let elapsed = String(format: "%6.2f s", Date().timeIntervalSince(started))
                    FileHandle.standardError.write(Data("\(elapsed) \(Self.residentMemory())  \(step)\n".utf8))
                }
            )
            builder.signer = signer
            builder.allowsEmptyReleases = contentOptions.allowEmpty
            builder.keepsMemoryUntilExit = true
            let summary = try builder.build()
            guard !quiet else { return }
            if base == nil { FileHandle.standardError.write(Data("note: link previews (og:url, og:image, canonical) need --base-url\n".utf8)) }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            print("built \(output)/: \(summary.releases) releases, \(summary.pages) pages, \(summary.files) files, \(summary.findings) findings in \(seconds) s (\(summary.jobsCarried) of \(summary.jobsMade + summary.jobsCarried) jobs reused)")
            print("root \(summary.rootHash)\(signer == nil ? "" : " (signed: \(SiteManifest.signaturePath))")")
        }
    }
}

extension HostProfile: ExpressibleByArgument {}

import Foundation

/// Builds a site: a checklist of named steps over the content folder, ending in one atomic write.
public struct SiteBuilder {
    public var contentDirectory: URL
    public var outputDirectory: URL
    public var config: SiteConfig
    public var theme: SiteTheme
    /// Receives `[i/n] step` lines as the build goes.
    public var progress: (String) -> Void
    /// Signs the site manifest when set (`build --sign`).
    public var signer: SiteSigner? = nil
    /// Whether a releases folder with no release may build an empty site (`--allow-empty`).
    public var allowsEmptyReleases = false

    public init(contentDirectory: URL, outputDirectory: URL, config: SiteConfig, theme: SiteTheme,
                progress: @escaping (String) -> Void = { _ in }) {
        self.contentDirectory = contentDirectory
        self.outputDirectory = outputDirectory
        self.config = config
        self.theme = theme
        self.progress = progress
    }

    public struct Summary: Equatable, Sendable {
        public var releases: Int
        public var pages: Int
        public var files: Int
        public var findings: Int
        /// The SHA-256 of `site-manifest.json`: what `verify --root` checks a copy against.
        public var rootHash: String = ""
    }

    @discardableResult
    public func build() throws -> Summary {
        let steps = 4
        _ = try OutputLocation(outputDirectory.path, contentDirectory: contentDirectory)
        progress("[1/\(steps)] read content")
        var loader = ContentLoader(contentDirectory: contentDirectory)
        loader.allowsEmpty = allowsEmptyReleases
        let lineage = try loader.loadLineage()
        let loaded = try loader.load()
        let releases = loaded.map(\.release)
        progress("[2/\(steps)] index releases")
        let site = SiteContent(releases: releases, config: config,
                               sourceTexts: Dictionary(uniqueKeysWithValues: loaded.map { ($0.release.id, $0.text) }),
                               lineage: lineage)
        progress("[3/\(steps)] render pages and data")
        let unsealed = try Self.files(for: site, theme: theme, archives: loaded)
        try SitePath.validate(unsealed.map(\.path))
        let (files, rootHash) = try SiteManifest.seal(unsealed, signer: signer)
        progress("[4/\(steps)] write \(outputDirectory.path)")
        try SiteWriter(outputDirectory: outputDirectory).write(files)
        return Summary(releases: releases.count, pages: files.filter { $0.path.hasSuffix(".html") }.count,
                       files: files.count, findings: releases.reduce(0) { $0 + $1.report.findings.count }, rootHash: rootHash)
    }

    /// Every file of the site: pages, data, and each release's files archived byte for byte.
    public static func files(for site: SiteContent, theme: SiteTheme, archives: [LoadedRelease]) throws -> [OutputFile] {
        var files = try theme.render(site)
        files += try DataExport.files(for: site.releases, config: site.config)
        for archive in archives {
            let id = archive.release.id
            files.append(OutputFile(path: "releases/\(id)/report.txt", bytes: archive.reportBytes))
            files.append(OutputFile(path: "releases/\(id)/release.yml", bytes: archive.metadataBytes))
        }
        files.append(OutputLocation.markerFile)
        files += ReleaseManifest.manifests(for: site.releases.map(\.release.id), in: files)
        return files.sorted { $0.path < $1.path }
    }
}

import Foundation
import SitegenConcurrency
import SitegenContent
import SitegenData
import SitegenSite

/// Builds a site: a checklist of named steps over the content folder. The theme's jobs render
/// into a sink that writes straight into a staging folder, hashing each file as it goes; the
/// staging folder is swapped in for the output at the end.
///
/// A build is incremental unless `clean` is set: release models are read from the build cache
/// when the release's bytes are unchanged, and a job whose dependency key is unchanged has its
/// files carried over from the previous output by hard link. An incremental build writes the
/// same bytes as a clean one.
public struct SiteBuilder {
    public var contentDirectory: URL
    public var outputDirectory: URL
    public var config: SiteConfig
    public var theme: SiteTheme
    /// Ignore (and replace) the build cache: every page is made anew.
    public var clean: Bool
    /// Receives `[i/n] step` lines as the build goes.
    public var progress: (String) -> Void
    /// Signs the site manifest when set (`build --sign`).
    public var signer: SiteSigner? = nil
    /// Whether a releases folder with no release may build an empty site (`--allow-empty`).
    public var allowsEmptyReleases = false
    /// Leaves the site's content and records for the process's end to free
    /// (`MemoryUntilExit`): for a command that exits once the build is done.
    public var keepsMemoryUntilExit = false

    public init(contentDirectory: URL, outputDirectory: URL, config: SiteConfig, theme: SiteTheme,
                clean: Bool = false, progress: @escaping (String) -> Void = { _ in }) {
        self.contentDirectory = contentDirectory
        self.outputDirectory = outputDirectory
        self.config = config
        self.theme = theme
        self.clean = clean
        self.progress = progress
    }

    public struct Summary: Equatable, Sendable {
        public var releases: Int
        public var pages: Int
        public var files: Int
        public var findings: Int
        /// Jobs made anew, and jobs whose files were carried over from the previous build.
        public var jobsMade: Int
        public var jobsCarried: Int
        /// The SHA-256 of `site-manifest.json`: what `verify --root` checks a copy against.
        public var rootHash: String
    }

    @discardableResult
    public func build() throws -> Summary {
        _ = try OutputLocation(outputDirectory.path, contentDirectory: contentDirectory)
        let cache = BuildCache(folder: BuildCache.folder(besideOutput: outputDirectory), identity: BuildIdentity.current)
        let cacheCleared = clean ? cache.clear() : {}
        defer { cacheCleared() }
        let writer = SiteWriter(outputDirectory: outputDirectory)
        // While the content is read, the staging folder is made ready (the spare tree walked)
        // and the previous build's record (78,000 lines at 600 releases) read, on other threads.
        let staging = try writer.prepare(cache: cache)
        let previousRead = clean ? nil : Background { [outputDirectory] in cache.carryOver(output: outputDirectory) }
        var record: Background<BuildCache.RecordWriter?>?
        let content: Content, sink: StagingSink, outcome: JobRunner.Outcome, sealed: Sealed
        do {
            step(1, "read content")
            content = try readContent(cache: cache)
            step(2, "index releases")
            let site = indexReleases(content, cache: cache)
            step(3, "render pages and data into staging")
            let previous = previousRead?.value ?? nil
            sink = staging.sink(previous: previous)
            progress("      previous build read, staging ready")
            outcome = try render(site, archives: content.loaded, into: sink, previous: previous)
            record = Self.recordJobs(outcome, identities: sink.fileIdentities, in: cache)
            sealed = try seal(site, sink: sink)
            step(4, "swap into \(outputDirectory.path)")
            cache.forgetJobs()
            try writer.commit(sink, retire: cache.keepSpare)
        } catch {
            writer.discard(staging)
            _ = record?.value // its temporary file is removed with it
            throw error
        }
        progress("      swapped")
        storeCache(cache, record: record?.value, late: sealed.late, sink: sink, keeping: content.loaded)
        let digests = sink.digests
        if keepsMemoryUntilExit { MemoryUntilExit.keep((content, sealed.site, previousRead as Any, sink, outcome, staging, digests)) }
        let pages = digests.filter { $0.path.utf8.reversed().starts(with: ".html".utf8.reversed()) }.count
        return Summary(releases: content.loaded.count, pages: pages,
                       files: digests.count, findings: content.loaded.reduce(0) { $0 + $1.release.report.findings.count },
                       jobsMade: outcome.made, jobsCarried: outcome.carried, rootHash: sealed.rootHash)
    }

    private static let steps = 4

    private func step(_ number: Int, _ name: String) {
        progress("[\(number)/\(Self.steps)] \(name)")
    }

    /// What step 1 reads: the lineage rules and every release with its files' bytes.
    private struct Content {
        var lineage: LineageConfig
        var lineageKey: String
        var loaded: [LoadedRelease]
    }

    /// Step 1: the content folder, each release parsed or its model read from the cache.
    private func readContent(cache: BuildCache) throws -> Content {
        var loader = ContentLoader(contentDirectory: contentDirectory)
        loader.allowsEmpty = allowsEmptyReleases
        let lineage = try loader.loadLineage()
        let loaded = try loader.load(cache: cache)
        progress("      \(loaded.count) releases loaded")
        return Content(lineage: lineage, lineageKey: loader.lineageKey(), loaded: loaded)
    }

    /// Step 2: the whole site as a model (programs matched across releases), while the theme
    /// prepares its work on each release on the other cores.
    private func indexReleases(_ content: Content, cache: BuildCache) -> IndexedSite {
        let releases = content.loaded.map(\.release)
        let contentKeys = Dictionary(uniqueKeysWithValues: content.loaded.map { ($0.release.id, $0.contentKey) })
        let memo = ReleaseMemo(cache: cache, contentKeys: contentKeys)
        let prepared = Background { [theme, memo] in theme.prepare(releases, memo: memo) }
        var site = SiteContent(releases: releases, config: config,
                               sourceTexts: SourceTexts(reportsOf: content.loaded),
                               lineage: content.lineage)
        site.prepared = prepared.value
        site.contentKeys = contentKeys
        site.lineageKey = content.lineageKey
        return IndexedSite(content: site, memo: memo)
    }

    private struct IndexedSite {
        var content: SiteContent
        var memo: ReleaseMemo
    }

    /// Step 3: every job run into the staging folder, made anew or carried over.
    private func render(_ site: IndexedSite, archives: [LoadedRelease], into sink: StagingSink,
                        previous: CarryOver?) throws -> JobRunner.Outcome {
        let jobs = Self.jobs(for: site.content, theme: theme, archives: archives, memo: site.memo)
        progress("      \(jobs.count) jobs listed")
        let outcome = try JobRunner(sink: sink, previous: previous).run(jobs)
        progress("      jobs done")
        return outcome
    }

    /// What sealing leaves: the files written after the jobs, and the root hash.
    private struct Sealed {
        var site: SiteContent
        var late: [FileDigest]
        var rootHash: String
    }

    /// The end of step 3: the files made from all the others (Datasette's metadata, which names
    /// the database files; the data page; the sitemap), the release manifests and the marker,
    /// then the site manifest, sealed (and signed) with the root hash.
    private func seal(_ site: IndexedSite, sink: StagingSink) throws -> Sealed {
        var late: [FileDigest] = []
        late += try sink.write(AnalystData.closingFiles(for: site.content, writtenPaths: sink.digests.map(\.path)))
        late += try sink.write(theme.closingFiles(for: site.content, writtenPaths: sink.digests.map(\.path)))
        late += try sink.write(ReleaseManifest.manifests(for: site.content.releases.map(\.release.id), from: sink.digests))
        late.append(try sink.write(OutputLocation.markerFile))
        progress("      manifests written")
        let rootHash = try sink.seal(signer: signer)
        late += [SiteManifest.path, SiteManifest.signaturePath].compactMap(sink.digest(at:))
        return Sealed(site: site.content, late: late, rootHash: rootHash)
    }

    /// After the swap: the cache's record of this build, and the models of releases gone
    /// pruned. The cache only speeds the next build up; one that cannot be written costs a
    /// full build.
    private func storeCache(_ cache: BuildCache, record: BuildCache.RecordWriter?, late: [FileDigest],
                            sink: StagingSink, keeping loaded: [LoadedRelease]) {
        let pruned = Background { [loaded] in cache.pruneModels(keeping: loaded.map(\.contentKey)) }
        if let record {
            try? record.append([BuildCache.unkeyed: late], identities: sink.fileIdentities)
            try? record.finish()
        }
        pruned.value
        progress("      cache stored")
    }

    /// Starts the cache's record of what the jobs made, on another thread while the manifests
    /// are written; the build adds the files written after the jobs once the site is swapped
    /// in. Nil when the record cannot be written (the next build is then a full one).
    private static func recordJobs(_ outcome: JobRunner.Outcome, identities: FileIdentities,
                                   in cache: BuildCache) -> Background<BuildCache.RecordWriter?> {
        Background {
            do {
                let record = try BuildCache.RecordWriter(cache)
                try record.append(outcome.keyed, identities: identities)
                try record.append([BuildCache.unkeyed: outcome.unkeyed], identities: identities)
                return record
            } catch {
                return nil
            }
        }
    }

    /// Every job of the site: the analysts' leading jobs (the longest), the theme's pages, the
    /// data exports, and each release's files archived byte for byte.
    public static func jobs(for site: SiteContent, theme: SiteTheme, archives: [LoadedRelease], memo: ReleaseMemo = .none) -> [RenderJob] {
        var jobs = AnalystData.leadingJobs(for: site)
        jobs += theme.jobs(for: site)
        jobs.append(RenderJob { DataExport.tables(for: site.releases, config: site.config, memo: memo) })
        jobs += AnalystData.laterJobs(for: site)
        for index in site.releases {
            jobs.append(RenderJob(key: site.contentKeys[index.release.id].map { "data:" + $0 }) {
                [try DataExport.model(of: index.release)]
            })
        }
        for archive in archives {
            let id = archive.release.id
            jobs.append(RenderJob(key: "archive:" + archive.contentKey) {
                [OutputFile(path: SiteMap.source(id), bytes: try archive.reportBytes),
                 OutputFile(path: SiteMap.releaseMetadata(id), bytes: archive.metadataBytes)]
                    + (try originalFiles(of: archive))
            })
        }
        return jobs
    }

    /// An imported release's original and page map, archived byte for byte beside its report
    /// (the original's SHA-256 is checked against release.yml, so the content key covers it),
    /// and its BagIt bag. A bag that cannot be made fails the build (it is never left out).
    static func originalFiles(of archive: LoadedRelease) throws -> [OutputFile] {
        guard let record = archive.release.metadata.original, let bytes = archive.originalBytes else { return [] }
        let id = archive.release.id
        var files = [OutputFile(path: SiteMap.original(id, file: record.file), bytes: bytes)]
        if let map = archive.pageMapBytes { files.append(OutputFile(path: SiteMap.pageMap(id), bytes: map)) }
        let model = try DataExport.model(of: archive.release).bytes
        let bag = ReleaseBag.files(release: archive.release, original: bytes, report: try archive.reportBytes,
                                   metadata: archive.metadataBytes, pageMap: archive.pageMapBytes, model: model)
        files.append(OutputFile(path: ReleaseBag.path(for: id), bytes: try ReleaseBag.zip(bag, id: id, date: archive.release.metadata.date)))
        return files
    }
}

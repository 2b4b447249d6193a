import SitegenSite

extension SiteTheme {
    /// The whole site rendered into memory, sorted by path.
    public func render(_ site: SiteContent) throws -> [OutputFile] {
        var site = site
        site.prepared = prepare(site.releases.map(\.release), memo: .none)
        let sink = MemorySink()
        _ = try JobRunner(sink: sink).run(jobs(for: site))
        try sink.write(closingFiles(for: site, writtenPaths: sink.files.map(\.path)))
        return sink.files
    }
}

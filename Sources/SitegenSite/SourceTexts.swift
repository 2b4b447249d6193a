import SitegenContent

/// Each release's report text for the line-numbered source view, by release id: held, for a
/// site assembled in memory, or read again from the report's file when the page is made, for
/// a build (`ReportFile`: a build does not hold every report to its end).
public struct SourceTexts: Sendable, ExpressibleByDictionaryLiteral {
    private enum Source: Sendable {
        case text(String)
        case file(ReportFile)
    }

    private var sources: [String: Source]

    /// Texts held in memory.
    public init(_ texts: [String: String] = [:]) {
        sources = texts.mapValues(Source.text)
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    /// Reports read again from their files.
    public init(files: [String: ReportFile]) {
        sources = files.mapValues(Source.file)
    }

    /// The reports of the releases as loaded, read again from their files.
    public init(reportsOf loaded: [LoadedRelease]) {
        self.init(files: Dictionary(uniqueKeysWithValues: loaded.map { ($0.release.id, $0.report) }))
    }

    /// The text of release `id`'s report; nil when there is none.
    public func text(of id: String) throws -> String? {
        switch sources[id] {
        case .text(let text): text
        case .file(let file): try file.text()
        case nil: nil
        }
    }
}

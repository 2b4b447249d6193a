import ArgumentParser
import Foundation
import SitegenCorpus

/// `sitegen-corpus --releases 600 --out /tmp/corpus`: a large content folder made from the
/// real reports in `content/`, for benchmarks and scale tests.
@main
struct MakeCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen-corpus",
        abstract: "Write a deterministic corpus of releases made from the real reports of a content folder.")

    @Option(help: "How many releases to write.")
    var releases: Int = 100

    @Option(help: "The content folder whose real reports are varied.")
    var from: String = "content"

    @Option(help: "The folder to write (its releases/ is created).")
    var out: String

    @Option(help: "The seed of the amounts' variation.")
    var seed: UInt64 = 1

    func validate() throws {
        guard releases > 0 else { throw ValidationError("--releases must be at least 1") }
    }

    func run() throws {
        let generator = try CorpusGenerator(content: URL(fileURLWithPath: from), seed: seed)
        let bytes = try generator.write(count: releases, into: URL(fileURLWithPath: out))
        FileHandle.standardError.write(Data("\(releases) releases, \(String(format: "%.1f", Double(bytes) / 1e6)) MB of report text in \(out)/releases\n".utf8))
    }
}

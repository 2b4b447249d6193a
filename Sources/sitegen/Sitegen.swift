import ArgumentParser
import Foundation
import SitegenCore
import SitegenTemplates

@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turns council report releases into a browsable static site.",
        subcommands: [Build.self, Check.self, Verify.self, Serve.self, New.self],
        defaultSubcommand: Build.self
    )
}

/// Where the content is read from.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder, holding releases/<release-id>/{release.yml,report.txt}.")
    var content: String = "content"

    var contentURL: URL { URL(fileURLWithPath: content) }
}

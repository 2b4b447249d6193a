import ArgumentParser
import Foundation
import SitegenContent
import SitegenServe

@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turns council report releases into a browsable static site.",
        subcommands: [Build.self, Check.self, Verify.self, Keygen.self, Serve.self, New.self, Import.self],
        defaultSubcommand: Build.self
    )

    /// Runs the command; any error other than the argument parser's own prints as one line
    /// (`error: path[:line]: cause`) and exits 1.
    static func main() async {
        Allocator.configure()
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            Self.exit(withError: error)
        }
        do {
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch where String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") {
            // The parser's own outcomes (`--help`, `help build`, a validation error) are shown
            // and exit as the parser means them.
            Self.exit(withError: error)
        } catch {
            FileHandle.standardError.write(Data("error: \(CLIErrors.message(error))\n".utf8))
            Foundation.exit(1)
        }
    }
}

/// Where the content is read from.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder, holding releases/<release-id>/{release.yml,report.txt}.")
    var content: String = "content"

    @Flag(name: .long, help: "Accept a releases folder that holds no release (an empty site).")
    var allowEmpty = false

    var contentURL: URL { URL(fileURLWithPath: content) }

    var loader: ContentLoader {
        var loader = ContentLoader(contentDirectory: contentURL)
        loader.allowsEmpty = allowEmpty
        return loader
    }

    /// A path inside the content folder as the user named the folder (`content/releases/…`).
    func display(_ path: String) -> String {
        content.hasSuffix("/") ? content + path : content + "/" + path
    }
}

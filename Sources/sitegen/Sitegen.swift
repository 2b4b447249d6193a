import ArgumentParser
import SitegenCore

@main
struct Sitegen: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Static site generator for public transparency reports.")
}

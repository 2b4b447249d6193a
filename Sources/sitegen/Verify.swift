import ArgumentParser
import Foundation
import SitegenCore

extension Sitegen {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a deployed copy of a site against its release manifests.",
            discussion: "Names every file that is missing, changed or not listed; exits 1 when anything differs.")

        @Argument(help: "The site folder to check (a copy of public/).")
        var site: String

        func run() throws {
            let report = try SiteVerifier(root: URL(fileURLWithPath: site)).verify()
            for problem in report.problems { print("\(site)/\(problem)") }
            if report.problems.isEmpty {
                print("verified \(report.files) files of \(report.releases) releases: all match their manifests")
            } else {
                print("\(report.problems.count) differences in \(report.files) files of \(report.releases) releases")
                throw ExitCode.failure
            }
        }
    }
}

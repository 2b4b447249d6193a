import ArgumentParser
import Foundation
import SitegenText
import SitegenTemplates
import SitegenBuild

extension Sitegen {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a copy of a site against its site manifest: every file, its SHA-256 and size.",
            discussion: """
            Names every file that is missing, changed or not listed; exits 1 when anything differs.
            With --root (the hash `build` printed, also on the home page and in feed.xml) or
            --public-key, it also proves the manifest is the one that was built; without them
            it can only say that the copy agrees with itself.
            """)

        @Argument(help: "The site folder to check (a copy of public/).")
        var site: String

        @Option(name: .long, help: "The root hash the site must have (printed by `sitegen build`).")
        var root: String?

        @Option(name: .long, help: "A public key file (from `sitegen keygen`): the site must be signed by its private key.")
        var publicKey: String?

        func run() throws {
            if let root, root.count != 64 || !root.allSatisfy(\.isHexDigit) {
                throw SitegenError(file: "--root", "a root hash is 64 hexadecimal digits, not '\(root)'")
            }
            let key = try publicKey.map { (text: String(decoding: try CLIFile.read($0), as: UTF8.self), file: $0) }
            let report = try SiteVerifier(root: URL(fileURLWithPath: site), expectedRoot: root, publicKey: key).verify()
            for problem in report.problems { print("\(site)/\(problem)") }
            if report.problems.isEmpty {
                print("verified \(report.files) files of \(report.releases) releases against root \(report.rootHash ?? "")")
                if !report.trusted {
                    print("note: no --root or --public-key given: this shows only that the copy agrees with its own manifest")
                }
            } else {
                print("\(report.problems.count) differences in \(report.files) files of \(report.releases) releases")
                throw ExitCode.failure
            }
        }
    }

    struct Keygen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make an Ed25519 key pair for signing sites: NAME (private, keep it secret) and NAME.pub.")

        @Argument(help: "The private key file to write; the public key goes to the same name with .pub.")
        var name: String = "sitegen-key"

        func run() throws {
            let pair = SiteSigner.generate()
            try CLIFile.create(name, pair.privateKey, mode: 0o600)
            try CLIFile.create(name + ".pub", pair.publicKey, mode: 0o644)
            print("wrote \(name) (private: build --sign \(name)) and \(name).pub (public: verify --public-key \(name).pub)")
        }
    }
}

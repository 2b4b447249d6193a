import ArgumentParser
import Foundation
import SitegenText
import SitegenContent
import SitegenImport

extension Sitegen {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a release from a published PDF or HWPX: the original archived, its text extracted, pages mapped.")

        @Argument(help: "The published report: a PDF or an HWPX file.")
        var file: String

        @Option(name: .long, help: "The release id, the folder's name: a-z, 0-9, '-', '_'.")
        var release: String

        @OptionGroup var contentOptions: ContentOptions

        @Flag(name: .long, help: "Read the pages by OCR (pdftoppm at 300 dpi, Tesseract's Korean model): for scanned PDFs.")
        var ocr = false

        func run() throws {
            try Self.importRelease(file: file, id: release, content: contentOptions, ocr: ocr)
        }

        static func importRelease(file: String, id: String, content: ContentOptions, ocr: Bool) throws {
            try ReleaseScaffold.validate(id: id)
            let releases = content.contentURL.appendingPathComponent("releases")
            let shown = content.display("releases/\(id)")
            guard !FileManager.default.fileExists(atPath: releases.appendingPathComponent(id).path) else {
                throw SitegenError(file: shown, "the release already exists; delete the folder first to import it again")
            }
            let bytes = try CLIFile.read(file)
            let now = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: Date())
            let today = YearMonth(year: now.year ?? 2000, month: now.month ?? 1) ?? YearMonth(year: 2000, month: 1)!
            let made = try ReleaseImport.make(id: id, bytes: bytes, file: file, sourcePath: file, ocr: ocr, today: today)
            try ReleaseFolderWriter.write(made, releasesFolder: releases, shownFolder: shown)
            let pages = made.pages.map { "\($0.pages.count) pages, " } ?? ""
            print("imported \(file) into \(shown)/ (\(pages)\(made.report.split(separator: "\n", omittingEmptySubsequences: false).count - 1) lines\(made.isOCR ? ", OCR text" : ""))")
            print("next: check title, issuer and date in \(shown)/release.yml, then `sitegen check` and `sitegen serve`")
        }
    }
}

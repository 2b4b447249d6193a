import Foundation
import XCTest
import SitegenSite
import SitegenShare
@testable import SitegenTemplates

/// Cards and chart images drawn by librsvg (in the process): valid 1200 × 630 PNGs whose Korean text a reader
/// (Tesseract with the Korean model) can read back, the same bytes every build, and `og:image`
/// under `--base-url`.
final class PreviewCardTests: XCTestCase {
    private func files(program: String = "마을활력소 운영", config: SiteConfig = SiteConfig()) throws -> [String: [UInt8]] {
        let text = SampleSite.report(program: program)
        let release = try SampleSite.release(report: text)
        let site = SiteContent(releases: [release], config: config, sourceTexts: [release.id: text])
        let files = try StandardTheme(rasterizer: Librsvg()).render(site)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
    }

    func testCardsAre1200By630PNGsOnProgramReleaseAndHomePages() throws {
        let files = try files()
        for path in ["programs/마을활력소-운영/card.png", "releases/2022-03-sample/card.png", "card.png"] {
            let png = try XCTUnwrap(files[path], "no \(path)")
            XCTAssertEqual(PNGHeader(png), PNGHeader(width: 1200, height: 630), path)
        }
        let chart = try XCTUnwrap(files["programs/마을활력소-운영/chart-rate.png"])
        let svg = String(decoding: try XCTUnwrap(files["programs/마을활력소-운영/chart-rate.svg"]), as: UTF8.self)
        XCTAssertTrue(svg.contains("width=\"760.0\""))
        XCTAssertEqual(PNGHeader(chart)?.width, 1520, "the chart's PNG is drawn at 2×")
    }

    func testTheProgramNameOnTheCardReadsBackInKorean() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tesseract") else {
            return XCTFail("tesseract is not installed: run the README's test command (make test), which installs tesseract-ocr-kor")
        }
        let png = try XCTUnwrap(try files()["programs/마을활력소-운영/card.png"])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("card-\(UUID().uuidString).png")
        try Data(png).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tesseract")
        process.arguments = [url.path, "-", "-l", "kor", "--psm", "4"]  // one column of lines of several sizes
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let squeezed = text.filter { !$0.isWhitespace }
        XCTAssertTrue(squeezed.contains("마을활력소운영"), "Tesseract read: \(text)")
        XCTAssertTrue(squeezed.contains("업무보고열람실"), "Tesseract read: \(text)")
    }

    func testCardsAndChartFilesAreTheSameBytesEveryBuild() throws {
        let first = try files(), second = try files()
        let images = first.keys.filter { $0.hasSuffix(".png") || $0.hasSuffix(".svg") }
        XCTAssertGreaterThanOrEqual(images.count, 5)
        for path in images { XCTAssertEqual(first[path], second[path], path) }
    }

    func testUnderABaseURLTheCardIsTheAbsoluteOgImage() throws {
        let files = try files(config: SiteConfig(baseURL: "https://example.org/reports/"))
        let page = String(decoding: try XCTUnwrap(files["programs/마을활력소-운영/index.html"]), as: UTF8.self)
        XCTAssertEqual(LinkPreviewTests.meta("og:image", in: page),
                       "https://example.org/reports/programs/%EB%A7%88%EC%9D%84%ED%99%9C%EB%A0%A5%EC%86%8C-%EC%9A%B4%EC%98%81/card.png")
        XCTAssertEqual(LinkPreviewTests.meta("twitter:card", in: page), "summary_large_image")
        XCTAssertTrue(page.contains("chart-rate.png\" download>PNG"))
    }

    func testALongHostileNameStillGivesACard() throws {
        let name = "\u{202E}사업👨‍👩‍👧" + String(repeating: "가나다라마바사아자차🇰🇷", count: 30)
        let files = try files(program: name)
        let card = try XCTUnwrap(files.first { $0.key.hasPrefix("programs/") && $0.key.hasSuffix("/card.png") }?.value)
        XCTAssertEqual(PNGHeader(card), PNGHeader(width: 1200, height: 630))
        let lines = PreviewCard.lines(PreviewText.clean(name, limit: 120), width: 1072, em: 54)
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines[1].hasSuffix("…"))
        XCTAssertTrue(PreviewText.clean(name, limit: 1000).hasPrefix(lines[0] + String(lines[1].dropLast())), "cut between characters")
    }
}

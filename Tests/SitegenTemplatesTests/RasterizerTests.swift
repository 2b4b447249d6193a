import Foundation
import XCTest
import SitegenSite
import SitegenText
@testable import SitegenShare
@testable import SitegenTemplates

/// librsvg linked into the process: the same bytes for the same SVG (twice in one process, from
/// many threads at once, and through the PNG cache), a clear error for a bad SVG, and palette
/// PNGs that another implementation of zlib and CRC-32 reads back.
final class RasterizerTests: XCTestCase {
    /// A program page's card and its chart at 2×, from the sample site.
    private func requests() throws -> [RasterRequest] {
        let text = SampleSite.report()
        let release = try SampleSite.release(report: text)
        let site = SiteContent(releases: [release], config: SiteConfig(), sourceTexts: [release.id: text])
        let rasters = ProgramPage(site: site, program: try XCTUnwrap(site.programs.first), cards: true).page.rasters
        XCTAssertEqual(rasters.map(\.zoom), [1, 2])
        return rasters
    }

    /// Never draws: stands for a rasteriser that must not be asked (a cache hit).
    private struct Refusing: Rasterizing {
        var version: String
        func start(_ request: RasterRequest) -> PendingPNG {
            PendingPNG { throw SitegenError(file: request.path, "drawn, but should have come from the cache") }
        }
    }

    func testTheSameCardTwiceInOneProcessAndThroughTheCache() throws {
        let librsvg = try Librsvg()
        XCTAssertTrue(librsvg.version.hasPrefix("librsvg 2."), librsvg.version)
        for request in try requests() {
            let first = try librsvg.png(request), second = try librsvg.png(request)
            XCTAssertEqual(first, second, request.path)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("png-cache-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let cache = CachedRasterizer(folder: folder, rasterizer: librsvg)
            XCTAssertEqual(try cache.png(request), first, "drawn on a miss: \(request.path)")
            XCTAssertEqual(FileManager.default.contents(atPath: cache.url(of: request).path).map { [UInt8]($0) }, first, "kept")
            let kept = CachedRasterizer(folder: folder, rasterizer: Refusing(version: librsvg.version))
            XCTAssertEqual(try kept.png(request), first, "read back on a hit: \(request.path)")
            // Another renderer's version is another key: the kept PNG is not reused.
            XCTAssertThrowsError(try CachedRasterizer(folder: folder, rasterizer: Refusing(version: "librsvg 9")).png(request))
            var otherZoom = request
            otherZoom.zoom += 1
            XCTAssertThrowsError(try kept.png(otherZoom))
        }
    }

    /// The build's threads all ask at once; every call into librsvg runs on its one thread, so
    /// every PNG equals the one drawn alone. (ThreadSanitizer, `make tsan`, cannot see inside
    /// librsvg, pango, fontconfig or cairo: only comparing the bytes can.)
    func testConcurrentDrawingsEqualTheSerialOnes() throws {
        let librsvg = try Librsvg()
        let requests = try requests()
        let expected = try requests.map { try librsvg.png($0) }
        let lock = NSLock()
        var differing = 0, failed = 0
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            let pending = (0..<6).map { round in librsvg.start(requests[(worker + round) % requests.count]) }
            for (round, png) in pending.enumerated() {
                let bytes = try? png.value()
                lock.lock()
                if bytes == nil { failed += 1 } else if bytes != expected[(worker + round) % requests.count] { differing += 1 }
                lock.unlock()
            }
        }
        XCTAssertEqual(failed, 0)
        XCTAssertEqual(differing, 0, "\(differing) of 48 concurrent drawings differed from the serial ones")
    }

    func testABadSVGIsAnErrorNamingTheFile() throws {
        let librsvg = try Librsvg()
        let bad = ["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect", "not an SVG at all", "",
                   "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100000\" height=\"10\"/>"]
        for svg in bad {
            let request = RasterRequest(path: "programs/broken/card.png", svg: Array(svg.utf8))
            XCTAssertThrowsError(try librsvg.png(request), svg) { error in
                let error = error as? SitegenError
                XCTAssertEqual(error?.file, "programs/broken/card.png", svg)
                XCTAssertTrue(error?.description.contains("SVG") ?? false, "\(String(describing: error))")
            }
        }
        // The thread is still there for the next image.
        XCTAssertEqual(PNGHeader(try librsvg.png(try requests()[0])), PNGHeader(width: 1200, height: 630))
    }

    func testAPaletteKeepsUpTo256ColoursExactlyAndMapsTheRestToTheNearest() {
        let few = RGBImage(width: 3, height: 2, pixels: [0xFFFFFF, 0x1B1F24, 0xFFFFFF, 0x2F6FBF, 0x2F6FBF, 0xFFFFFF])
        let palette = ColorPalette(few)
        XCTAssertEqual(palette.colors, [0x1B1F24, 0x2F6FBF, 0xFFFFFF])
        XCTAssertEqual(palette.indices.map { palette.colors[Int($0)] }, few.pixels)
        // 300 greys, the first 100 of them used twice: 256 are kept, the 100 most used among them.
        var pixels = (0..<300).map { UInt32($0 % 256) * 0x010101 + UInt32($0 / 256) }
        pixels += pixels.prefix(100)
        let many = RGBImage(width: pixels.count, height: 1, pixels: pixels)
        let reduced = ColorPalette(many)
        XCTAssertEqual(reduced.colors.count, 256)
        XCTAssertEqual(reduced.colors, reduced.colors.sorted())
        for (pixel, index) in zip(many.pixels, reduced.indices) {
            let drawn = reduced.colors[Int(index)]
            XCTAssertEqual(ColorPalette.distance(pixel, drawn), reduced.colors.map { ColorPalette.distance(pixel, $0) }.min())
        }
        XCTAssertEqual(ColorPalette(many), reduced, "the same every time")
    }

    /// Python's own zlib and CRC-32 read the card back: every chunk's CRC, an 8-bit palette,
    /// unfiltered rows of 1200 indices, each within the palette.
    func testACardIsAPalettePNGThatAnotherDecoderReads() throws {
        let card = try Librsvg().png(try requests()[0])
        XCTAssertLessThan(card.count, 60_000, "a card of flat colours: \(card.count) bytes")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("card-\(UUID().uuidString).png")
        try Data(card).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let script = """
        import struct, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
        at, chunks = 8, {}
        while at < len(data):
            (length,) = struct.unpack('>I', data[at:at + 4])
            kind, body = data[at + 4:at + 8], data[at + 8:at + 8 + length]
            (crc,) = struct.unpack('>I', data[at + 8 + length:at + 12 + length])
            assert zlib.crc32(kind + body) == crc, kind
            chunks.setdefault(kind, b''); chunks[kind] += body
            at += 12 + length
        width, height, depth, kind = struct.unpack('>IIBB', chunks[b'IHDR'][:10])
        colours = len(chunks[b'PLTE']) // 3
        rows = zlib.decompress(chunks[b'IDAT'])
        assert (depth, kind) == (8, 3) and len(rows) == (width + 1) * height
        assert all(rows[r * (width + 1)] == 0 for r in range(height))
        assert max(b for r in range(height) for b in rows[r * (width + 1) + 1:(r + 1) * (width + 1)]) < colours
        print(width, height, colours, sorted(chunks))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, url.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.hasPrefix("1200 630 "), text)
    }
}

import CRsvgLoader
import CLibz
import Foundation
import SitegenText

/// Draws SVG with Debian's librsvg and cairo (librsvg2-2, libcairo2), loaded into the process by
/// `dlopen` the first time a build draws a card (`CRsvgLoader`: linked, they were some 36 more
/// libraries mapped by every run of sitegen, 7 MB more resident, cards or not), onto a white
/// cairo image surface, and writes the pixels as a palette PNG (`PalettePNG`). The text comes
/// from the system's fonts (fonts-noto-cjk for Korean).
///
/// Every call into librsvg and cairo is made on one thread, `Librsvg.thread`, made once a process
/// (see `RenderThread` for why); quantizing and encoding run on the caller's thread, so both
/// cores work. Drawing a card takes about 6 ms there, where running `rsvg-convert` as a process
/// per image took about 70–90 ms, most of it fontconfig loading the CJK fonts again each time
/// (a card's SVG drawn 50 times on this machine; README, "Sharing").
public struct Librsvg: Rasterizing {
    /// `librsvg 2.54.7, cairo 1.16.0, zlib 1.2.13, palette-png 2 (zlib level 6)`.
    public let version: String

    /// The one thread on which librsvg, pango, fontconfig and cairo are called.
    static let thread = RenderThread(name: "sitegen.librsvg")

    /// The largest image drawn, a side (the cards are 1200 × 630, a chart at 2× 1520 wide).
    static let maxSide: Int32 = 8192

    /// Loads librsvg (2.52 or later, for `rsvg_handle_get_intrinsic_size_in_pixels`) and cairo;
    /// an error says which Debian package is missing.
    public init() throws {
        let loaded = try Self.thread.submit { () throws -> String in
            var message = [CChar](repeating: 0, count: 512)
            guard sitegen_rsvg_load(&message, message.count) == 0 else {
                throw SitegenError(file: "librsvg", String(cString: message))
            }
            return String(cString: sitegen_rsvg_version())
        }.wait()
        version = "\(loaded), zlib \(String(cString: zlibVersion())), \(PalettePNG.version)"
    }

    public func start(_ request: RasterRequest) -> PendingPNG {
        let drawing = Self.thread.submit { try Self.draw(request) }
        return PendingPNG { try PalettePNG.encode(drawing.wait()) }
    }

    /// The SVG drawn at its zoom over white. Runs on `thread` only.
    static func draw(_ request: RasterRequest) throws -> RGBImage {
        guard !request.svg.isEmpty else { throw SitegenError(file: request.path, "not a drawable SVG: it is empty") }
        var message = [CChar](repeating: 0, count: 512)
        var pixels: UnsafeMutablePointer<UInt32>?
        var (width, height): (Int32, Int32) = (0, 0)
        let status = request.svg.withUnsafeBufferPointer { svg in
            sitegen_rsvg_draw(svg.baseAddress, svg.count, Double(request.zoom), maxSide, &pixels, &width, &height, &message, message.count)
        }
        defer { free(pixels) }
        let reason = String(cString: message)
        switch status {
        case 0: break
        case 1, 2: throw SitegenError(file: request.path, "not a drawable SVG: \(reason)")
        case 3: throw SitegenError(file: request.path, "librsvg could not draw it: \(reason)")
        default: throw SitegenError(file: request.path, "cairo could not draw it: \(reason)")
        }
        guard let pixels else { throw SitegenError(file: request.path, "cairo could not draw it") }
        let count = Int(width) * Int(height)
        return RGBImage(width: Int(width), height: Int(height), pixels: Array(UnsafeBufferPointer(start: pixels, count: count)))
    }
}

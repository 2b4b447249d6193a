import CRsvg
import CLibz
import SitegenText

/// Draws SVG with Debian's librsvg (librsvg2-dev) linked into the process, onto a white cairo
/// image surface, and writes the pixels as a palette PNG (`PalettePNG`). The text comes from the
/// system's fonts (fonts-noto-cjk for Korean).
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
    static let maxSide = 8192

    /// Checks the linked librsvg: 2.52 or later (`rsvg_handle_get_intrinsic_size_in_pixels`).
    public init() throws {
        let (major, minor, micro) = (rsvg_major_version, rsvg_minor_version, rsvg_micro_version)
        guard major == 2, minor >= 52 else {
            throw SitegenError(file: "librsvg", "version \(major).\(minor).\(micro) is too old: sitegen needs 2.52 or later (Debian's librsvg2-dev)")
        }
        let cairo = String(cString: cairo_version_string())
        let zlib = String(cString: zlibVersion())
        version = "librsvg \(major).\(minor).\(micro), cairo \(cairo), zlib \(zlib), \(PalettePNG.version)"
    }

    public func start(_ request: RasterRequest) -> PendingPNG {
        let drawing = Self.thread.submit { try Self.draw(request) }
        return PendingPNG { try PalettePNG.encode(drawing.wait()) }
    }

    /// The SVG drawn at its zoom over white. Runs on `thread` only.
    static func draw(_ request: RasterRequest) throws -> RGBImage {
        var error: UnsafeMutablePointer<GError>?
        func cause() -> String {
            defer { if error != nil { g_error_free(error); error = nil } }
            return error.map { String(cString: $0.pointee.message) } ?? "no reason given"
        }
        guard !request.svg.isEmpty else { throw SitegenError(file: request.path, "not a drawable SVG: it is empty") }
        let handle = request.svg.withUnsafeBufferPointer { svg in
            rsvg_handle_new_from_data(svg.baseAddress, gsize(svg.count), &error)
        }
        guard let handle else { throw SitegenError(file: request.path, "not a drawable SVG: \(cause())") }
        defer { g_object_unref(handle) }
        var (width, height) = (0.0, 0.0)
        guard rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) != 0 else {
            throw SitegenError(file: request.path, "not a drawable SVG: its width and height are not given in pixels")
        }
        let zoom = Double(request.zoom)
        let (columns, rows) = (Int((width * zoom).rounded()), Int((height * zoom).rounded()))
        guard (1...maxSide).contains(columns), (1...maxSide).contains(rows) else {
            throw SitegenError(file: request.path, "not a drawable SVG: \(columns) × \(rows) pixels (at most \(maxSide) a side)")
        }
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(columns), Int32(rows))
        defer { cairo_surface_destroy(surface) }
        let context = cairo_create(surface)
        defer { cairo_destroy(context) }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        var viewport = RsvgRectangle(x: 0, y: 0, width: Double(columns), height: Double(rows))
        guard rsvg_handle_render_document(handle, context, &viewport, &error) != 0 else {
            throw SitegenError(file: request.path, "librsvg could not draw it: \(cause())")
        }
        cairo_surface_flush(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else {
            throw SitegenError(file: request.path, "cairo could not draw it: \(String(cString: cairo_status_to_string(cairo_surface_status(surface))))")
        }
        // RGB24: a 32-bit word a pixel in the machine's order, its top byte unused.
        let stride = Int(cairo_image_surface_get_stride(surface))
        var pixels = [UInt32](repeating: 0, count: columns * rows)
        pixels.withUnsafeMutableBufferPointer { out in
            for row in 0..<rows {
                let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
                for column in 0..<columns { out[row * columns + column] = line[column] & 0xFF_FFFF }
            }
        }
        return RGBImage(width: columns, height: rows, pixels: pixels)
    }
}

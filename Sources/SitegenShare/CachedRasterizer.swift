import Foundation
import SitegenText

/// A rasteriser whose PNGs are kept in a folder (in the build cache, `.public.cache/png/`) under
/// the SHA-256 of what they are drawn from: the rasteriser's version, the zoom and the SVG. An
/// incremental build, or a clean one whose images did not change, runs the rasteriser only for
/// images whose SVG changed. A kept file that is not a PNG is drawn again.
public struct CachedRasterizer: Rasterizing {
    public let folder: URL
    public let rasterizer: RSVGConvert

    public init(folder: URL, rasterizer: RSVGConvert) {
        self.folder = folder
        self.rasterizer = rasterizer
    }

    public func png(_ request: RasterRequest) throws -> [UInt8] {
        var key = DependencyKey("png")
        key.add(rasterizer.version)
        key.add(request.zoom)
        key.add(bytes: request.svg)
        let url = folder.appendingPathComponent(key.digest + ".png")
        if let kept = FileManager.default.contents(atPath: url.path).map({ [UInt8]($0) }), PNGHeader(kept) != nil {
            return kept
        }
        let bytes = try rasterizer.png(request)
        // Written beside its name and renamed into place, so a build stopped halfway leaves no
        // half file; two jobs drawing the same image write the same bytes.
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let partial = folder.appendingPathComponent(".\(key.digest).\(UUID().uuidString).partial")
        if (try? Data(bytes).write(to: partial)) != nil, rename(partial.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: partial)
        }
        return bytes
    }
}

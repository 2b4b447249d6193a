import Foundation
import SitegenText

/// A rasteriser whose PNGs are kept in a folder (in the build cache, `.public.cache/png/`) under
/// the SHA-256 of what they are drawn from: the rasteriser's version (the libraries' and the
/// encoder's), the zoom and the SVG. An incremental build, or a clean one whose images did not
/// change, draws only images whose SVG changed; a new version's key differs, so the PNGs of an
/// older one are not reused. A kept file that is not a PNG is drawn again.
public struct CachedRasterizer: Rasterizing {
    public let folder: URL
    public let rasterizer: any Rasterizing

    public init(folder: URL, rasterizer: any Rasterizing) {
        self.folder = folder
        self.rasterizer = rasterizer
    }

    public var version: String { rasterizer.version }

    /// The file that keeps the PNG of `request`.
    public func url(of request: RasterRequest) -> URL {
        var key = DependencyKey("png")
        key.add(rasterizer.version)
        key.add(request.zoom)
        key.add(bytes: request.svg)
        return folder.appendingPathComponent(key.digest + ".png")
    }

    public func start(_ request: RasterRequest) -> PendingPNG {
        let url = url(of: request)
        if let kept = FileManager.default.contents(atPath: url.path).map({ [UInt8]($0) }), PNGHeader(kept) != nil {
            return .ready(kept)
        }
        let drawing = rasterizer.start(request)
        let folder = folder
        return PendingPNG {
            let bytes = try drawing.value()
            // Written beside its name and renamed into place, so a build stopped halfway leaves
            // no half file; two jobs drawing the same image write the same bytes.
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let partial = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).partial")
            if (try? Data(bytes).write(to: partial)) != nil, rename(partial.path, url.path) != 0 {
                try? FileManager.default.removeItem(at: partial)
            }
            return bytes
        }
    }
}

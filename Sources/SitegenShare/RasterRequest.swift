/// An image the site offers as PNG: the SVG it is drawn from, the path of the PNG beside its page,
/// and how much larger than the SVG's own size it is drawn (2 for slides).
public struct RasterRequest: Sendable, Equatable {
    public var path: String
    public var svg: [UInt8]
    public var zoom: Int

    public init(path: String, svg: [UInt8], zoom: Int = 1) {
        self.path = path
        self.svg = svg
        self.zoom = zoom
    }
}

/// What turns an SVG into PNG bytes: `Librsvg`, or `CachedRasterizer` around it.
public protocol Rasterizing: Sendable {
    /// Everything that decides the bytes drawn (the libraries' versions, the PNG encoder's): part
    /// of the PNG cache's key, so another version's PNGs are not reused.
    var version: String { get }
    /// Starts drawing `request` and returns at once; the PNG is waited for by `PendingPNG.value()`,
    /// so that the caller can lay out its page meanwhile.
    func start(_ request: RasterRequest) -> PendingPNG
}

extension Rasterizing {
    /// The PNG of `request`, drawn now.
    public func png(_ request: RasterRequest) throws -> [UInt8] {
        try start(request).value()
    }
}

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

/// What turns an SVG into PNG bytes: `RSVGConvert`, or `CachedRasterizer` around it.
public protocol Rasterizing: Sendable {
    func png(_ request: RasterRequest) throws -> [UInt8]
}

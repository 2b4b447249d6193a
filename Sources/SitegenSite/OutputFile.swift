/// One file of the built site: a path relative to the output folder, and its bytes.
public struct OutputFile: Equatable, Sendable {
    public var path: String
    public var bytes: [UInt8]
    /// The zip this file is written into instead of on its own (`releases/<id>/tables.zip`),
    /// under its path relative to the zip's folder: how a small host's profile packs the
    /// downloads of a release in one file. The files of one zip come from one job.
    public var pack: String?

    public init(path: String, bytes: [UInt8], pack: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.pack = pack
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

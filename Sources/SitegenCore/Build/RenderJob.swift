/// A unit of the build: a function that makes some files of the site, and the key of what those
/// files depend on. Two builds that give a job the same key must get the same files from it:
/// that is what lets an incremental build carry them over instead of rendering them again.
public struct RenderJob {
    /// Everything the files depend on, digested (see `DependencyKey`); `nil`: made on every build.
    public var key: String?
    public var make: () throws -> [OutputFile]
    /// Called once the job is done, its files made or carried over (or the job failed): lets go
    /// what only the job needed, which a carried job never asks for.
    public var finished: (() -> Void)?

    public init(key: String? = nil, make: @escaping () throws -> [OutputFile], finished: (() -> Void)? = nil) {
        self.key = key
        self.make = make
        self.finished = finished
    }
}

/// A SHA-256 over the parts of what something depends on, each part delimited, so that
/// `["ab", "c"]` and `["a", "bc"]` give different keys.
public struct DependencyKey {
    private var parts: [UInt8] = []

    public init(_ kind: String) {
        add(kind)
    }

    public mutating func add(_ part: String) {
        add(bytes: part.utf8)
    }

    public mutating func add<Bytes: Collection<UInt8>>(bytes part: Bytes) {
        parts += String(part.count).utf8
        parts.append(0x3A)
        parts += part
    }

    public mutating func add(_ part: Int) {
        add(String(part))
    }

    public mutating func add(_ part: String?) {
        if let part { add("1"); add(part) } else { add("0") }
    }

    public var digest: String { Hex.sha256(parts) }
}

/// A unit of the build: a function that makes some files of the site, and the key of what those
/// files depend on. Two builds that give a job the same key must get the same files from it:
/// that is what lets an incremental build carry them over instead of rendering them again.
public struct RenderJob {
    /// Everything the files depend on, digested (see `DependencyKey`); `nil`: made on every build.
    public var key: String?
    public var make: () throws -> [OutputFile]

    public init(key: String? = nil, make: @escaping () throws -> [OutputFile]) {
        self.key = key
        self.make = make
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
        parts += Array(String(part.utf8.count).utf8)
        parts.append(0x3A)
        parts += Array(part.utf8)
    }

    public mutating func add(_ part: Int) {
        add(String(part))
    }

    public mutating func add(_ part: String?) {
        if let part { add("1"); add(part) } else { add("0") }
    }

    public var digest: String { Hex.sha256(parts) }
}

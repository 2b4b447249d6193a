/// A site path as a key of the staging sink's tables, hashed and compared by its UTF-8 bytes:
/// a file system tells names apart by their bytes too. `String` hashes a non-ASCII string
/// through its NFC form; a third of a 600-release site's 78,000 paths are Hangul, and the
/// sink looks each one up several times under its lock (a fifth of the time that carrying
/// unchanged files over took).
public struct PathKey: Hashable, Sendable {
    public let path: String

    public init(_ path: String) {
        var path = path
        path.makeContiguousUTF8()
        self.path = path
    }

    public static func == (a: PathKey, b: PathKey) -> Bool {
        a.withBytes { a in b.withBytes { b in a.count == b.count && a.elementsEqual(b) } }
    }

    public func hash(into hasher: inout Hasher) {
        withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    private func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = path.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(path.utf8).withUnsafeBufferPointer(body)
    }
}

/// What each written or carried file is on disk, by path.
public struct FileIdentities: Sendable {
    var byPath: [PathKey: FileIdentity] = [:]

    public init() {}

    public init(_ identities: [String: FileIdentity]) {
        byPath = Dictionary(uniqueKeysWithValues: identities.map { (PathKey($0.key), $0.value) })
    }

    public subscript(path: String) -> FileIdentity? {
        byPath[PathKey(path)]
    }

    public var count: Int { byPath.count }
}

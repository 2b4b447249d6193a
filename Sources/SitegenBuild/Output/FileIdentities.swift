import SitegenText

/// What each written or carried file is on disk, by path.
public struct FileIdentities: Sendable {
    package var byPath: [PathKey: FileIdentity] = [:]

    public init() {}

    public init(_ identities: [String: FileIdentity]) {
        byPath = Dictionary(uniqueKeysWithValues: identities.map { (PathKey($0.key), $0.value) })
    }

    public subscript(path: String) -> FileIdentity? {
        byPath[PathKey(path)]
    }

    public var count: Int { byPath.count }
}

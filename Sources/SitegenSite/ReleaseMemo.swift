/// Work derived from one release alone (the passages search cuts its text into, the release's
/// rows of the CSV tables) costs the same in every build the release is in. A memo keeps its bytes in the build cache under
/// the release's content key and the build identity, so that the next build reads them back;
/// `make` must be a pure function of the release. Without a cache (a site built in memory),
/// or for a release whose content key is unknown, it only makes.
public struct ReleaseMemo: Sendable {
    private let cache: (any DerivedStore)?
    private let contentKeys: [String: String]

    public init(cache: (any DerivedStore)?, contentKeys: [String: String]) {
        self.cache = cache
        self.contentKeys = contentKeys
    }

    public static let none = ReleaseMemo(cache: nil, contentKeys: [:])

    /// The bytes of `kind` for release `id`: as kept, or made and kept. A theme that cannot
    /// read what it gets back (a damaged file) makes them anew itself.
    public func bytes(_ kind: String, release id: String, make: () -> [UInt8]) -> [UInt8] {
        guard let cache, let key = contentKeys[id] else { return make() }
        if let bytes = cache.derived(kind, for: key) { return bytes }
        let bytes = make()
        cache.storeDerived(bytes, kind: kind, for: key)
        return bytes
    }

    /// Whether `bytes` keeps what it makes for release `id` (there is a cache and the release's
    /// content key is known), so that a theme can read it back where it is used instead of
    /// holding it (a cache that cannot write only makes it again).
    public func keeps(release id: String) -> Bool {
        cache != nil && contentKeys[id] != nil
    }

    /// Bytes a theme kept for the whole site under `name` in the last build of the same
    /// sitegen (what it derived from many releases, to be checked against them and reused in
    /// part); nil without a cache.
    public func siteBytes(_ name: String) -> [UInt8]? {
        cache?.siteDerived(name)
    }

    /// Keeps `bytes` for the next build's `siteBytes(name)`, in place of the last ones.
    public func storeSiteBytes(_ bytes: [UInt8], name: String) {
        cache?.storeSiteDerived(bytes, name: name)
    }

    /// The value of `kind` for release `id`: read back from its kept bytes, or made (and its
    /// bytes kept), never made and then read back; made anew when the kept bytes are damaged.
    public func value<Value>(_ kind: String, release id: String, make: () -> Value,
                             encode: (Value) -> [UInt8], decode: ([UInt8]) throws -> Value) -> Value {
        var made: Value?
        let bytes = bytes(kind, release: id) {
            made = make()
            return encode(made!)
        }
        return made ?? (try? decode(bytes)) ?? make()
    }
}

/// Where a `ReleaseMemo` keeps its bytes between builds: the build cache.
public protocol DerivedStore: Sendable {
    /// The bytes of `kind` kept for the release whose content key is `contentKey`.
    func derived(_ kind: String, for contentKey: String) -> [UInt8]?
    func storeDerived(_ bytes: [UInt8], kind: String, for contentKey: String)
    /// The bytes kept for the whole site under `name`.
    func siteDerived(_ name: String) -> [UInt8]?
    func storeSiteDerived(_ bytes: [UInt8], name: String)
}

import SitegenText

/// The files of the spare tree (`SpareTree`) as recorded, by path, and which of them this build
/// has claimed (written again, or replaced). A claim marks a file rather than removing it from
/// the table: removing entries, and copying each out as it went, was a third of what claiming
/// the 78,000 files of a 600-release site cost under the staging sink's lock.
public struct SpareFiles {
    private var positions: [PathKey: Int] = [:]
    private var files: [CarryOver.File] = []
    private var keys: [PathKey] = []
    private var claimed: [Bool] = []

    public init() {}

    /// How many files the tree holds, claimed or not.
    public var count: Int { files.count }

    mutating func add(_ file: CarryOver.File, at key: PathKey) {
        if let position = positions[key] {
            files[position] = file
            return
        }
        positions[key] = files.count
        files.append(file)
        keys.append(key)
        claimed.append(false)
    }

    /// Whether the tree holds an unclaimed file at `key` with these bytes.
    func holds(_ key: PathKey, sameAs digest: FileDigest) -> Bool {
        guard let position = positions[key], !claimed[position] else { return false }
        return files[position].digest.hasSameContents(as: digest)
    }

    /// Claims the file at `key`, returning it when it was there and unclaimed.
    mutating func claim(_ key: PathKey) -> CarryOver.File? {
        guard let position = positions[key], !claimed[position] else { return nil }
        claimed[position] = true
        return files[position]
    }

    /// Claims every file under the folder `path` (the folder is removed whole).
    mutating func claimAll(under path: String) {
        let prefix = Array((path + "/").utf8)
        for position in keys.indices where !claimed[position] && keys[position].path.utf8.starts(with: prefix) {
            claimed[position] = true
        }
    }

    /// The paths of the files no one claimed.
    var unclaimed: [String] {
        keys.indices.filter { !claimed[$0] }.map { keys[$0].path }
    }
}

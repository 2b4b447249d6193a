import Foundation
import SitegenConcurrency

/// A site path as a key of the staging sink's tables, hashed and compared by its UTF-8 bytes:
/// a file system tells names apart by their bytes too. `String` hashes a non-ASCII string
/// through its NFC form; a third of a 600-release site's 78,000 paths are Hangul, and the
/// sink looks each one up several times under its lock (a fifth of the time that carrying
/// unchanged files over took).
///
/// The bytes are hashed once, when the key is made (outside the sink's lock): a lookup then
/// hashes one integer, and tells most other keys apart by it without reading their bytes.
public struct PathKey: Hashable, Sendable {
    public let path: String
    @usableFromInline let bytesHash: Int

    public init(_ path: String) {
        var path = path
        path.makeContiguousUTF8()
        self.path = path
        var hasher = Hasher()
        Self.withBytes(of: path) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        bytesHash = hasher.finalize()
    }

    // `==` and `hash(into:)` are inlinable: the staging sink's tables live in another module,
    // and called opaquely they retained each key's string on every probe (a quarter of the
    // retains of a rebuild that carries 78,000 files over).
    @inlinable
    public static func == (a: PathKey, b: PathKey) -> Bool {
        guard a.bytesHash == b.bytesHash else { return false }
        return withBytes(of: a.path) { a in withBytes(of: b.path, a.hasSameBytes) }
    }

    @inlinable
    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytesHash)
    }

    /// The positions of `paths` in the order of their UTF-8 bytes: for text in NFC, which
    /// every site path is (slugs are NFC, release ids ASCII), the order of `String`'s `<`.
    /// The paths are copied into one buffer and compared by `memcmp`; sorting a 600-release
    /// site's 78,000 digests by `String` took 0.15 s, mostly in Unicode comparison and in
    /// retaining the strings the sort moved.
    public static func order(of paths: [String], partSize: Int = 16_384) -> [Int] {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(paths.count + 1)
        for path in paths {
            bytes += path.utf8
            starts.append(bytes.count)
        }
        return bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress
            let precedes = { (a: Int, b: Int) -> Bool in
                let (startA, countA) = (starts[a], starts[a + 1] - starts[a])
                let (startB, countB) = (starts[b], starts[b + 1] - starts[b])
                let shorter = min(countA, countB)
                let common = shorter == 0 ? 0 : memcmp(base! + startA, base! + startB, shorter)
                return common != 0 ? common < 0 : countA < countB
            }
            // Parts sorted on all cores, then merged (sorting the 79,000 paths of a 600-release
            // site on one core was most of the single-threaded end of every build).
            let parts = stride(from: 0, to: paths.count, by: partSize).map { $0..<min($0 + partSize, paths.count) }
            var sorted = Concurrently.map(parts.map { part in { part.sorted(by: precedes) } })
            while sorted.count > 1 {
                let pairs = stride(from: 0, to: sorted.count, by: 2).map { ($0, $0 + 1 < sorted.count ? $0 + 1 : nil) }
                sorted = Concurrently.map(pairs.map { first, second in
                    { second.map { merged(sorted[first], sorted[$0], by: precedes) } ?? sorted[first] }
                })
            }
            return sorted.first ?? []
        }
    }

    /// Two ascending lists of distinct positions as one.
    private static func merged(_ a: [Int], _ b: [Int], by precedes: (Int, Int) -> Bool) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(a.count + b.count)
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if precedes(b[j], a[i]) { result.append(b[j]); j += 1 } else { result.append(a[i]); i += 1 }
        }
        result += a[i...]
        result += b[j...]
        return result
    }

    @usableFromInline
    static func withBytes<T>(of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = path.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(path.utf8).withUnsafeBufferPointer(body)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// Whether `needle` occurs in the text: a byte search over UTF-8 (Foundation's `contains`
    /// goes through NSString, which dominated the ingest's profile).
    public func has(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n -> Bool in
            if let found = self.utf8.withContiguousStorageIfAvailable({ ByteSearch.contains($0, n) }) { return found }
            var copy = String(self)
            return copy.withUTF8 { ByteSearch.contains($0, n) }
        }
    }
}

/// Substring search on bytes.
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`. `memchr` finds each place of the needle's last
    /// byte and `memcmp` checks the bytes before it. The last byte, not the first: in Korean
    /// text a syllable's first byte is one of four (0xEA-0xED) and is a third of all bytes,
    /// while its last byte is one of 64 (the byte-by-byte loop this replaces was 1.2 % of a
    /// clean 600-release build, most of it on report lines searched for a Korean word).
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let n = needle.baseAddress, !needle.isEmpty else { return true }
        guard let h = haystack.baseAddress, haystack.count >= needle.count else { return false }
        let before = needle.count - 1
        let last = Int32(n[before])
        let end = h + haystack.count
        var from = h + before
        while from < end {
            guard let hit = memchr(from, last, end - from) else { return false }
            let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            if before == 0 || memcmp(at - before, n, before) == 0 { return true }
            from = at + 1
        }
        return false
    }
}

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

/// Substring search on bytes: every search of sitegen's goes through `firstOffset` here.
package enum ByteSearch {
    /// Whether `needle` occurs in `haystack` (an empty needle always does).
    package static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOffset(of: needle, in: haystack) != nil
    }

    /// Where `needle` first starts in `haystack`, as an offset; nil when it does not occur.
    /// `memchr` finds each place of the needle's last byte, left to right, and `memcmp` checks
    /// the bytes before it. The last byte, not the first: in Korean text a syllable's first
    /// byte is one of four (0xEA–0xED) and a third of all bytes, its last one of 64. (A
    /// byte-by-byte loop over report lines was 1.2 % of a clean 600-release build; glibc's
    /// `memmem`, which prepares its search at every call, 0.7 %; this loop about 0.3 %.)
    package static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let n = needle.baseAddress, !needle.isEmpty else { return 0 }
        guard let h = haystack.baseAddress, haystack.count >= needle.count else { return nil }
        let before = needle.count - 1
        let last = Int32(n[before])
        let end = h + haystack.count
        var from = h + before
        while from < end {
            guard let hit = memchr(from, last, end - from) else { return nil }
            let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            if before == 0 || memcmp(at - before, n, before) == 0 { return h.distance(to: at - before) }
            from = at + 1
        }
        return nil
    }

    /// Where `needle` first starts in `haystack` at or after `from`; nil when it does not occur
    /// there, or when the needle is empty.
    package static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard !needle.isEmpty, from >= 0, from <= haystack.count else { return nil }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                firstOffset(of: n, in: UnsafeBufferPointer(rebasing: h[from...])).map { from + $0 }
            }
        }
    }

    /// `bytes` with every occurrence of `needle` (left to right, none overlapping) replaced.
    package static func replacing(_ needle: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard var hit = firstIndex(of: needle, in: bytes) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copied = 0
        while true {
            result += bytes[copied..<hit]
            result += replacement
            copied = hit + needle.count
            guard let next = firstIndex(of: needle, in: bytes, from: copied) else { break }
            hit = next
        }
        result += bytes[copied...]
        return result
    }
}

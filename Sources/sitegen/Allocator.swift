import CMimalloc
#if canImport(Glibc)
import Glibc
#endif

/// The process's allocator: mimalloc. A clean build makes and frees millions of small strings
/// and arrays on both cores, and glibc's `malloc` and `free` were about 8 % of a 600-release
/// build's samples (perf). mimalloc (Debian's libmimalloc, a system library like cmark-gfm)
/// is linked into the command, ahead of the C library, so its `malloc` and `free` serve the
/// whole process: Swift's runtime, Foundation and cmark-gfm included. On the benchmark's
/// 602 releases, in alternating runs, the clean build went from 8.08-8.13 s to 7.75-8.04 s
/// (user 14.2-14.4 s to 13.7-14.3 s) at the same peak, 284-296 MB. The library targets keep
/// the system allocator, so the tests and the ThreadSanitizer build see glibc's (or the
/// sanitizer's) own.
enum Allocator {
    /// Whether mimalloc serves this process's `malloc`. It does when the link order holds;
    /// a sanitizer's runtime, linked into the executable itself, comes first and serves it.
    static var isMimalloc: Bool {
        let block = malloc(16)
        defer { free(block) }
        return mi_is_in_heap_region(block)
    }

    /// Set up at start. Under glibc (a sanitizer build), freed memory is handed back as it
    /// goes: glibc keeps freed memory for reuse and raises the size from which it maps blocks
    /// of its own as large blocks are freed, which left a 600-release build at 300-307 MB
    /// against 263-272 MB with a fixed trim threshold of 1 MB. `MALLOC_TRIM_THRESHOLD_` in
    /// the environment still wins.
    static func configure() {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module leaves out: it is looked
        // up by name and called as the C function it is. M_TRIM_THRESHOLD is -1 there.
        guard !isMimalloc, getenv("MALLOC_TRIM_THRESHOLD_") == nil,
              let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        _ = unsafeBitCast(symbol, to: Mallopt.self)(-1, 1 << 20)
        #endif
    }
}

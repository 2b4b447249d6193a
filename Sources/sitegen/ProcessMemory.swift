#if canImport(Glibc)
import Glibc
#endif

/// How the process gives memory back. glibc keeps freed memory for reuse, and raises the size
/// from which it maps (and unmaps) blocks of its own as large blocks are freed: a 600-release
/// build, whose search index and manifests come and go, ended holding 300-307 MB at its peak
/// while it needed less. A fixed trim threshold of 1 MB (which also fixes the map threshold
/// at its default, 128 kB) hands freed memory back as it goes: 263-272 MB, in the same time
/// (`make bench`; four runs each). `MALLOC_TRIM_THRESHOLD_` in the environment still wins.
enum ProcessMemory {
    static func returnFreedMemory() {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module leaves out: it is looked
        // up by name and called as the C function it is. M_TRIM_THRESHOLD is -1 there.
        guard getenv("MALLOC_TRIM_THRESHOLD_") == nil, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        _ = unsafeBitCast(symbol, to: Mallopt.self)(-1, 1 << 20)
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#endif

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether both hold the same bytes, by `memcmp` (paths, job keys and reports are compared
    /// by their bytes, not as `String`s, which compare through Unicode).
    @inlinable
    public func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        count == other.count && (isEmpty || memcmp(baseAddress!, other.baseAddress!, count) == 0)
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// The few `printf` formats the site uses, without `String(format:)`: it builds a CFString per
/// call, and chart coordinates and dates made it 2 % of a 600-release build. The output is
/// the same (decimals go through the C library's own `vsnprintf`).
public enum FixedFormat {
    /// `%.Nf`: `value` with `decimals` digits after the point, rounded as printf rounds.
    public static func decimal(_ value: Double, decimals: Int = 1) -> String {
        guard formats.indices.contains(decimals) else { return print(value, format: "%.\(max(0, decimals))f") }
        return formats[decimals].withUnsafeBufferPointer { print(value, format: $0.baseAddress!) }
    }

    /// `%.0f` … `%.6f` as C strings, made once (making the format anew for each number was
    /// most of the cost outside `vsnprintf`).
    private static let formats: [[CChar]] = (0...6).map { Array("%.\($0)f".utf8CString) }

    private static func print(_ value: Double, format: UnsafePointer<CChar>) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            let count = withVaList([value]) { vsnprintf(buffer.baseAddress!, 64, format, $0) }
            guard count >= 0, count < 64 else { return String(value) }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress!, count: Int(count)), as: UTF8.self)
        }
    }

    /// `%0Nd`: zero-padded to `width` characters (a minus sign counts in the width).
    public static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - sign.count - digits.count)) + digits
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// The few `printf` formats the site uses, without `String(format:)`: it builds a CFString per
/// call, and chart coordinates and dates made it 2 % of a 600-release build. The output is
/// the same (decimals go through the C library's own `vsnprintf`).
public enum FixedFormat {
    /// `%.Nf`: `value` with `decimals` digits after the point, rounded as printf rounds.
    public static func decimal(_ value: Double, decimals: Int = 1) -> String {
        if let scaled = scaled(value, decimals: decimals) { return written(scaled, decimals: decimals, negative: value.sign == .minus) }
        return printed(value, decimals: decimals)
    }

    /// `%.Nf` by the C library (what `decimal` must equal).
    static func printed(_ value: Double, decimals: Int) -> String {
        guard formats.indices.contains(decimals) else { return print(value, format: "%.\(max(0, decimals))f") }
        return formats[decimals].withUnsafeBufferPointer { print(value, format: $0.baseAddress!) }
    }

    /// `|value|·10^decimals` rounded as printf rounds it: to the nearest integer, a tie to the
    /// even one, judged on the exact binary value. The product's rounding error is recovered
    /// exactly by a fused multiply-add, so a product that lands on ·5 only by rounding (0.35·10)
    /// is told from a true tie (0.25·10). Nil beyond 2^52 or 6 decimals: left to `vsnprintf`,
    /// which was 3 % of a clean build's time (chart coordinates, rates).
    private static func scaled(_ value: Double, decimals: Int) -> UInt64? {
        guard (0...6).contains(decimals), value.isFinite else { return nil }
        let scale = powers[decimals], magnitude = value.magnitude
        let product = magnitude * scale
        guard product < 4_503_599_627_370_496 else { return nil }
        let error = (-product).addingProduct(magnitude, scale)
        let whole = product.rounded(.down)
        let fraction = product - whole
        let odd = whole.truncatingRemainder(dividingBy: 2) == 1
        let up = fraction > 0.5 || (fraction == 0.5 && (error > 0 || (error == 0 && odd)))
        return UInt64(whole) + (up ? 1 : 0)
    }

    private static let powers: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// `scaled` written with `decimals` digits after the point.
    private static func written(_ scaled: UInt64, decimals: Int, negative: Bool) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var end = 32, rest = scaled, place = 0
            repeat {
                if place == decimals && decimals > 0 { end -= 1; buffer[end] = UInt8(ascii: ".") }
                end -= 1
                buffer[end] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                place += 1
            } while rest > 0 || place <= decimals
            if negative { end -= 1; buffer[end] = UInt8(ascii: "-") }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[end..<32]), as: UTF8.self)
        }
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

    /// `1,234,567`: digits in groups of three, and `△1,234` for a negative amount, the sign
    /// the reports print. Written from the last digit, by bytes
    /// (counting the digits' `Character`s at every step was 1.8 % of a clean build).
    public static func grouped(_ value: Int) -> String {
        let digits = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer -> String in
            var end = buffer.count, rest = value.magnitude, written = 0
            repeat {
                if written > 0 && written % 3 == 0 { end -= 1; buffer[end] = UInt8(ascii: ",") }
                end -= 1
                buffer[end] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                written += 1
            } while rest > 0
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[end...]), as: UTF8.self)
        }
        return value < 0 ? "△" + digits : digits
    }
}

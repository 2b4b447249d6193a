import Foundation
import Crypto

/// Lower-case hexadecimal, written by table: `String(format: "%02x")` per byte showed up in
/// profiles of builds that hash tens of thousands of files.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func encode<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func sha256<D: DataProtocol>(_ data: D) -> String {
        encode(SHA256.hash(data: data))
    }
}

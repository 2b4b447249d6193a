import Foundation
import SitegenText

/// What the search compares, computed the same way here and in the search script: text in NFC,
/// lower-cased, letters and digits only (Unicode categories L and N, as the script's
/// `[^\p{L}\p{N}]`), cut into two-letter pieces, each piece assigned to a shard by a hash of its
/// two code points.
enum SearchText {
    /// The letters and digits of `text`, normalised, as code points.
    static func normalised(_ text: String) -> [UInt32] {
        let composed = NFC.composed(text)
        var result: [UInt32] = []
        result.reserveCapacity(composed.utf8.count / 2)
        for scalar in composed.unicodeScalars {
            append(scalar, to: &result)
        }
        return result
    }

    /// A scalar of NFC text: kept if a letter or digit, lower-cased.
    private static func append(_ scalar: Unicode.Scalar, to result: inout [UInt32]) {
        let value = scalar.value
        if (0xAC00...0xD7A3).contains(value) || (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
            result.append(value)
        } else if (0x41...0x5A).contains(value) {
            result.append(value + 0x20)
        } else if value < 0x80 {
            return
        } else if isLetterOrNumber(scalar) {
            if scalar.properties.changesWhenLowercased {
                result += scalar.properties.lowercaseMapping.unicodeScalars.map(\.value)
            } else {
                result.append(value)
            }
        }
    }

    /// `normalised` of UTF-8 text, read straight from the bytes when it is plain (`NFC.composed`
    /// leaves it as it is; the common case: Hangul syllables, ASCII and punctuation), so that no
    /// `String` is made.
    static func normalised(utf8 bytes: ArraySlice<UInt8>) -> [UInt32] {
        let fast = bytes.withUnsafeBufferPointer { bytes -> [UInt32]? in
            var result: [UInt32] = []
            result.reserveCapacity(bytes.count / 2)
            var position = 0
            while position < bytes.count {
                let lead = bytes[position]
                if lead < 0x80 {
                    if lead >= 0x61 && lead <= 0x7A || lead >= 0x30 && lead <= 0x39 {
                        result.append(UInt32(lead))
                    } else if lead >= 0x41 && lead <= 0x5A {
                        result.append(UInt32(lead) + 0x20)
                    }
                    position += 1
                    continue
                }
                guard let (value, length) = scalar(in: bytes, at: position, lead: lead),
                      ScalarClass.of(value).contains(.plain) else { return nil }
                position += length
                if (0xAC00...0xD7A3).contains(value) {
                    result.append(value)
                    continue
                }
                append(Unicode.Scalar(value)!, to: &result)
            }
            return result
        }
        return fast ?? normalised(String(decoding: bytes, as: UTF8.self))
    }

    /// The scalar of a well-formed two-, three- or four-byte sequence at `position`, or nil.
    /// (The standard library's `Unicode.UTF8` decoder made the piece lists 40 % slower here.)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at position: Int, lead: UInt8) -> (UInt32, Int)? {
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        guard length > 0, lead < 0xF5, position + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let byte = bytes[position + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // Overlong forms, surrogates and values past U+10FFFF are not well-formed.
        let least: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= least, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
        return (value, length)
    }

    static func normalisedString(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: normalised(text).compactMap(Unicode.Scalar.init))
        return String(view)
    }

    private static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// The shard of the piece `a b` among `count` shards (the script's `shardOf`).
    static func shard(_ a: UInt32, _ b: UInt32, count: Int) -> Int {
        var hash = a &* 0x9E37_79B1
        hash ^= b
        hash = (hash ^ (hash >> 15)) &* 0x85EB_CA6B
        hash ^= hash >> 13
        return Int(hash % UInt32(count))
    }
}

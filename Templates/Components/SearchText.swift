import Foundation

/// What the search compares, computed the same way here and in the search script: text in NFC,
/// lower-cased, letters and digits only (Unicode categories L and N, as the script's
/// `[^\p{L}\p{N}]`), cut into two-letter pieces, each piece assigned to a shard by a hash of its
/// two code points.
enum SearchText {
    /// The letters and digits of `text`, normalised, as code points.
    static func normalised(_ text: String) -> [UInt32] {
        let composed = needsComposition(text) ? text.precomposedStringWithCanonicalMapping : text
        var result: [UInt32] = []
        result.reserveCapacity(composed.unicodeScalars.count)
        for scalar in composed.unicodeScalars {
            let value = scalar.value
            if (0xAC00...0xD7A3).contains(value) || (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                result.append(value)
            } else if (0x41...0x5A).contains(value) {
                result.append(value + 0x20)
            } else if value < 0x80 {
                continue
            } else if isLetterOrNumber(scalar) {
                if scalar.properties.changesWhenLowercased {
                    result += scalar.properties.lowercaseMapping.unicodeScalars.map(\.value)
                } else {
                    result.append(value)
                }
            }
        }
        return result
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

    /// Whether NFC could change the text: combining marks, conjoining jamo, or the few
    /// singletons and compatibility ideographs that compose to another code point.
    private static func needsComposition(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let value = scalar.value
            if value < 0x300 || (0xAC00...0xD7A3).contains(value) { return false }
            if (0x1100...0x11FF).contains(value) || (0xA960...0xA97F).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
            if (0xF900...0xFAFF).contains(value) || (0x2F800...0x2FA1F).contains(value) || [0x2126, 0x212A, 0x212B].contains(value) { return true }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
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

import SitegenText
import SitegenContent

/// Report text as a reader's page shows it (the archived `report.txt` stays byte for byte): the
/// private-use characters the PDF conversion left for bullets (U+E000–U+F8FF, drawn as missing
/// glyph boxes) become `•`, and the one dot leader `․` (U+2024), which reads as a full stop,
/// becomes the middle dot `·` that the report means.
enum Reading {
    static func text(_ text: String) -> String {
        var text = text
        guard text.withUTF8(hasMapped) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xE000...0xF8FF: out.append("•")
            case 0x2024: out.append("·")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether UTF-8 `bytes` hold a scalar that `needsMapping`.
    static func hasMapped(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if mapped(bytes, at: index) != nil { return true }
            index += 1
        }
        return false
    }

    /// What the scalar whose three bytes start at `index` is shown as, when it `needsMapping`,
    /// told from its bytes: EE, or EF 80-A3 (U+E000-U+F8FF) as `•`; E2 80 A4 (U+2024) as `·`.
    static func mapped(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> StaticString? {
        switch bytes[index] {
        case 0xEE where index + 2 < bytes.count: return "•"
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] <= 0xA3: return "•"
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA4: return "·"
        default: return nil
        }
    }

    static func needsMapping(_ scalar: Unicode.Scalar) -> Bool {
        (0xE000...0xF8FF).contains(scalar.value) || scalar.value == 0x2024
    }
}

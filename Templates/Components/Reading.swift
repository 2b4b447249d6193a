/// Report text as a reader's page shows it (the archived `report.txt` stays byte for byte): the
/// private-use characters the PDF conversion left for bullets (U+E000–U+F8FF, drawn as missing
/// glyph boxes) become `•`, and the one dot leader `․` (U+2024), which reads as a full stop,
/// becomes the middle dot `·` that the report means.
enum Reading {
    static func text(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsMapping) else { return text }
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

    private static func needsMapping(_ scalar: Unicode.Scalar) -> Bool {
        (0xE000...0xF8FF).contains(scalar.value) || scalar.value == 0x2024
    }
}

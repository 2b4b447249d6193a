import SitegenText

/// Whether a PDF's text layer is worth importing: not empty (scanned pages), and mostly what
/// a Korean report is made of (Hangul, digits, punctuation, Latin). Pure.
public enum TextLayerCheck {
    /// The share of letters that must be readable: a report's text is above 0.98; text read
    /// through a font without ToUnicode is mostly private-use or stray Latin-1 letters.
    public static let readableShare = 0.9
    /// Fewer visible letters a page than this is no text layer (a scan with a page number).
    public static let lettersPerPage = 20

    public static func check(_ text: String, pages: Int, fonts: PDFFontTable, file: String) throws {
        var visible = 0, readable = 0, hangul = 0
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace && scalar.value >= 0x20 {
            visible += 1
            if isHangul(scalar) { hangul += 1; readable += 1 } else if isReadable(scalar) { readable += 1 }
        }
        if visible < lettersPerPage * max(1, pages) {
            throw SitegenError(file: file, "the PDF has no text layer (\(visible) letters on \(pages) pages: scanned pages?); import it with --ocr")
        }
        let share = Double(readable) / Double(visible)
        if share < readableShare || hangul == 0 {
            let fontNote = fonts.unreadable.isEmpty ? "" :
                " (pdffonts: \(fonts.unreadable.count) embedded font\(fonts.unreadable.count == 1 ? "" : "s") without a ToUnicode map)"
            throw SitegenError(file: file, "the PDF's text layer is garbage: \(Int((share * 100).rounded()))% of its letters are Hangul, digits or punctuation\(hangul == 0 ? " and none is Hangul" : "")\(fontNote); import it with --ocr")
        }
    }

    static func isHangul(_ s: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(s.value) || (0x1100...0x11FF).contains(s.value) || (0x3130...0x318F).contains(s.value)
    }

    /// Digits, ASCII, general punctuation and the symbols reports print (○ □ ※ ① △ ’ ·).
    static func isReadable(_ s: Unicode.Scalar) -> Bool {
        s.isASCII || (0x2000...0x27BF).contains(s.value) || (0x3000...0x303F).contains(s.value)
            || (0x3200...0x32FF).contains(s.value) || (0xFF00...0xFFEF).contains(s.value) || s.value == 0xB7
    }
}

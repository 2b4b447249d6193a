import Foundation

/// Small repairs of how PDF text prints words, used for titles and labels (never for numbers).
public enum TextCleanup {
    /// `예 산` → `예산`, `시 민 참 여 과` → `시민참여과`: words printed with a space between letters.
    /// Text with any multi-letter word is left as printed.
    /// Where words themselves are separated by wider gaps (`시 민 이  주 체 가`), the gaps stay.
    public static func collapseLetterSpacing(_ text: String) -> String {
        let tokens = text.whitespaceTokens
        guard tokens.count > 1, tokens.allSatisfy({ $0.count == 1 }) else { return text }
        let words = text.trimmedAll.components(separatedBy: "  ")
            .map { $0.withoutSpaces }
            .filter { !$0.isEmpty }
        return words.joined(separator: " ")
    }

    /// The text as the parser reads it: a control character other than tab and line ends
    /// (a form feed `pdftotext` writes between pages, a vertical tab, ESC …) is whitespace.
    /// At the start of a line it is dropped, so a page break never shifts the line's
    /// indentation or hides what it begins with; elsewhere it becomes a space. Lines keep
    /// their numbers.
    public static func controlsAsWhitespace(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isStrayControl) else { return text }
        var result = String.UnicodeScalarView()
        var atLineStart = true
        for scalar in text.unicodeScalars {
            if isStrayControl(scalar) {
                if !atLineStart { result.append(" ") }
                continue
            }
            result.append(scalar)
            atLineStart = scalar == "\n" || scalar == "\r"
        }
        return String(result)
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators, but not tab,
    /// line feed or carriage return.
    static func isStrayControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x85: return true
        default: return false
        }
    }

    /// Joins wrapped lines with single spaces and trims.
    public static func joinWrapped(_ parts: [String]) -> String {
        parts.map(\.trimmedAll).filter { !$0.isEmpty }.joined(separator: " ")
            .whitespaceTokens.joined(separator: " ")
    }
}

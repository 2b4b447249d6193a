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

    /// Joins wrapped lines with single spaces and trims.
    public static func joinWrapped(_ parts: [String]) -> String {
        parts.map(\.trimmedAll).filter { !$0.isEmpty }.joined(separator: " ")
            .whitespaceTokens.joined(separator: " ")
    }
}

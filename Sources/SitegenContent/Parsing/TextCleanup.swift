import Foundation
import SitegenText

/// Small repairs of how PDF text prints words, used for titles and labels (never for numbers).
public enum TextCleanup {
    /// `예 산` → `예산`, `시 민 참 여 과` → `시민참여과`: words printed with a space between letters.
    /// Text with any multi-letter word is left as printed.
    /// Where words themselves are separated by wider gaps (`시 민 이  주 체 가`), the gaps stay.
    public static func collapseLetterSpacing(_ text: String) -> String {
        guard isLetterSpaced(text) else { return text }
        let words = text.trimmedAll.components(separatedBy: "  ")
            .map { $0.withoutSpaces }
            .filter { !$0.isEmpty }
        return words.joined(separator: " ")
    }

    /// Whether the text is two or more single characters set apart by whitespace (`사 업 명`):
    /// asked character by character, so that most text answers at its second character (the
    /// list of its tokens, made for every label of every table row, was 1 % of a clean build).
    static func isLetterSpaced(_ text: String) -> Bool {
        var text = text
        // On bytes while the scalars read are plain (`PlainText`): two plain scalars in a row
        // are two characters, so two that are not whitespace answer no.
        let byBytes = text.withUTF8 { bytes -> Bool? in
            var letters = SpacedLetters(), index = 0
            while index < bytes.count {
                guard PlainText.isPlain(bytes, at: index) else { return nil }
                guard letters.take(isWhitespace: UTF8Whitespace.width(bytes, at: index) > 0) else { return false }
                index += UTF8Whitespace.scalarLength(bytes[index])
            }
            return letters.spaced
        }
        if let byBytes { return byBytes }
        var letters = SpacedLetters()
        for character in text {
            guard letters.take(isWhitespace: character.isWhitespace) else { return false }
        }
        return letters.spaced
    }

    /// Reads a text's characters in order for `isLetterSpaced`.
    private struct SpacedLetters {
        private var tokens = 0
        private var inToken = false

        /// Takes the next character; false once two that are not whitespace stand together.
        mutating func take(isWhitespace: Bool) -> Bool {
            if isWhitespace {
                inToken = false
            } else if inToken {
                return false
            } else {
                inToken = true
                tokens += 1
            }
            return true
        }

        /// Two or more letters, each standing alone.
        var spaced: Bool { tokens > 1 }
    }

    /// The text as the parser reads it: a control character other than tab and line ends
    /// (a form feed `pdftotext` writes between pages, a vertical tab, ESC …) is whitespace.
    /// At the start of a line it is dropped, so a page break never shifts the line's
    /// indentation or hides what it begins with; elsewhere it becomes a space. Lines keep
    /// their numbers.
    public static func controlsAsWhitespace(_ text: String) -> String {
        var text = text
        guard text.withUTF8(hasStrayControl) else { return text }
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

    /// Whether UTF-8 `bytes` hold a scalar that `isStrayControl`, told from the bytes that
    /// encode one: below 0x20 (not tab, line feed, carriage return), 0x7F, C2 80-9F (the C1
    /// controls) and E2 80 A8-A9 (U+2028, U+2029). Scalar by scalar, the question was 0.5 %
    /// of a clean 600-release build, asked of every report's whole text.
    static func hasStrayControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
            } else if byte == 0x7F {
                return true
            } else if byte == 0xC2 {
                if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
            } else if byte == 0xE2 {
                if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return true }
            }
            index += 1
        }
        return false
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
        // Plain text (every scalar a character of its own) is joined word by word on the
        // bytes: trimming, joining, splitting and joining again made four strings and an array.
        var words: [String] = []
        words.reserveCapacity(parts.count)
        for part in parts {
            guard let joined = part.plainWords(splittingAlso: 0x20) else { return joinedByCharacters(parts) }
            if !joined.isEmpty { words.append(joined) }
        }
        return words.joined(separator: " ")
    }

    /// `joinWrapped` read by characters, for text that is not plain.
    static func joinedByCharacters(_ parts: [String]) -> String {
        parts.map(\.trimmedAll).filter { !$0.isEmpty }.joined(separator: " ")
            .whitespaceTokens.joined(separator: " ")
    }
}

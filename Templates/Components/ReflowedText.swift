import SitegenText
import SitegenContent

/// Lines the PDF wrapped, joined back into paragraphs: a line that starts with a marker the
/// reports use for a new point (`□ ◦ ○ ● ▪ ➠ - ※ •`, `1.`, `①`, `가.`, `(1)`) starts a new
/// paragraph; any other line continues the one before it.
enum ReflowedText {
    struct Paragraph: Equatable {
        var text: String
        /// The paragraph is a heading (`□ 추진내용`) or a sub-point (`- …`).
        var kind: Kind
    }

    enum Kind: Equatable { case heading, point, subpoint, text }

    static func paragraphs(_ lines: [String]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        for raw in lines {
            let line = Reading.text(trimmingSpaces(raw))
            guard !line.isEmpty else { continue }
            if let kind = startKind(line) {
                paragraphs.append(Paragraph(text: line, kind: kind))
            } else if var last = paragraphs.popLast() {
                last.text += " " + line
                paragraphs.append(last)
            } else {
                paragraphs.append(Paragraph(text: line, kind: .text))
            }
        }
        return paragraphs
    }

    /// The line without the tabs, space separators (Unicode Zs) and zero-width spaces at its
    /// ends: what Foundation's `trimmingCharacters(in: .whitespaces)` gives, without going
    /// through NSString (which was 1.1 % of a clean 600-release build).
    static func trimmingSpaces(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    private static func startKind(_ line: String) -> Kind? {
        guard let first = line.unicodeScalars.first else { return nil }
        switch first {
        case "□", "■", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ": return .heading
        case "◦", "○", "●", "▪", "➠", "※", "•", "·", "ㅇ", "▶", "►": return .point
        case "-", "–", "‐", "－": return .subpoint
        case "\u{2460}"..."\u{2473}": return .point
        default: break
        }
        // `1.`, `가.`, `(1)`, `1)`.
        let scalars = Array(line.unicodeScalars.prefix(4))
        if scalars.count >= 2, scalars[0].properties.numericType != nil || (0xAC00...0xD7A3).contains(scalars[0].value),
           scalars[1] == "." || scalars[1] == ")", scalars.count == 2 || scalars[2] == " " {
            return .point
        }
        if scalars.first == "(", scalars.count >= 3, scalars[2] == ")" { return .point }
        return nil
    }

    static func html(_ lines: [String]) -> HTML {
        let parts: [HTML] = paragraphs(lines).map { paragraph in
            switch paragraph.kind {
            case .heading: return "<p class=\"reflow-head\"><strong>\(paragraph.text)</strong></p>\n"
            case .subpoint: return "<p class=\"reflow-sub\">\(paragraph.text)</p>\n"
            case .point, .text: return "<p>\(paragraph.text)</p>\n"
            }
        }
        return parts.joined
    }
}

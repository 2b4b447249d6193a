/// What Tesseract makes of a ruled table's borders: the vertical rules come out as `|`, `ㅣ`,
/// `[` or `]` between the cells. Standing alone, or against a digit, they are taken for the
/// gap between two cells (two spaces), so the parser reads the row by its columns as it reads
/// PDF text. Nothing else is changed: a misread digit or sign stays as it was read, and the
/// parser skips or flags the row. Pure: a line in, a line out.
public enum OCRTableRules {
    static let rules: Set<Character> = ["|", "ㅣ", "[", "]", "｜"]

    public static func clean(_ line: String) -> String {
        let characters = Array(line)
        var result = ""
        for (index, character) in characters.enumerated() {
            guard rules.contains(character) else {
                result.append(character)
                continue
            }
            let before = index > 0 ? characters[index - 1] : " "
            let after = index + 1 < characters.count ? characters[index + 1] : " "
            if isEdge(before) && isEdge(after) {
                result += "  "
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// A place where a rule can stand: a space, the line's end, another rule or a figure's digit or sign.
    static func isEdge(_ c: Character) -> Bool {
        c == " " || rules.contains(c) || c.isNumber || c == "%" || c == "△"
    }
}

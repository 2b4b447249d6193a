/// What Tesseract makes of a ruled table: the vertical rules come out as `|`, `ㅣ`, `[` or `]`
/// between the cells, and the minus sign `△` as `ㅅ` or `스` (the Korean model has no `△`).
/// A rule standing alone, or against a digit, is taken for the gap between two cells (two
/// spaces); in a row of figures, `ㅅ` or `스` opening a word right before a digit is taken for
/// `△`. Nothing else is changed: a misread digit stays as it was read, and the parser skips or
/// flags the row (a wrong sign shows as a 증감 that is not the difference of its row). Pure.
public enum OCRTableRules {
    static let rules: Set<Character> = ["|", "ㅣ", "[", "]", "｜"]
    static let minusReadings: Set<Character> = ["ㅅ", "스"]

    public static func clean(_ line: String) -> String {
        signs(rulesAsGaps(line))
    }

    /// `ㅅ28,916,456` → `△28,916,456`, in a line of two figures or more.
    static func signs(_ line: String) -> String {
        let words = line.split(separator: " ", omittingEmptySubsequences: false)
        guard words.filter({ $0.first?.isNumber == true || ($0.count > 1 && minusReadings.contains($0.first!)) }).count >= 2 else { return line }
        return words.map { word -> String in
            guard word.count > 1, let first = word.first, minusReadings.contains(first),
                  word.dropFirst().first?.isNumber == true, word.dropFirst().allSatisfy({ $0.isNumber || ",.%".contains($0) }) else { return String(word) }
            return "△" + word.dropFirst()
        }.joined(separator: " ")
    }

    static func rulesAsGaps(_ line: String) -> String {
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

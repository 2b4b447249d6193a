/// Recognises page furniture in extracted pages: the footer's page number (`- 12 -`), a
/// running header (the same first line on most pages), and a table's header rows repeated at
/// the top of the next page. Pure: pages of lines in, the pages without their furniture out.
public enum PageFurniture {
    public struct Page: Equatable, Sendable {
        public var lines: [String]
        public var printed: String?
        public var furniture: [String]
    }

    public static func strip(_ pages: [[String]]) -> [Page] {
        let header = runningHeader(pages)
        var result: [Page] = []
        for (index, original) in pages.enumerated() {
            var lines = original
            var furniture: [String] = []
            var printed: String?
            if let last = lines.lastIndex(where: { !$0.isBlank }), let number = footerNumber(lines[last]) {
                printed = number
                furniture.append(lines[last].trimmed)
                lines.remove(at: last)
            }
            if let header, let first = lines.firstIndex(where: { !$0.isBlank }), normal(lines[first]) == header {
                furniture.append(lines[first].trimmed)
                lines.remove(at: first)
            }
            if index > 0, let end = result[index - 1].lines.last(where: { !$0.isBlank }), isDataRow(end) {
                let previous = Set(pages[index - 1].map(normal).filter { $0.split(separator: " ").count >= 2 })
                var repeated = 0
                while repeated < 3, let first = lines.firstIndex(where: { !$0.isBlank }), previous.contains(normal(lines[first])) {
                    furniture.append(lines[first].trimmed)
                    lines.remove(at: first)
                    repeated += 1
                }
            }
            result.append(Page(lines: lines, printed: printed, furniture: furniture))
        }
        return result
    }

    /// A table's row of figures (two numbers at least): a page that ends with one ends inside
    /// a table, and only then are the next page's first lines a repeated header. (A new table
    /// at the top of a page may print the same header as one on the page before.)
    static func isDataRow(_ line: String) -> Bool {
        let numeric = line.split(whereSeparator: \.isWhitespace).filter { word in
            word.contains(where: \.isNumber) && word.allSatisfy { $0.isNumber || ",.%△-".contains($0) }
        }
        return numeric.count >= 2
    }

    /// `- 12 -`, `-12-`, `— 12 —`: the number, else nil.
    static func footerNumber(_ line: String) -> String? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        let dashes: Set<Character> = ["-", "–", "—", "－"]
        var text = words.joined()
        guard let first = text.first, let last = text.last, dashes.contains(first), dashes.contains(last), text.count > 2 else { return nil }
        text = String(text.dropFirst().dropLast())
        return text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber) ? text : nil
    }

    /// The first line that opens at least half the pages after the cover (and three at least).
    static func runningHeader(_ pages: [[String]]) -> String? {
        var counts: [String: Int] = [:]
        for page in pages.dropFirst() {
            if let first = page.first(where: { !$0.isBlank }) { counts[normal(first), default: 0] += 1 }
        }
        guard let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return nil }
        return best.value >= 3 && best.value * 2 >= pages.count - 1 ? best.key : nil
    }

    /// A line with its spacing collapsed, for comparison.
    static func normal(_ line: String) -> String {
        line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
    var trimmed: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}

import SitegenContent

/// Makes `report.txt` and its page map from extracted pages: furniture left out, and a form
/// feed opening every page after the first (the page breaks stay in the text). Pure.
public enum ReportTextAssembly {
    public static func assemble(_ extracted: ExtractedText, stripFurniture: Bool = true) -> (text: String, pages: PageMap) {
        let rawPages = extracted.pages.map { page -> [String] in
            var lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            let plain = lines.map { $0.replacingOccurrences(of: "\r", with: "") }
            return extracted.hasColumns ? SplitHeaderRows.join(WrappedCells.join(plain)) : plain
        }
        let cleaned = stripFurniture ? PageFurniture.strip(rawPages)
            : rawPages.map { PageFurniture.Page(lines: $0, printed: nil, furniture: []) }
        var text = ""
        var line = 1
        var map: [PageMap.Page] = []
        for (index, page) in cleaned.enumerated() {
            map.append(PageMap.Page(physical: index + 1, line: line, printed: page.printed, furniture: page.furniture))
            var lines = page.lines.map(trailingSpaceTrimmed)
            if lines.isEmpty { lines = [""] }
            if index > 0 { lines[0] = "\u{0C}" + lines[0] }
            for body in lines {
                text += body + "\n"
                line += 1
            }
        }
        return (text, PageMap(pages: map))
    }

    static func trailingSpaceTrimmed(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line = line.dropLast() }
        return String(line)
    }
}

import SitegenText

/// `pages.tsv`: a header row, then `page<TAB>line<TAB>printed<TAB>furniture` a page, the
/// furniture's lines joined by ` ⏎ `. Pure both ways; reading names the file and line.
public enum PageMapFile {
    public static let name = "pages.tsv"
    static let header = "page\tline\tprinted\tfurniture"
    static let joiner = " ⏎ "

    public static func encode(_ map: PageMap) -> String {
        var text = header + "\n"
        for page in map.pages {
            let furniture = page.furniture.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: joiner)
            text += "\(page.physical)\t\(page.line)\t\(page.printed ?? "")\t\(furniture)\n"
        }
        return text
    }

    public static func decode(_ text: String, file: String) throws -> PageMap {
        var pages: [PageMap.Page] = []
        for (index, row) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index == 0 {
                guard row == header else { throw SitegenError(file: file, line: 1, "expected the header '\(header.replacingOccurrences(of: "\t", with: " "))'") }
                continue
            }
            if row.isEmpty { continue }
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 4, let physical = Int(cells[0]), let line = Int(cells[1]), physical > 0, line > 0,
                  physical == (pages.last?.physical ?? 0) + 1, line >= (pages.last?.line ?? 1) else {
                throw SitegenError(file: file, line: index + 1, "expected page, line, printed number and furniture, pages in order")
            }
            pages.append(PageMap.Page(physical: physical, line: line, printed: cells[2].isEmpty ? nil : cells[2],
                                      furniture: cells[3].isEmpty ? [] : cells[3].components(separatedBy: joiner)))
        }
        return PageMap(pages: pages)
    }
}

/// Puts a table's two-row header back on one line when its upper row leaves the first cell
/// empty, as 2019's `2019년도 서울혁신기획관 예산현황` does. `pdftotext -layout` prints that
/// cell as leading spaces:
///
///                              '18년         '19년         '18년 대비 집행
///     구 분                      10년          19년          증감            증감률 …
///
/// and the report parser, which starts a column table at its `구 분` row, would take the upper
/// row for the line above the table, its caption. (In a text report the empty cell is a tab,
/// and the row is a row of the table.) The upper row is recognised by its column positions: it
/// directly precedes a header row (no figure, and directly followed by a row of figures) whose
/// first cell it leaves empty, holds no figure itself, has two cells at least, and each of its
/// cells starts where a different cell of the header row starts. Each of its cells is put
/// before the cell below it (`'18년 10년`), so the header is one row, with every word it
/// printed. (A line above a row that is not followed by figures, such as the wrapped cells of
/// a table of text, is left alone.) Pure: a page's lines in, lines out.
public enum SplitHeaderRows {
    public static func join(_ lines: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < lines.count {
            if index + 2 < lines.count, PageFurniture.isDataRow(lines[index + 2]),
               let joined = joined(lines[index], over: lines[index + 1]) {
                result.append(joined)
                index += 2
            } else {
                result.append(lines[index])
                index += 1
            }
        }
        return result
    }

    static func joined(_ upper: String, over row: String) -> String? {
        guard !upper.contains("\u{0C}"), !row.contains("\u{0C}"), !hasFigure(upper), !hasFigure(row) else { return nil }
        let above = WrappedCells.pieces(upper), cells = WrappedCells.pieces(row)
        guard above.count >= 2, let first = cells.first, let start = above.first?.column,
              start > first.column + first.text.count else { return nil }
        var targets: [Int] = []
        for piece in above {
            guard let cell = cells.indices.dropFirst().first(where: { abs(cells[$0].column - piece.column) <= WrappedCells.slack }),
                  !targets.contains(cell) else { return nil }
            targets.append(cell)
        }
        var merged = cells
        for (piece, cell) in zip(above, targets) { merged[cell].text = piece.text + " " + merged[cell].text }
        return WrappedCells.rebuilt(merged)
    }

    /// A word that is a figure (`1,234`, `△11.4%`, `0`): a row that holds one is data.
    static func hasFigure(_ line: String) -> Bool {
        line.split(whereSeparator: \.isWhitespace).contains { word in
            word.contains(where: \.isNumber) && word.allSatisfy { $0.isNumber || ",.%△-".contains($0) }
        }
    }
}

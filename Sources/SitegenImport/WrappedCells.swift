/// Puts back together the cells of a ruled table that `pdftotext -layout` prints over several
/// lines: a line that directly follows a table row (cells set apart by two or more spaces),
/// holds no digit, and whose pieces all start where cells of that row start, but not in every
/// one of them, is the rest of those cells' text. It is joined to them (with a space), so the
/// row is one line again, as in the text reports. A line with a piece in every column, a
/// digit, or after a blank line starts something new. Pure: a page's lines in, lines out.
public enum WrappedCells {
    /// How far (in characters) a piece may start from its cell: -layout rounds positions.
    static let slack = 2

    public static func join(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines {
            if let last = result.last, let joined = joined(last, line) {
                result[result.count - 1] = joined
            } else {
                result.append(line)
            }
        }
        return result
    }

    struct Piece { var column: Int; var text: String }

    /// The pieces of a line: runs of text separated by two or more spaces, with where they start.
    static func pieces(_ line: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = "", start = 0, spaces = 0
        for (column, character) in line.enumerated() {
            if character == " " {
                spaces += 1
                continue
            }
            if !current.isEmpty && spaces >= 2 {
                pieces.append(Piece(column: start, text: current))
                current = ""
            } else if !current.isEmpty && spaces == 1 {
                current += " "
            }
            if current.isEmpty { start = column }
            current.append(character)
            spaces = 0
        }
        if !current.isEmpty { pieces.append(Piece(column: start, text: current)) }
        return pieces
    }

    static func joined(_ row: String, _ line: String) -> String? {
        guard !line.contains(where: { $0.isASCII && $0.isNumber }), !line.contains("\u{0C}") else { return nil }
        let cells = pieces(row), rest = pieces(line)
        guard cells.count >= 2, !rest.isEmpty, rest.count < cells.count else { return nil }
        var targets: [Int] = []
        for piece in rest {
            guard let cell = cells.firstIndex(where: { abs($0.column - piece.column) <= slack }), !targets.contains(cell) else { return nil }
            targets.append(cell)
        }
        var merged = cells
        // A first cell wrapped in a row of two (a label and one number) is left to the report
        // parser, which joins row labels wrapped over several lines itself.
        if cells.count == 2 && targets.contains(0) { return nil }
        for (piece, cell) in zip(rest, targets) { merged[cell].text += " " + piece.text }
        return rebuilt(merged)
    }

    /// A row rebuilt from its cells, at their own columns where they still fit, two spaces
    /// apart at least.
    static func rebuilt(_ cells: [Piece]) -> String {
        var text = ""
        for cell in cells {
            let pad = max(text.isEmpty ? cell.column : 2, cell.column - text.count)
            text += String(repeating: " ", count: pad) + cell.text
        }
        return text
    }
}

/// A table of an HWPX section as its cells were placed (`hp:cellAddr`, `hp:cellSpan`), and the
/// pipe table it becomes: a cell's text in its first row and column, the places its span
/// covers left empty, cell text on one line. Pure.
public struct HWPXTable: Equatable, Sendable {
    public struct Cell: Equatable, Sendable {
        public var row: Int
        public var column: Int
        public var rowSpan: Int
        public var columnSpan: Int
        public var text: String
    }

    public var cells: [Cell] = []

    public var pipeLines: [String] {
        guard !cells.isEmpty else { return [] }
        let rows = cells.map { $0.row + max(1, $0.rowSpan) }.max() ?? 0
        let columns = cells.map { $0.column + max(1, $0.columnSpan) }.max() ?? 0
        guard rows <= 10_000, columns <= 200 else { return [] }
        var grid = [[String]](repeating: [String](repeating: "", count: columns), count: rows)
        for cell in cells where cell.row >= 0 && cell.column >= 0 {
            grid[cell.row][cell.column] = cell.text
        }
        return grid.enumerated().flatMap { index, row -> [String] in
            let line = "| " + row.map { $0.replacingOccurrences(of: "|", with: "｜") }.joined(separator: " | ") + " |"
            return index == 0 ? [line, "|" + String(repeating: " --- |", count: columns)] : [line]
        }
    }
}

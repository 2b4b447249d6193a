import SitegenText

/// Finds the tables of a report in any of its three layouts: pipe, tab and space-split PDF text.
///
/// The scanner only finds rows and headers; what the columns mean is decided later
/// (`BudgetSchema`), so that tables that are not budgets are simply passed over.
struct TableScanner {
    let lines: [SourceLine]

    func scan() -> [RawTable] {
        var tables: [RawTable] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if LineShape.isPipeRow(line) {
                let (table, next) = readCells(from: index, layout: .pipe)
                if let table { tables.append(table) }
                index = next
            } else if LineShape.isTabRow(line) {
                let (table, next) = readCells(from: index, layout: .tab)
                if let table { tables.append(table) }
                index = next
            } else if LineShape.startsHeader(line), let (table, next) = readSpaced(from: index) {
                tables.append(table)
                index = next
            } else {
                index += 1
            }
        }
        return tables
    }

    // MARK: Pipe and tab tables: one row per line, cells in place

    private func readCells(from start: Int, layout: TableLayout) -> (RawTable?, Int) {
        var index = start
        var header: [SourceLine] = []
        var rows: [RawRow] = []
        while index < lines.count {
            let line = lines[index]
            let belongs = layout == .pipe ? LineShape.isPipeRow(line) : LineShape.isTabRow(line)
            guard belongs else { break }
            index += 1
            let cells = layout == .pipe ? LineShape.pipeCells(line.text) : LineShape.tabCells(line.text)
            guard let cells, !cells.isEmpty else { continue }  // a `|---|` separator
            let values = Array(cells.dropFirst())
            if rows.isEmpty && !LineShape.looksLikeData(values) {
                header.append(line)
            } else {
                rows.append(RawRow(label: cells[0], cells: values, firstLine: line.number, lastLine: line.number))
            }
        }
        guard !rows.isEmpty else { return (nil, index) }
        let table = RawTable(layout: layout, header: header, rows: rows, garbled: [],
                             firstLine: header.first?.number ?? rows[0].firstLine,
                             lastLine: rows.last!.lastLine)
        return (table, index)
    }

    // MARK: Space-split PDF text: names wrap, numbers close the row

    private func readSpaced(from start: Int) -> (RawTable, Int)? {
        var header = [lines[start]]
        var rows: [RawRow] = []
        var garbled: [SourceLine] = []
        var pending: [SourceLine] = []
        var index = start + 1
        var end = start + 1
        while index < lines.count {
            let line = lines[index]
            if line.isBlank { index += 1; continue }
            if LineShape.isPipeRow(line) || LineShape.isTabRow(line) || LineShape.startsHeader(line)
                || LineShape.endsSpacedTable(line) { break }
            let tokens = line.text.whitespaceTokens.map(String.init)
            if let split = LineShape.numericTail(tokens), tokens.count - split >= 2 {
                let nameParts = pending.map { $0.text.trimmedAll } + [tokens[..<split].joined(separator: " ")]
                let label = nameParts.filter { !$0.isEmpty }.joined(separator: " ")
                rows.append(RawRow(label: label, cells: Array(tokens[split...]),
                                   firstLine: pending.first?.number ?? line.number, lastLine: line.number))
                pending = []
                end = index + 1
            } else if LineShape.numericTokenCount(tokens) >= 2 {
                garbled.append(line)
                pending = []
                end = index + 1
            } else if rows.isEmpty && LineShape.isHeaderText(line) {
                header += pending
                header.append(line)
                pending = []
            } else {
                pending.append(line)
                if pending.count > LineShape.maximumWrappedNameLines { break }
            }
            index += 1
            if rows.isEmpty && header.count + pending.count > LineShape.maximumHeaderLines { return nil }
        }
        guard !rows.isEmpty else { return nil }
        let table = RawTable(layout: .space, header: header, rows: rows, garbled: garbled,
                             firstLine: lines[start].number, lastLine: lines[end - 1].number)
        return (table, end)
    }
}

import CXlsxWriter

/// One sheet written through libxlsxwriter: the lines that say what the table is, the header
/// (frozen, bold), then the rows, in order (the workbook streams them).
struct SheetWriter {
    let worksheet: UnsafeMutablePointer<lxw_worksheet>
    let formats: XlsxWriter.Formats

    func write(_ sheet: Workbook.Sheet) {
        var row: lxw_row_t = 0
        for line in sheet.about {
            text(line, row: row, column: 0, format: nil)
            row += 1
        }
        worksheet_freeze_panes(worksheet, row + 1, 0)
        for (column, name) in sheet.header.enumerated() {
            text(name, row: row, column: lxw_col_t(column), format: formats.header)
        }
        for cells in sheet.rows {
            row += 1
            for (column, cell) in cells.enumerated() {
                write(cell, row: row, column: lxw_col_t(column))
            }
        }
    }

    private func write(_ cell: Workbook.Cell, row: lxw_row_t, column: lxw_col_t) {
        switch cell {
            case .empty: break
            case .text(let value): text(value, row: row, column: column, format: nil)
            case .won(let amount): worksheet_write_number(worksheet, row, column, Double(amount), formats.won)
            case .number(let value): worksheet_write_number(worksheet, row, column, value, nil)
            case .integer(let value): worksheet_write_number(worksheet, row, column, Double(value), nil)
        }
    }

    /// Always a string cell, safe for XML, cut at Excel's limit.
    private func text(_ value: String, row: lxw_row_t, column: lxw_col_t, format: UnsafeMutablePointer<lxw_format>?) {
        let safe = XMLSafeText.make(value)
        // UTF-16 is never longer than UTF-8, whose count a native string has at hand.
        let fits = safe.utf8.count <= XlsxWriter.maxCellLength || safe.utf16.count <= XlsxWriter.maxCellLength
        let cut = fits ? safe : String(safe.prefix(XlsxWriter.maxCellLength / 2))
        worksheet_write_string(worksheet, row, column, cut, format)
    }
}

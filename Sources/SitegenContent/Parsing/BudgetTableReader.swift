import SitegenText

/// Turns the raw tables of a report into budget and revenue tables, with findings for
/// every row it could not read.
struct BudgetTableReader {
    let lines: [SourceLine]
    let releaseYear: Int
    let classifier: RowClassifier

    struct Output {
        var budgetTables: [BudgetTable] = []
        var revenueTables: [RevenueTable] = []
        var findings: [Finding] = []
    }

    func read(_ rawTables: [RawTable]) -> Output {
        var output = Output()
        for (raw, schema, caption) in mergeContinuations(captioned(rawTables)) {
            guard let schema else { continue }
            guard let unit = caption.unit else {
                output.findings.append(Finding(kind: .missingUnit, line: raw.firstLine,
                    message: "표의 금액 단위(천원, 백만원)가 표시되어 있지 않아 이 표를 읽지 않았습니다."))
                continue
            }
            var budgetLines: [BudgetLine] = []
            for row in raw.rows {
                switch RowValues.read(row, columns: schema.columns, unit: unit) {
                case .success(let values):
                    output.findings += values.findings
                    budgetLines.append(BudgetLine(label: TextCleanup.joinWrapped([row.label]), kind: .program,
                                                  amounts: values.amounts, rates: values.rates,
                                                  unreadable: values.unreadable, firstLine: row.firstLine, lastLine: row.lastLine))
                case .failure(let skip):
                    if row.cells.allSatisfy({ NumericToken(cell: $0) == nil }) { continue }  // a text row
                    output.findings.append(skipFinding(skip, row: row, columns: schema.columns.count))
                }
            }
            for line in raw.garbled {
                output.findings.append(Finding(kind: .skippedRow, line: line.number,
                    message: "숫자와 글자의 순서가 표의 칸과 맞지 않는 줄이라 읽지 않았습니다: ‘\(line.text.trimmedAll.prefix(60))’"))
            }
            let title = caption.title ?? "예산 현황"
            switch schema {
            case .expenditure(let columns):
                output.budgetTables.append(BudgetTable(title: title, unit: unit, asOf: caption.asOf, columns: columns,
                                                       lines: classifier.classify(budgetLines),
                                                       firstLine: raw.firstLine, lastLine: raw.lastLine))
            case .revenue:
                let rows = budgetLines.map {
                    RevenueTable.Row(label: $0.label, budget: $0.amounts[.budget], priorBudget: $0.amounts[.priorBudget],
                                     collected: $0.amounts[.executed], sourceLine: $0.firstLine)
                }
                output.revenueTables.append(RevenueTable(title: title, unit: unit, asOf: caption.asOf, rows: rows, firstLine: raw.firstLine))
            }
        }
        return output
    }

    private func skipFinding(_ skip: RowValues.Skip, row: RawRow, columns: Int) -> Finding {
        let message: String
        switch skip {
        case .outOfOrder(let cell):
            message = "‘\(row.label)’ 행의 칸 ‘\(cell)’이(가) 표의 열과 맞지 않아(순서가 뒤섞인 OCR 행으로 보입니다) 이 행을 읽지 않았습니다."
        case .wrongCount(let count):
            message = "‘\(row.label)’ 행에 값이 \(count)개 있지만 표의 열은 \(columns)개라 이 행을 읽지 않았습니다."
        }
        return Finding(kind: .skippedRow, line: row.firstLine, message: message)
    }

    /// Each table with its schema and the caption around it (read before parts are joined, since
    /// PDF text may print a caption between the parts of a split table).
    private func captioned(_ tables: [RawTable]) -> [(RawTable, BudgetSchema?, TableCaption)] {
        var previousEnd = 0
        return tables.map { table in
            defer { previousEnd = table.lastLine }
            let schema = BudgetSchema.detect(header: table.headerKeywords,
                                             valueCount: BudgetSchema.typicalValueCount(table.rows),
                                             rowLabels: table.rows.map(\.label))
            return (table, schema, TableCaption.find(for: table, in: lines, after: previousEnd, releaseYear: releaseYear))
        }
    }

    /// A table split in two (a page break, a repeated header) is read as one table:
    /// the second part has the same columns and only blank lines or captions lie between.
    private func mergeContinuations(_ tables: [(RawTable, BudgetSchema?, TableCaption)]) -> [(RawTable, BudgetSchema?, TableCaption)] {
        var merged: [(RawTable, BudgetSchema?, TableCaption)] = []
        for (table, schema, caption) in tables {
            if let (previous, previousSchema, previousCaption) = merged.last, let schema, previousSchema == schema,
               previous.layout == table.layout, onlyCaptionsBetween(previous.lastLine, table.firstLine) {
                var joined = previous
                joined.rows += table.rows
                joined.garbled += table.garbled
                joined.lastLine = table.lastLine
                var joinedCaption = previousCaption
                joinedCaption.unit = previousCaption.unit ?? caption.unit
                joinedCaption.asOf = previousCaption.asOf ?? caption.asOf
                merged[merged.count - 1] = (joined, schema, joinedCaption)
            } else {
                merged.append((table, schema, caption))
            }
        }
        return merged
    }

    private func onlyCaptionsBetween(_ end: Int, _ start: Int) -> Bool {
        guard start > end, start - end <= 12 else { return false }
        return lines[end..<(start - 1)].allSatisfy { $0.isBlank || LineShape.isCaption($0) }
    }
}

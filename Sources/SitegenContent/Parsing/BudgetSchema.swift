import SitegenText

/// What a table's value columns mean, told from its header words and its number of columns.
///
/// Headers are often garbled by OCR (`집항 l액`, `테인언학`), so a schema is recognised by a
/// few sturdy words and confirmed by the count of values its rows carry.
enum BudgetSchema: Equatable {
    case expenditure([ColumnRole])
    case revenue([ColumnRole])

    var columns: [ColumnRole] {
        switch self {
        case .expenditure(let c), .revenue(let c): return c
        }
    }

    /// Recognises a schema; `nil` for tables that are not budgets (staffing, facilities, …).
    static func detect(header: String, valueCount: Int, rowLabels: [String]) -> BudgetSchema? {
        // Asked of the header's bytes where that is the same answer (`containsText`): through
        // Foundation, the question was a fifth of reading a table's caption and schema.
        let headerIsPlain = header.isPlainText
        let has = { (word: String) in header.containsText(word, otherIsPlain: headerIsPlain && word.isPlainText) }
        let isRevenue = rowLabels.contains { $0.withoutSpaces.has("수입") }
        if isRevenue {
            if has("징수"), valueCount == 6 {
                return .revenue([.priorBudget, .budget, .change, .changeRate, .executed, .rate])
            }
            if valueCount == 4 { return .revenue([.budget, .priorBudget, .change, .changeRate]) }
            return nil
        }
        if has("원인행위") {
            switch valueCount {
            case 7: return .expenditure([.budget, .committed, .executed, .committedRate, .rate, .yearEndEstimate, .yearEndRate])
            case 5: return .expenditure([.budget, .committed, .executed, .committedRate, .rate])
            default: return nil
            }
        }
        if has("잔액") && has("증감") && valueCount == 7 {
            return .expenditure([.priorBudget, .budget, .change, .changeRate, .executed, .remaining, .rate])
        }
        if has("잔액") && (has("편성") || has("당초")) && valueCount == 5 {
            return .expenditure([.originalBudget, .budget, .executed, .remaining, .rate])
        }
        if has("본예산") && has("집행") && valueCount == 5 {
            return .expenditure([.budget, .executed, .rate, .priorOriginal, .priorFinal])
        }
        if has("본예산") && has("증감") && valueCount == 5 {
            return .expenditure([.budget, .priorOriginal, .priorFinal, .change, .changeRate])
        }
        return nil
    }

    /// The number of values most rows of a table carry.
    static func typicalValueCount(_ rows: [RawRow]) -> Int {
        var counts: [Int: Int] = [:]
        for row in rows { counts[row.cells.count, default: 0] += 1 }
        return counts.max { a, b in a.value == b.value ? a.key > b.key : a.value < b.value }?.key ?? 0
    }
}

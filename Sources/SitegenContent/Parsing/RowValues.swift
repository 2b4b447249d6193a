import SitegenText

/// The values of one table row, given a meaning by the table's columns.
struct RowValues {
    var amounts: RoleValues<Int> = [:]
    var rates: RoleValues<PrintedRate> = [:]
    var unreadable: Set<ColumnRole> = []
    var findings: [Finding] = []

    /// Why a row was left out: it is never guessed at.
    enum Skip: Error {
        case outOfOrder(String)
        case wrongCount(Int)
    }

    /// Reads `row` against `columns`. Malformed numbers become missing values with a finding;
    /// rows whose cells are out of order or of the wrong number are skipped, not guessed.
    static func read(_ row: RawRow, columns: [ColumnRole], unit: MoneyUnit) -> Result<RowValues, Skip> {
        let tokens = row.cells.map { NumericToken(cell: $0) }
        var values = RowValues()
        var readable = tokens.count
        if tokens.count != columns.count {
            guard let firstBad = tokens.firstIndex(where: { $0?.isMalformed == true }), firstBad < columns.count else {
                return .failure(.wrongCount(tokens.count))
            }
            readable = firstBad + 1
            values.unreadable.formUnion(columns[readable...])
        }
        for (index, token) in tokens.prefix(readable).enumerated() {
            let role = columns[index]
            let printed = row.cells[index]
            guard let token else { return .failure(.outOfOrder(printed)) }
            switch token {
            case .none:
                continue
            case .malformed(let text):
                values.unreadable.insert(role)
                var message = "‘\(text)’은(는) 숫자로 읽을 수 없는 표기입니다(\(row.label), \(role.koreanLabel)). 값을 비워 두었습니다."
                if readable < tokens.count || readable < columns.count {
                    let unread = columns[(index + 1)...].map(\.koreanLabel).joined(separator: ", ")
                    if !unread.isEmpty { message += " 이 칸이 둘 이상의 값을 붙여 인쇄한 것으로 보여 뒤 칸(\(unread))도 읽지 않았습니다." }
                }
                values.findings.append(Finding(kind: .malformedNumber, line: row.lastLine, message: message))
            case .integer(let value):
                if role.isRate {
                    guard !printed.has(",") else { return .failure(.outOfOrder(printed)) }
                    values.rates[role] = PrintedRate(scaled: value, decimals: 0)
                } else {
                    values.amounts[role] = value * unit.wonPerUnit
                }
            case .decimal(let rate):
                if role.isRate {
                    values.rates[role] = rate
                } else {
                    values.unreadable.insert(role)
                    // `67.650` where an amount belongs: a misprinted amount, not a shifted cell.
                    values.findings.append(Finding(kind: .malformedNumber, line: row.lastLine,
                        message: "‘\(printed)’은(는) 금액 칸(\(role.koreanLabel))에 소수점으로 인쇄되어 숫자로 읽을 수 없습니다(\(row.label)). 값을 비워 두었습니다."))
                }
            case .percent(let rate):
                guard role.isRate else { return .failure(.outOfOrder(printed)) }
                values.rates[role] = rate
            }
        }
        return .success(values)
    }
}

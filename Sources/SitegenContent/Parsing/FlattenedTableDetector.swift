import SitegenText

/// Finds whole tables that text extraction flattened into one line (header words and several
/// rows run together). Their cells cannot be told apart, so they are reported, never read.
struct FlattenedTableDetector {
    let lines: ArraySlice<SourceLine>
    let tables: [RawTable]

    func findings() -> [Finding] {
        // The tables are in order: one walk along them (looking through every table for every
        // line made long reports quadratic).
        let covered = tables.map { $0.firstLine...$0.lastLine }.sorted { $0.lowerBound < $1.lowerBound }
        var next = 0
        var reach = 0
        return lines.compactMap { line in
            while next < covered.count, covered[next].lowerBound <= line.number {
                reach = max(reach, covered[next].upperBound)
                next += 1
            }
            guard line.number > reach else { return nil }
            let compact = line.compact
            guard compact.has("예산현액"), compact.has("원인행위") || compact.has("집행액") else { return nil }
            let amounts = line.text.whitespaceTokens.filter {
                if case .integer(let value)? = NumericToken(cell: String($0)) { return value >= 1000 }
                return false
            }
            guard amounts.count >= 3 else { return nil }
            return Finding(kind: .skippedRow, line: line.number,
                           message: "예산집행 현황 표가 한 줄로 펼쳐져 인쇄되어 칸과 행을 가릴 수 없으므로 이 줄의 숫자(\(amounts.count)개)를 읽지 않았습니다.")
        }
    }
}

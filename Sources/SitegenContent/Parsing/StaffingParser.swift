import SitegenText

/// Reads the staffing table (정원/현원) of 일반현황 in whichever of its four layouts:
/// `정원/현원` pairs, 정원 and 현원 columns, a 정원 row and a 현원 row per department,
/// or the transposed table with departments as columns.
struct StaffingParser {
    let lines: ArraySlice<SourceLine>

    func parse() -> [StaffingRow] {
        for strategy in [slashPairs, namedColumns, rowPairs, transposed] {
            let rows = strategy()
            if rows.count >= 2 { return rows }
        }
        return []
    }

    private static func label(_ printed: String) -> String? {
        let name = NameKey.department(printed)
        return ["계", "합계", "합", "총계"].contains(name) ? nil : name
    }

    private static func count(_ cell: Substring) -> Int? {
        let text = cell.trimmingCharacters(in: .whitespaces)
        if NumericToken.noneMarks.contains(text) { return 0 }
        return Int(text)
    }

    /// `시 민 참 여 과 23/23 1/1 …`: the first `정원/현원` pair is the department's.
    private func slashPairs() -> [StaffingRow] {
        lines.compactMap { line in
            let tokens = line.text.whitespaceTokens
            guard line.text.has("/"),
                  let first = tokens.firstIndex(where: { $0.has("/") && $0.wholeMatch(of: Patterns.staffingPair) != nil }), first > 0 else { return nil }
            let pair = tokens[first].split(separator: "/")
            let printed = tokens[..<first].joined(separator: " ")
            guard printed.contains(where: { $0.isLetter }), !printed.has("급") else { return nil }
            return StaffingRow(department: Self.label(printed), printedLabel: printed,
                               authorized: Self.count(pair[0]), current: Self.count(pair[1]), sourceLine: line.number)
        }
    }

    /// `| 시민참여과 | 23 | 23 | - |…` under a header naming 정원 and 현원.
    private func namedColumns() -> [StaffingRow] {
        var columns: (authorized: Int, current: Int)?
        var rows: [StaffingRow] = []
        for line in lines {
            guard LineShape.isPipeRow(line) || LineShape.isTabRow(line) else { columns = nil; continue }
            guard let cells = cells(of: line) else { continue }  // the `|---|` separator
            let compact = cells.map { $0.withoutSpaces }
            if let a = compact.firstIndex(of: "정원"), let c = compact.firstIndex(of: "현원") {
                columns = (a, c)
                continue
            }
            guard let (a, c) = columns, cells.count > max(a, c), !cells[0].isEmpty,
                  let authorized = Self.count(Substring(cells[a])), let current = Self.count(Substring(cells[c])) else { continue }
            rows.append(StaffingRow(department: Self.label(cells[0]), printedLabel: cells[0],
                                    authorized: authorized, current: current, sourceLine: line.number))
        }
        return rows
    }

    /// A 정원 row naming the department, then a 현원 row with the label left empty.
    private func rowPairs() -> [StaffingRow] {
        var rows: [StaffingRow] = []
        var open: (printed: String, authorized: Int?, line: Int)?
        for line in lines {
            guard let cells = cells(of: line), cells.count >= 3 else { continue }
            let kind = cells[1].withoutSpaces
            if kind == "정원" {
                open = (cells[0], Self.count(Substring(cells[2])), line.number)
            } else if kind == "현원", let pending = open, cells[0].isEmpty {
                rows.append(StaffingRow(department: Self.label(pending.printed), printedLabel: pending.printed,
                                        authorized: pending.authorized, current: Self.count(Substring(cells[2])),
                                        sourceLine: pending.line))
                open = nil
            }
        }
        return rows
    }

    /// `구 분 계 사회혁신담당관 …` over `정 원 112 27 …` and `현 원 102 25 …`.
    private func transposed() -> [StaffingRow] {
        let all = Array(lines)
        for (index, line) in all.enumerated() where line.compact.hasPrefix("정원") {
            let values = numbers(after: "정원", in: line)
            guard values.count >= 2,
                  let header = all[..<index].last(where: { !$0.isBlank && $0.compact.hasPrefix("구분") }),
                  let currentLine = all[(index + 1)...].first(where: { !$0.isBlank }), currentLine.compact.hasPrefix("현원")
            else { continue }
            let current = numbers(after: "현원", in: currentLine)
            let names = headerNames(header)
            guard names.count >= values.count, current.count == values.count else { continue }
            return zip(names.suffix(values.count), zip(values, current)).map { name, pair in
                StaffingRow(department: Self.label(name), printedLabel: name,
                            authorized: pair.0, current: pair.1, sourceLine: line.number)
            }
        }
        return []
    }

    private func cells(of line: SourceLine) -> [String]? {
        if LineShape.isPipeRow(line) { return LineShape.pipeCells(line.text) }
        if LineShape.isTabRow(line) { return LineShape.tabSplit(line.text).map { String($0).trimmedAll } }
        return nil
    }

    private func numbers(after label: String, in line: SourceLine) -> [Int] {
        let cells: [Substring] = LineShape.isTabRow(line)
            ? line.text.split(separator: "\t").map { Substring($0.trimmingCharacters(in: .whitespaces)) }
            : line.text.whitespaceTokens
        return cells.compactMap { Int($0) }
    }

    private func headerNames(_ line: SourceLine) -> [String] {
        if LineShape.isTabRow(line) {
            return LineShape.tabCells(line.text).dropFirst().map { $0 }
        }
        return line.text.whitespaceTokens.map(String.init).filter { !["구", "분", "구분"].contains($0) }
    }
}

import Foundation

/// Something the report says about itself that does not add up, or that could not be read.
/// A finding never changes a printed number: it only points at it.
public struct Finding: Codable, Equatable, Hashable, Sendable {
    public var kind: Kind
    /// 1-based line in `report.txt`.
    public var line: Int
    /// A sentence a journalist can read.
    public var message: String

    public init(kind: Kind, line: Int, message: String) {
        self.kind = kind
        self.line = line
        self.message = message
    }

    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// A printed rate differs from executed/budget by more than its printed precision.
        case rateMismatch = "rate-mismatch"
        /// A department, subtotal or grand total differs from the sum of its rows.
        case sumMismatch = "sum-mismatch"
        /// A number that cannot be a number as printed (`211,1000`, `30%21,000,000`).
        case malformedNumber = "malformed-number"
        /// The same program printed with different amounts in two tables of one release.
        case crossTableMismatch = "cross-table-mismatch"
        /// A printed difference within a row (증감, 집행잔액) that is not the difference of its amounts.
        case differenceMismatch = "difference-mismatch"
        /// A table row that could not be read safely and was left out.
        case skippedRow = "skipped-row"
        /// A table whose unit is not stated anywhere near it.
        case missingUnit = "missing-unit"
        /// Counts printed in a summary that differ from the items listed.
        case countMismatch = "count-mismatch"
    }
}

extension Finding.Kind {
    /// What the kind is called on the site and in search (`집행률 불일치`).
    public var label: String {
        switch self {
            case .rateMismatch: return "집행률 불일치"
            case .sumMismatch: return "합계 불일치"
            case .malformedNumber: return "읽을 수 없는 숫자"
            case .crossTableMismatch: return "표 사이 불일치"
            case .differenceMismatch: return "증감 불일치"
            case .skippedRow: return "읽지 않은 행"
            case .missingUnit: return "단위 없음"
            case .countMismatch: return "건수 불일치"
        }
    }
}

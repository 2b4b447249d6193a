import SitegenText

/// A table cell read as a number, exactly as printed.
enum NumericToken: Equatable {
    /// `-`, `_`, `－` or an empty cell: the report printed no value.
    case none
    /// A whole number in the table's unit (`1,234`, `0`, `△720,390`).
    case integer(Int)
    /// A number with a decimal point and no `%` (`49.8`): a rate in rate columns.
    case decimal(PrintedRate)
    /// A number with a `%` sign.
    case percent(PrintedRate)
    /// Digits, commas and signs that cannot be one number as printed (`211,1000`, `30%21,000,000`).
    case malformed(String)

    /// Reads a cell; `nil` when the cell is text, not a number.
    init?(cell raw: String) {
        let text = raw.trimmedAll
        // The marks are one scalar each (three bytes at most) and none is canonically equivalent
        // to anything else, so only short cells need looking up.
        if text.isEmpty || (text.utf8.count <= 3 && Self.noneMarks.contains(text)) {
            self = .none
            return
        }
        switch text.utf8.withContiguousStorageIfAvailable({ Self.read($0, printed: text) }) {
        case .number(let token)?: self = token
        case .text?: return nil
        case .unsure?, nil: self.init(characters: text)
        }
    }

    /// The reading by `Character`s, for the cells the byte reading is unsure of (a digit with a
    /// combining mark, say): what `init(cell:)` reads, from a trimmed cell that is not a none mark.
    private init?(characters text: String) {
        var body = Substring(text)
        var negative = false
        if let first = body.first, Self.negativeMarks.contains(first) {
            negative = true
            body = body.dropFirst().drop(while: { $0.isWhitespace })
        }
        guard body.contains(where: \.isASCIIDigit),
              body.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." || $0 == "%" }) else {
            return nil
        }
        self = Self.classify(body, negative: negative, printed: text)
    }

    private static func classify(_ body: Substring, negative: Bool, printed: String) -> NumericToken {
        let percentCount = body.filter { $0 == "%" }.count
        if percentCount == 1, body.last == "%" {
            let digits = body.dropLast()
            guard !digits.has(","), let rate = PrintedRate(parsing: String(digits)) else {
                return .malformed(printed)
            }
            return .percent(negative ? PrintedRate(scaled: -rate.scaled, decimals: rate.decimals) : rate)
        }
        guard percentCount == 0 else { return .malformed(printed) }
        if body.has(".") {
            guard !body.has(","), let rate = PrintedRate(parsing: String(body)) else {
                return .malformed(printed)
            }
            return .decimal(negative ? PrintedRate(scaled: -rate.scaled, decimals: rate.decimals) : rate)
        }
        guard isWellGrouped(body), let value = Int(body.filter(\.isASCIIDigit)), value <= maxAmount else {
            return .malformed(printed)
        }
        return .integer(negative ? -value : value)
    }

    /// `1234`, `1,234` and `12,345,678` are well grouped; `211,1000` and `5103,640` are not.
    static func isWellGrouped(_ digits: Substring) -> Bool {
        let groups = digits.split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, !head.isEmpty, groups.allSatisfy({ !$0.isEmpty }) else { return false }
        if groups.count == 1 { return digits.count <= 15 }
        return head.count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// The largest amount read, in the table's unit: scaled by any unit (at most a million
    /// won) it still fits in an `Int`, and so does the difference of any two amounts.
    /// A larger number is a misprint, read as malformed
    /// (a finding with its line), never a value that could overflow the sums.
    static let maxAmount = Int.max / 2 / 1_000_000

    static let noneMarks: Set<String> = ["-", "－", "_", "—", "–", "‐", "ㅡ"]
    static let negativeMarks: Set<Character> = ["△", "▵", "▲"]

    var isValue: Bool {
        if case .none = self { return false }
        return true
    }

    var isMalformed: Bool {
        if case .malformed = self { return true }
        return false
    }
}

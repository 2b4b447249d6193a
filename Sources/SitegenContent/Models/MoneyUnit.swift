/// The unit a table states for its amounts (`단위 : 천원`).
public enum MoneyUnit: String, Codable, Sendable, CaseIterable {
    case won = "원"
    case thousandWon = "천원"
    case millionWon = "백만원"

    /// How many won one printed unit is.
    public var wonPerUnit: Int {
        switch self {
        case .won: return 1
        case .thousandWon: return 1_000
        case .millionWon: return 1_000_000
        }
    }
}

/// What one value column of a budget table means.
public enum ColumnRole: String, Codable, Sendable, CaseIterable {
    /// 예산현액 (or the current-year budget where no 현액 is printed).
    case budget
    /// 예산편성액 / 당초예산.
    case originalBudget = "original_budget"
    /// 원인행위 (committed).
    case committed
    /// 지출 / 집행액 (spent).
    case executed
    /// 원인행위 rate as printed.
    case committedRate = "committed_rate"
    /// 집행률 (of executed) as printed.
    case rate
    /// 연말 집행예상액.
    case yearEndEstimate = "year_end_estimate"
    /// 연말 예상 집행률 as printed.
    case yearEndRate = "year_end_rate"
    /// The previous year's budget (전년도).
    case priorBudget = "prior_budget"
    /// The previous year's 본예산.
    case priorOriginal = "prior_original"
    /// The previous year's 최종예산.
    case priorFinal = "prior_final"
    /// 증감 against the previous year.
    case change
    /// 증감률 as printed.
    case changeRate = "change_rate"
    /// 집행잔액.
    case remaining

    /// The role's place in `allCases`.
    public var order: Int {
        switch self {
        case .budget: return 0
        case .originalBudget: return 1
        case .committed: return 2
        case .executed: return 3
        case .committedRate: return 4
        case .rate: return 5
        case .yearEndEstimate: return 6
        case .yearEndRate: return 7
        case .priorBudget: return 8
        case .priorOriginal: return 9
        case .priorFinal: return 10
        case .change: return 11
        case .changeRate: return 12
        case .remaining: return 13
        }
    }

    /// Rates are printed percentages; everything else is an amount.
    public var isRate: Bool {
        switch self {
        case .committedRate, .rate, .yearEndRate, .changeRate: return true
        default: return false
        }
    }

    /// The Korean column heading used on pages and in exports.
    public var koreanLabel: String {
        switch self {
        case .budget: return "예산현액"
        case .originalBudget: return "예산편성액"
        case .committed: return "원인행위"
        case .executed: return "지출(집행액)"
        case .committedRate: return "원인행위율"
        case .rate: return "집행률"
        case .yearEndEstimate: return "연말 집행예상액"
        case .yearEndRate: return "연말 예상 집행률"
        case .priorBudget: return "전년도 예산"
        case .priorOriginal: return "전년도 본예산"
        case .priorFinal: return "전년도 최종예산"
        case .change: return "증감"
        case .changeRate: return "증감률"
        case .remaining: return "집행잔액"
        }
    }
}

/// The Fiscal Data Package `model` of `budget-lines.csv`: three measures in won and the
/// dimensions that place each amount (when, who, what, and the printed line itself).
struct FiscalModel: Encodable {
    var measures: [String: Measure]
    var dimensions: [String: Dimension]

    struct Measure: Encodable {
        var source: String
        var resource = PackageResources.budgetLines.name
        var currency = "KRW"
        var factor = 1
        var direction = "expenditure"
        var phase: String?
        var title: String
    }

    struct Dimension: Encodable {
        var dimensionType: String
        var classificationType: String?
        var primaryKey: [String]
        var attributes: [String: Attribute]
    }

    struct Attribute: Encodable {
        var source: String
        var resource = PackageResources.budgetLines.name
        var title: String
    }

    static let budgetLines = FiscalModel(
        measures: [
            "budget": Measure(source: "budget_won", phase: "approved", title: "예산현액 (budget)"),
            "committed": Measure(source: "committed_won", phase: nil, title: "원인행위 (committed)"),
            "executed": Measure(source: "executed_won", phase: "executed", title: "지출·집행액 (executed)"),
        ],
        dimensions: [
            "date": Dimension(dimensionType: "datetime", primaryKey: ["release_date"],
                              attributes: ["release_date": Attribute(source: "release_date", title: "The release's month")]),
            "department": Dimension(dimensionType: "classification", classificationType: "administrative",
                                    primaryKey: ["department"],
                                    attributes: ["department": Attribute(source: "department", title: "Department")]),
            "program": Dimension(dimensionType: "activity", primaryKey: ["program"],
                                 attributes: ["program": Attribute(source: "program", title: "Program as printed")]),
            "budget_line": Dimension(dimensionType: "fact", primaryKey: ["release", "source_line"],
                                     attributes: ["release": Attribute(source: "release", title: "Release"),
                                                  "source_line": Attribute(source: "source_line", title: "Line of report.txt"),
                                                  "row_kind": Attribute(source: "row_kind", title: "program, department, subtotal or total"),
                                                  "url": Attribute(source: "url", title: "Permalink")]),
        ])
}

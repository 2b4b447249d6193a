import SitegenText

/// What `sitegen new` writes for a new release: a commented `release.yml` holding the required
/// keys (title, issuer, date) with placeholders that build, so the new release shows up at once
/// in `sitegen serve`, and an empty `report.txt`. Pure: the command writes the files.
public enum ReleaseScaffold {
    /// Refuses an id that cannot be a release folder name or a URL segment.
    public static func validate(id: String) throws {
        guard ReleaseID.isValid(id) else {
            throw SitegenError(file: id, "a release id may use only a-z, 0-9, '-' and '_' (e.g. 2023-03-citizen-cooperation-bureau)")
        }
    }

    /// The month a release id starts with (`2023-03-…`), if it does.
    public static func month(of id: String) -> YearMonth? {
        guard id.count >= 7 else { return nil }
        return YearMonth(String(id.prefix(7)))
    }

    /// `release.yml` for a new release, dated by its id or else `today`.
    public static func metadata(id: String, today: YearMonth) -> String {
        let date = month(of: id) ?? today
        return """
        # release.yml of \(id): what sitegen needs to know about this report.
        # The three keys below are required; replace the placeholders. Unknown keys are errors.

        # The report's title, as printed on its cover (보고서 제목)
        title: "새 보고서 \(id)"
        # The body that issued it, e.g. 시민협력국 (발행 기관)
        issuer: "발행 기관"
        # The month of the report, YYYY-MM (보고 월)
        date: \(date)

        # Optional keys, uncomment what the report states:
        # kind: "주요업무보고"
        # session: "제306회 시의회 임시회"
        # committee: "행정자치위원회"
        # source_url: "https://…"
        # notes: "발행일은 인쇄되지 않았습니다."

        """
    }

    /// What to do next, printed by the command.
    public static func nextSteps(folder: String) -> String {
        """
        created \(folder)/release.yml and an empty \(folder)/report.txt
        next:
          1. fill in title, issuer and date in \(folder)/release.yml
          2. paste the report text, as published, into \(folder)/report.txt (UTF-8 or CP949);
             until then, build and serve say that the report is empty
          3. run `sitegen serve` to preview it (or `sitegen check` to list what the report says about itself)
        """
    }
}

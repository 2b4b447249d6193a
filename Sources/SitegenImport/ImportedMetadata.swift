import SitegenContent

/// The release.yml that `sitegen import` writes: the required keys filled in from the cover
/// where it could read them (else `sitegen new`'s placeholders), and the original's provenance.
/// Pure.
public enum ImportedMetadata {
    public static func yaml(id: String, cover: CoverMetadata, record: OriginalRecord, today: YearMonth) -> String {
        let date = cover.date.flatMap(YearMonth.init) ?? ReleaseScaffold.month(of: id) ?? today
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func note(_ found: Bool) -> String { found ? "read from the cover page" : "not found on the cover: replace the placeholder" }
        var yaml = """
        # release.yml of \(id), written by `sitegen import`. Check what was read from the cover.

        # The report's title (\(note(cover.title != nil)))
        title: \(quoted(cover.title ?? "새 보고서 \(id)"))
        # The issuing body (\(note(cover.issuer != nil)))
        issuer: \(quoted(cover.issuer ?? "발행 기관"))
        # The month, YYYY-MM (\(note(cover.date != nil)))
        date: \(date)

        # The published original, archived unchanged beside report.txt. The build refuses the
        # release if the original no longer matches this SHA-256: import it again instead.
        original: \(record.file)
        original_sha256: \(record.sha256)

        """
        if let from = record.importedFrom { yaml += "imported_from: \(quoted(from))\n" }
        if let extractor = record.extractor { yaml += "extractor: \(quoted(extractor))\n" }
        if let mode = record.extractorMode { yaml += "extractor_mode: \(quoted(mode))\n" }
        if record.isOCR { yaml += "# report.txt was read by OCR: check every number against the original.\nocr: true\n" }
        return yaml
    }
}

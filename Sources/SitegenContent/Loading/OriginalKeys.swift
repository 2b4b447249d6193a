import SitegenText

/// The provenance keys of release.yml that `sitegen import` writes, read into an
/// `OriginalRecord`: `original` and `original_sha256` go together; the rest are optional.
enum OriginalKeys {
    static let all = ["original", "original_sha256", "imported_from", "extractor", "extractor_mode", "ocr"]

    static func record(_ values: [String: (text: String, line: Int)], file: String) throws -> OriginalRecord? {
        let present = all.filter { !(values[$0]?.text ?? "").isEmpty }
        guard !present.isEmpty else { return nil }
        guard let name = values["original"], !name.text.isEmpty else {
            throw SitegenError(file: file, line: values[present[0]]?.line, "'\(present[0])' needs 'original' (the archived original.pdf or original.hwpx)")
        }
        guard OriginalRecord.archivedNames.contains(name.text) else {
            throw SitegenError(file: file, line: name.line, "'original' must be one of \(OriginalRecord.archivedNames.joined(separator: ", ")), not '\(name.text)'")
        }
        guard let digest = values["original_sha256"], digest.text.count == 64,
              digest.text.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
            throw SitegenError(file: file, line: values["original_sha256"]?.line ?? name.line,
                               "'original_sha256' must be the original's SHA-256 in 64 lower-case hex digits")
        }
        var isOCR = false
        if let ocr = values["ocr"] {
            guard ["true", "false"].contains(ocr.text) else {
                throw SitegenError(file: file, line: ocr.line, "'ocr' must be true or false")
            }
            isOCR = ocr.text == "true"
        }
        func text(_ key: String) -> String? { values[key].flatMap { $0.text.isEmpty ? nil : $0.text } }
        return OriginalRecord(file: name.text, sha256: digest.text, importedFrom: text("imported_from"),
                              extractor: text("extractor"), extractorMode: text("extractor_mode"), isOCR: isOCR)
    }
}

import SitegenText

/// What a published original is, told by its first bytes, never by its extension.
public enum OriginalKind: String, Sendable, Equatable {
    case pdf
    case hwpx

    /// The file name the original is archived under in the release folder.
    public var archivedName: String { "original.\(rawValue)" }

    /// The kind of `bytes`, or a one-line refusal naming `file`.
    public static func of(_ bytes: [UInt8], file: String) throws -> OriginalKind {
        if bytes.isEmpty { throw SitegenError(file: file, "the file is empty (0 bytes); expected a PDF or HWPX report") }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .hwpx }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw SitegenError(file: file, "a binary HWP 5.0 document, which sitegen does not read; save it as HWPX or PDF in 한글 and import that")
        }
        throw SitegenError(file: file, "neither a PDF (%PDF-) nor an HWPX (zip) file, whatever its name says")
    }
}

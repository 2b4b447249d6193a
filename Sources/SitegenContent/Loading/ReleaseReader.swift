import Crypto
import Foundation
import SitegenText

/// Reads one release from its two files' contents: pure, bytes in and model out.
public enum ReleaseReader {
    public static func read(id: String, metadataYAML: String, reportBytes: [UInt8],
                            metadataPath: String, reportPath: String) throws -> Release {
        try readWithText(id: id, metadataYAML: metadataYAML, reportBytes: reportBytes,
                         metadataPath: metadataPath, reportPath: reportPath).release
    }

    /// The release and the report text it was read from.
    public static func readWithText(id: String, metadataYAML: String, reportBytes: [UInt8],
                                    metadataPath: String, reportPath: String) throws -> (release: Release, text: String) {
        try readWithText(id: id, metadataYAML: metadataYAML, reportBytes: reportBytes,
                         metadataPath: metadataPath, reportPath: reportPath, reportDigest: sha256Hex(reportBytes))
    }

    /// The same, with the report's SHA-256 (hex) already made.
    static func readWithText(id: String, metadataYAML: String, reportBytes: [UInt8], metadataPath: String,
                             reportPath: String, reportDigest: String) throws -> (release: Release, text: String) {
        let metadata = try ReleaseMetadataParser.parse(metadataYAML, file: metadataPath)
        let decoded = try ReportTextDecoder.decode(reportBytes, file: reportPath)
        // Form feeds and other control characters are whitespace to the parser (TextCleanup).
        let report = ReportParser(releaseYear: metadata.date.year).parse(TextCleanup.controlsAsWhitespace(decoded.text))
        let lineCount = SourceLine.count(of: decoded.text)
        let source = SourceInfo(path: reportPath, sha256: reportDigest, byteCount: reportBytes.count,
                                lineCount: lineCount, encoding: decoded.encoding)
        return (Release(id: id, metadata: metadata, source: source, report: report), decoded.text)
    }

    public static func sha256Hex<D: DataProtocol>(_ bytes: D) -> String {
        Hex.sha256(bytes)
    }
}

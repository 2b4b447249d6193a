import Foundation
import SitegenText
import SitegenContent
import SitegenTemplates

/// Why the last rebuild failed, as the overlay shows it: the file, the line where known, the cause.
public struct ContentProblem: Equatable, Sendable, Encodable {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// A build error as editors read it; a `SitegenError` keeps its file and line.
    public init(_ error: any Error, contentDirectory: URL) {
        if let error = error as? SitegenError {
            self.init(file: error.file, line: error.line, message: error.message)
        } else {
            self.init(file: contentDirectory.relativePath, line: nil, message: error.localizedDescription)
        }
    }

    /// `file:line: message`, the form of `sitegen build` and `check`.
    public var text: String {
        SitegenError(file: file, line: line, message).description
    }

    private enum CodingKeys: String, CodingKey { case file, line, message, text }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encodeIfPresent(line, forKey: .line)
        try container.encode(message, forKey: .message)
        try container.encode(text, forKey: .text)
    }
}

/// An error that stops a build or check: it names the file and, where it can, the line.
public struct SitegenError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the form editors and compilers use.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

import Foundation

extension SitegenError: LocalizedError {
    public var errorDescription: String? { description }
}

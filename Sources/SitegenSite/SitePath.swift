import SitegenText

/// The rules every path of a built site keeps: relative, no `.` or `..` or empty segment,
/// no control characters, no segment longer than a file system allows (255 bytes).
/// `build` refuses a site that breaks them before writing anything; `check` reports the same.
public enum SitePath {
    public static let maxSegmentBytes = 255

    public static func isSafe(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !parts.isEmpty
            && !path.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\\" }
            && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// What is wrong with a path, or `nil`.
    public static func problem(_ path: String) -> String? {
        if keepsTheRules(path) { return nil }
        return characterProblem(path)
    }

    /// `problem` read by `Character`s, as the rules are written: for a path that the byte
    /// reading of `keepsTheRules` does not clear.
    static func characterProblem(_ path: String) -> String? {
        guard isSafe(path) else { return "not a safe path inside the site" }
        if let long = path.split(separator: "/").first(where: { $0.utf8.count > maxSegmentBytes }) {
            return "a path segment of \(long.utf8.count) bytes (at most \(maxSegmentBytes)): '\(long.prefix(40))…'"
        }
        return nil
    }

    /// The rules in one pass over the path's bytes, for a path whose every scalar is a
    /// character of its own (`PlainText`), where splitting bytes at `/` splits what
    /// `characterProblem` splits: every build asks this of 78,000 paths at 600 releases, and
    /// the `Character` reading was 3.5 % of an incremental build. False sends the path to
    /// `characterProblem`, which names the problem (or finds none).
    static func keepsTheRules(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            guard !bytes.isEmpty else { return false }
            var segmentStart = 0, index = 0
            while index <= bytes.count {
                if index == bytes.count || bytes[index] == UInt8(ascii: "/") {
                    let length = index - segmentStart
                    guard length > 0, length <= maxSegmentBytes,
                          !(length == 1 && bytes[segmentStart] == UInt8(ascii: ".")),
                          !(length == 2 && bytes[segmentStart] == UInt8(ascii: ".") && bytes[segmentStart + 1] == UInt8(ascii: "."))
                    else { return false }
                    index += 1
                    segmentStart = index
                    continue
                }
                let byte = bytes[index]
                guard byte >= 0x20, byte != 0x7F, byte != UInt8(ascii: "\\"),
                      !(byte == 0xC2 && (0x80...0x9F).contains(bytes[index + 1])),
                      PlainText.isPlain(bytes, at: index) else { return false }
                index += UTF8Whitespace.scalarLength(byte)
            }
            return true
        }
    }

    /// Refuses a path that breaks a rule, naming it: what every sink asks before it writes.
    public static func requireWritable(_ path: String) throws {
        if let problem = problem(path) { throw SitegenError(file: path, "cannot be written: \(problem)") }
    }

    /// The error of a path written twice.
    public static func writtenTwice(_ path: String) -> SitegenError {
        SitegenError(file: path, "cannot be written: two files with one path")
    }

    /// Refuses the first path that breaks a rule, or a path given twice.
    public static func validate(_ paths: [String]) throws {
        var seen = Set<String>()
        for path in paths {
            if let problem = problem(path) { throw SitegenError(file: path, "cannot be written: \(problem)") }
            guard seen.insert(path).inserted else { throw SitegenError(file: path, "cannot be written: two files with one path") }
        }
    }
}

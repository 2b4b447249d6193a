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
        guard isSafe(path) else { return "not a safe path inside the site" }
        if let long = path.split(separator: "/").first(where: { $0.utf8.count > maxSegmentBytes }) {
            return "a path segment of \(long.utf8.count) bytes (at most \(maxSegmentBytes)): '\(long.prefix(40))…'"
        }
        return nil
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

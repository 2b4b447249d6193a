import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps the staging folders of the atomic writer (`.NAME.building-PID-RANDOM` beside the
/// output, and `.NAME.previous-PID-RANDOM` while the old site is swapped out) from outliving
/// their build:
/// - `SIGINT` and `SIGTERM` remove the current staging folder (and put a retired site back
///   when the swap was cut short), then exit with 128 + the signal's number;
/// - `removeAbandoned(beside:)`, called by every build, removes those folders whose process
///   is gone (`kill(pid, 0)` fails with `ESRCH`), as a build killed by `SIGKILL` leaves them.
public enum StagingCleanup {
    /// The folders of the write under way.
    public struct Current: Sendable {
        public var output: String
        public var staging: String
        public var retired: String
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var current: Current?
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    private static let queue = DispatchQueue(label: "sitegen.staging-cleanup")

    /// Names of the two folders for the output's write by this process.
    public static func folders(for output: URL) -> Current {
        let parent = output.deletingLastPathComponent().path
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let name = output.lastPathComponent
        return Current(output: output.path, staging: parent + "/.\(name).building-\(token)",
                       retired: parent + "/.\(name).previous-\(token)")
    }

    /// Installs the SIGINT/SIGTERM handlers (once per process).
    public static func installSignalHandlers() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                cleanUp()
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// The write under way; `nil` when it is over.
    public static func register(_ folders: Current?) {
        lock.lock()
        current = folders
        lock.unlock()
        // For the tests of interruption: hold the build with its staging folder in place.
        if folders != nil, let pause = ProcessInfo.processInfo.environment["SITEGEN_TEST_PAUSE_WHILE_STAGING"],
           let seconds = UInt32(pause) {
            sleep(seconds)
        }
    }

    /// Removes the staging folder of the write under way, restoring a retired site.
    static func cleanUp() {
        lock.lock()
        let folders = current
        current = nil
        lock.unlock()
        guard let folders else { return }
        let fm = FileManager.default
        try? fm.removeItem(atPath: folders.staging)
        if fm.fileExists(atPath: folders.retired) {
            if fm.fileExists(atPath: folders.output) {
                try? fm.removeItem(atPath: folders.retired)
            } else {
                try? fm.moveItem(atPath: folders.retired, toPath: folders.output)
            }
        }
    }

    /// Removes the staging folders beside `output` left by builds whose process is gone; a
    /// retired site whose output is missing is put back instead. Returns the names it removed.
    @discardableResult
    public static func removeAbandoned(beside output: URL) -> [String] {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent().path
        let name = output.lastPathComponent
        guard let entries = try? fm.contentsOfDirectory(atPath: parent) else { return [] }
        var removed: [String] = []
        for entry in entries.sorted() {
            for kind in ["building", "previous"] {
                let prefix = ".\(name).\(kind)-"
                guard entry.hasPrefix(prefix), let pid = processID(in: entry.dropFirst(prefix.count)),
                      !isAlive(pid) else { continue }
                let path = parent + "/" + entry
                if kind == "previous", !fm.fileExists(atPath: output.path) {
                    try? fm.moveItem(atPath: path, toPath: output.path)
                } else if (try? fm.removeItem(atPath: path)) != nil {
                    removed.append(entry)
                }
            }
        }
        return removed
    }

    /// `PID-RANDOM` → PID.
    static func processID(in token: Substring) -> pid_t? {
        let parts = token.split(separator: "-")
        guard parts.count == 2, UInt32(parts[1]) != nil, let pid = pid_t(parts[0]), pid > 0 else { return nil }
        return pid
    }

    /// Whether a process of that id exists (`EPERM` means it does, under another user).
    static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

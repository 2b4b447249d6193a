import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
#endif

/// Wakes the watcher as soon as the kernel reports a change in a watched folder (inotify on
/// Linux), instead of at the next poll; the file-stat snapshot still decides what changed, and
/// polling goes on where there is no inotify.
final class FolderChangeNotifier: @unchecked Sendable {
    #if canImport(Glibc)
    private let descriptor: Int32
    private let lock = NSLock()
    private var stopped = false
    private var watched = Set<String>()

    init?(onChange: @escaping @Sendable () -> Void) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let thread = Thread { [self] in listen(onChange) }
        thread.name = "sitegen.serve.inotify"
        thread.start()
    }

    /// Watches these folders too (a watch goes away by itself with its folder).
    func watch(_ folders: [String]) {
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
        lock.lock()
        defer { lock.unlock() }
        for folder in folders where !watched.contains(folder) {
            if inotify_add_watch(descriptor, folder, mask) >= 0 { watched.insert(folder) }
        }
        // A removed and re-created folder needs a new watch: forget folders that are gone.
        watched = watched.filter { FileManager.default.fileExists(atPath: $0) }
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func listen(_ onChange: @Sendable () -> Void) {
        var buffer = [UInt8](repeating: 0, count: 8192)
        var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while !isStopped {
            guard poll(&waiting, 1, 200) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { onChange() }
        }
        close(descriptor)
    }
    #else
    init?(onChange: @escaping @Sendable () -> Void) { return nil }
    func watch(_ folders: [String]) {}
    func stop() {}
    #endif
}

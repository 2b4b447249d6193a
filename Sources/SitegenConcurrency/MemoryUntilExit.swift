import Foundation

/// Values a command leaves for the end of its process to free: a build's models, indexes and
/// records are millions of small objects at 600 releases, which took 0.2 s to free one by one
/// right before the process exits and the kernel takes all its memory back at once (what
/// clang's `-disable-free` does). Only for a process that exits after the work.
public enum MemoryUntilExit {
    private final class Kept: @unchecked Sendable {
        let lock = NSLock()
        var values: [Any] = []
    }

    private static let kept = Kept()

    public static func keep(_ value: Any) {
        kept.lock.withLock { kept.values.append(value) }
    }
}

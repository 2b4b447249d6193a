import Foundation

/// Work started on another thread at once, whose result is waited for where it is needed: how
/// the build keeps the second core busy while one thread does serial work (reading the
/// previous build's record while releases load, matching programs while releases are indexed).
/// `value` waits for the work (`DispatchGroup.wait`, which orders the result's writes before
/// its reads).
public final class Background<Value>: @unchecked Sendable {
    private let done = DispatchGroup()
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.done.leave()
        }
    }

    /// The work's result, once it has ended.
    public var value: Value {
        done.wait()
        return result!
    }
}

/// Runs pieces of work on every core at once; the results keep the work's order.
public enum Concurrently {
    public static func map<T>(_ work: [() -> T]) -> [T] {
        var results = [T?](repeating: nil, count: work.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: work.count) { position in
            let result = work[position]()
            lock.withLock { results[position] = result }
        }
        return results.map { $0! }
    }
}

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

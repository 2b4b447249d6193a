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

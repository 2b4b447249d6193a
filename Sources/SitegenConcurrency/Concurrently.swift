import Foundation

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

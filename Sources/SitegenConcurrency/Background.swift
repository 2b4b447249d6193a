import Foundation

/// Work started on another thread at once, whose result is waited for where it is needed: how
/// the build keeps the second core busy while one thread does serial work (reading the
/// previous build's record while releases load, preparing the theme's work on each release
/// while the site is indexed, writing the cache's record while the manifests are made).
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

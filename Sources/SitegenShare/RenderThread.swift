import Foundation

/// One thread that runs the work given to it one piece at a time, in the order given, for the
/// life of the process.
///
/// librsvg draws text through pango, fontconfig and cairo, which keep process-global state
/// (fontconfig's configuration and font cache, pango's font map and its caches, cairo's font
/// face and glyph caches, librsvg's own lazily made font map) that they do not promise to be
/// safe from several threads at once; ThreadSanitizer cannot see inside them, since they are not
/// instrumented. So every call into those libraries is made on this one thread
/// (`Librsvg.thread`, one a process): the build's threads only hand it an SVG and wait for the
/// pixels. What is ours (quantizing, PNG encoding, the cache) stays on the callers' threads.
final class RenderThread: @unchecked Sendable {
    // `queue` and `ticket.result` are guarded by `condition` (and `Ticket`'s group orders the
    // result's write before its read).
    private let condition = NSCondition()
    private var queue: [() -> Void] = []

    init(name: String) {
        let thread = Thread { [self] in loop() }
        thread.name = name
        // librsvg recurses over the SVG's tree; the main thread's 8 MB, not a thread's default.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result of work given to the thread.
    final class Ticket<Value>: @unchecked Sendable {
        private let done = DispatchGroup()
        private var result: Result<Value, any Error>?

        fileprivate init() { done.enter() }

        fileprivate func finish(_ result: Result<Value, any Error>) {
            self.result = result
            done.leave()
        }

        /// Waits for the work and returns its value, or throws its error.
        func wait() throws -> Value {
            done.wait()
            return try result!.get()
        }
    }

    /// Queues `work` behind what is already given; returns at once.
    func submit<Value>(_ work: @escaping () throws -> Value) -> Ticket<Value> {
        let ticket = Ticket<Value>()
        condition.lock()
        queue.append { ticket.finish(Result { try work() }) }
        condition.signal()
        condition.unlock()
        return ticket
    }

    private func loop() {
        while true {
            condition.lock()
            while queue.isEmpty { condition.wait() }
            let work = queue.removeFirst()
            condition.unlock()
            work()
        }
    }
}

import Foundation

/// What the server knows about the site it serves: which build it is, and the content error
/// that stopped the latest rebuild, if any. Pages subscribe to its events.
public final class LiveState: @unchecked Sendable {
    /// The state a page is told when it connects.
    public struct Snapshot: Equatable, Sendable, Encodable {
        /// Successful builds so far; 0 while there is no good site yet.
        public var generation: Int
        public var problem: ContentProblem?
    }

    private let lock = NSLock()
    private var snapshot = Snapshot(generation: 0, problem: nil)
    private var subscribers: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    private var closed = false

    public init() {}

    public var current: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return snapshot
    }

    /// A rebuild succeeded: pages reload.
    public func built() {
        let event = update { state in
            state.generation += 1
            state.problem = nil
            return ServerSentEvent(name: "reload", json: state)
        }
        broadcast(event.bytes)
    }

    /// A rebuild failed: pages keep the last good site and show the problem.
    public func failed(_ problem: ContentProblem) {
        let event = update { state in
            state.problem = problem
            return ServerSentEvent(name: "problem", json: problem)
        }
        broadcast(event.bytes)
    }

    /// A new event stream: `hello` with the current state first, then every change.
    public func subscribe() -> AsyncStream<[UInt8]> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        lock.lock()
        let hello = ServerSentEvent(name: "hello", json: snapshot)
        if closed {
            lock.unlock()
            continuation.finish()
            return stream
        }
        continuation.yield(Array("retry: 500\n\n".utf8) + hello.bytes)
        subscribers[id] = continuation
        lock.unlock()
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        return stream
    }

    /// Sends a keep-alive comment: streams of clients that went away end on the failed write.
    public func keepAlive() {
        broadcast(ServerSentEvent.keepAlive)
    }

    /// Ends every event stream (the server is stopping).
    public func close() {
        lock.lock()
        closed = true
        let all = subscribers.values
        subscribers = [:]
        lock.unlock()
        for continuation in all { continuation.finish() }
    }

    private func update(_ change: (inout Snapshot) -> ServerSentEvent) -> ServerSentEvent {
        lock.lock()
        defer { lock.unlock() }
        return change(&snapshot)
    }

    private func broadcast(_ bytes: [UInt8]) {
        lock.lock()
        let all = Array(subscribers.values)
        lock.unlock()
        for continuation in all { continuation.yield(bytes) }
    }

    private func remove(_ id: UUID) {
        lock.lock()
        subscribers[id] = nil
        lock.unlock()
    }
}

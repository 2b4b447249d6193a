import FlyingFox
import FlyingSocks
import Foundation
import SitegenText

/// The HTTP side of `sitegen serve`: FlyingFox on one address, answering from a `LivePreview`.
public final class PreviewServer: @unchecked Sendable {
    public let preview: LivePreview
    private let server: HTTPServer
    private var running: Task<Void, any Error>?
    private var keepAlive: Task<Void, Never>?

    /// `host` is an IPv4 or IPv6 address (`localhost` is 127.0.0.1); port 0 picks a free port.
    public init(preview: LivePreview, host: String, port: UInt16, basePath: String = "/") throws {
        self.preview = preview
        let handler = SiteRequestHandler(root: preview.siteFolder, basePath: basePath, live: preview.live)
        let address: any SocketAddress
        switch host {
        case "localhost": address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
        case let ip6 where ip6.contains(":"): address = try sockaddr_in6.inet6(ip6: ip6, port: port)
        default: address = try sockaddr_in.inet(ip4: host, port: port)
        }
        server = HTTPServer(config: HTTPServer.Configuration(address: address, timeout: 30, logger: .disabled),
                            handler: handler)
    }

    /// Starts listening; returns the port it listens on.
    public func start() async throws -> UInt16 {
        let server = self.server
        let failure = Failure()
        running = Task {
            do { try await server.run() } catch { failure.error = error }
        }
        // Until it listens, or fails to (a port in use), rather than waiting out a timeout.
        let deadline = Date().addingTimeInterval(10)
        while await server.listeningAddress == nil {
            if let error = failure.error { throw error }
            guard Date() < deadline else { throw SocketError.timeout(message: "not listening after 10 s") }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        let live = preview.live
        keepAlive = Task {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 15_000_000_000)
                live.keepAlive()
            }
        }
        switch await server.listeningAddress {
        case .ip4(_, let port)?, .ip6(_, let port)?: return port
        default: return 0
        }
    }

    /// Ends the event streams, stops listening, and removes the temporary folder.
    public func stop() async {
        keepAlive?.cancel()
        preview.live.close()
        await server.stop(timeout: 0.5)
        running?.cancel()
        preview.stop()
    }
}

/// The error a background task ended with, for the task that waits on it.
private final class Failure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var error: (any Error)? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}

import ArgumentParser
import Foundation
import SitegenText
import SitegenSite
import SitegenTemplates
import SitegenBuild
import SitegenServe

extension Sitegen {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site into a temporary folder, serve it, rebuild on every change and reload open pages.",
            discussion: "Content errors keep the last good site served and are shown over every open page, with "
                + "the file and line. Ctrl-C stops the server and removes the temporary folder.")

        @OptionGroup var contentOptions: ContentOptions

        @Option(name: .long, help: "The address to listen on (loopback by default; 0.0.0.0 to share on the network).")
        var host: String = "127.0.0.1"

        @Option(name: .long, help: "The port (0 picks a free one).")
        var port: UInt16 = 8000

        @Option(name: .long, help: "Build as if served from this URL (e.g. http://127.0.0.1:8000/reports/); the site is served under its path.")
        var baseURL: String?

        func run() async throws {
            let config = SiteConfig(baseURL: try baseURL.map(BaseURL.validate))
            let content = contentOptions.contentURL
            let preview = try LivePreview(contentDirectory: content, build: { output in
                try SiteBuilder(contentDirectory: content, outputDirectory: output, config: config, theme: StandardTheme()).build()
            }, log: { say($0) })
            let stopSignal = SignalWaiter(SIGINT, SIGTERM)
            preview.buildNow()
            let server: PreviewServer
            let listening: UInt16
            do {
                server = try PreviewServer(preview: preview, host: host, port: port, basePath: config.basePath)
                listening = try await server.start()
            } catch {
                preview.stop()
                throw SitegenError(file: "\(host):\(port)", "cannot listen: \(error.localizedDescription)")
            }
            preview.startWatching()
            let shownHost = host.contains(":") ? "[\(host)]" : host
            say("serving \(contentOptions.content)/ at http://\(shownHost):\(listening)\(config.basePath) (rebuilds on change; Ctrl-C stops)")
            await stopSignal.wait()
            say("stopping")
            await server.stop()
        }
    }
}

/// Prints a line at once, also when the output is a pipe.
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Waits for the first of some signals, which no longer end the process by themselves.
private final class SignalWaiter: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []
    private let lock = NSLock()
    private var fired = false
    private var waiter: CheckedContinuation<Void, Never>?

    init(_ signals: Int32...) {
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.fire() }
            source.resume()
            sources.append(source)
        }
    }

    private func fire() {
        lock.lock()
        fired = true
        let continuation = waiter
        waiter = nil
        lock.unlock()
        continuation?.resume()
    }

    func wait() async {
        await withCheckedContinuation { continuation in
            lock.lock()
            if fired {
                lock.unlock()
                continuation.resume()
            } else {
                waiter = continuation
                lock.unlock()
            }
        }
    }
}

import FlyingFox
import Foundation
import SitegenTemplates

/// Answers requests from the built site: files by safe path, `index.html` for folders, the
/// site's `404.html` with status 404, HEAD, conditional GET by entity tag, the reload script in
/// every HTML page, and the event stream at `/_sitegen/events`.
public struct SiteRequestHandler: HTTPHandler {
    /// The folder the site is built into (replaced as a whole by each rebuild).
    public var root: URL
    /// The path the site lives under (`/`, or `/reports/` for a base URL with a path).
    public var basePath: String
    public var live: LiveState

    public init(root: URL, basePath: String = "/", live: LiveState) {
        self.root = root
        self.basePath = basePath.hasSuffix("/") ? basePath : basePath + "/"
        self.live = live
    }

    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let answer = respond(method: request.method.rawValue, target: request.target.path(),
                             ifNoneMatch: request.headers[.ifNoneMatch])
        if case .events = answer.body {
            return HTTPResponse(statusCode: answer.status, headers: answer.flyingFoxHeaders,
                                body: HTTPBodySequence(from: EventStreamBody(stream: live.subscribe())))
        }
        return answer.flyingFoxResponse
    }

    /// The answer to a request, apart from the network: what the tests check.
    public func respond(method: String, target: String, ifNoneMatch: String?) -> Answer {
        guard method == "GET" || method == "HEAD" else {
            return Answer(status: .methodNotAllowed, headers: ["Allow": "GET, HEAD"], text: "only GET and HEAD\n")
        }
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? target
        if path == LiveReloadScript.eventsPath {
            return Answer(status: .ok, headers: ["Content-Type": "text/event-stream; charset=utf-8",
                                                 "Cache-Control": "no-cache", "X-Accel-Buffering": "no"],
                          body: method == "HEAD" ? .bytes([]) : .events)
        }
        guard path.hasPrefix(basePath) else {
            if path == "/" || path + "/" == basePath {
                return Answer(status: .found, headers: ["Location": basePath], text: "")
            }
            return notFound(method: method)
        }
        let requestPath: RequestPath
        do {
            requestPath = try RequestPath(percentEncoded: "/" + path.dropFirst(basePath.count))
        } catch .badRequest(let reason) {
            return Answer(status: .badRequest, headers: [:], text: "400 bad request: \(reason)\n")
        } catch {
            return notFound(method: method)
        }
        let file: ServedFile
        do {
            file = try ServedFile(requestPath, in: root)
        } catch .folderNeedsSlash {
            return Answer(status: .movedPermanently, headers: ["Location": path + "/"], text: "")
        } catch {
            if live.current.generation == 0 { return firstBuildFailed(method: method) }
            return notFound(method: method)
        }
        return serve(file, status: .ok, method: method, ifNoneMatch: ifNoneMatch)
    }

    private func serve(_ file: ServedFile, status: HTTPStatusCode, method: String, ifNoneMatch: String?) -> Answer {
        guard let data = FileManager.default.contents(atPath: file.path) else { return notFound(method: method) }
        var bytes = [UInt8](data)
        let type = MediaType.of(path: file.path, bytes: bytes)
        if type.hasPrefix("text/html") {
            bytes = LiveReloadScript.inject(into: bytes, generation: live.current.generation)
        }
        return Answer.entity(bytes, type: type, status: status, method: method, ifNoneMatch: ifNoneMatch)
    }

    private func notFound(method: String) -> Answer {
        if let page = ServedFile.topLevel("404.html", in: root) {
            return serve(page, status: .notFound, method: method, ifNoneMatch: nil)
        }
        return Answer(status: .notFound, headers: [:], text: "404 not found\n")
    }

    /// Before the first good build there is no site: every page is the error page, overlay and all.
    private func firstBuildFailed(method: String) -> Answer {
        let page = FirstBuildErrorPage.html(problem: live.current.problem)
        let bytes = LiveReloadScript.inject(into: Array(page.utf8), generation: 0)
        return Answer.entity(bytes, type: "text/html; charset=utf-8", status: .serviceUnavailable,
                             method: method, ifNoneMatch: nil)
    }
}

/// A response before it is sent.
public struct Answer: Sendable {
    public enum Body: Sendable, Equatable {
        case bytes([UInt8])
        case events
    }

    public var status: HTTPStatusCode
    public var headers: [String: String]
    public var body: Body

    public init(status: HTTPStatusCode, headers: [String: String], body: Body) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    init(status: HTTPStatusCode, headers: [String: String], text: String) {
        var headers = headers
        headers["Content-Type"] = headers["Content-Type"] ?? "text/plain; charset=utf-8"
        self.init(status: status, headers: headers, body: .bytes(Array(text.utf8)))
    }

    /// A file's bytes with their type and tag; 304 when the client has them; no body for HEAD
    /// (but the length a GET would send).
    static func entity(_ bytes: [UInt8], type: String, status: HTTPStatusCode, method: String, ifNoneMatch: String?) -> Answer {
        let tag = EntityTag(of: bytes)
        var headers = ["Content-Type": type, "ETag": tag.description, "Cache-Control": "no-cache"]
        if status == .ok, let ifNoneMatch, tag.matches(ifNoneMatch: ifNoneMatch) {
            headers["Content-Type"] = nil
            return Answer(status: .notModified, headers: headers, body: .bytes([]))
        }
        if method == "HEAD" {
            headers["Content-Length"] = String(bytes.count)
            return Answer(status: status, headers: headers, body: .bytes([]))
        }
        return Answer(status: status, headers: headers, body: .bytes(bytes))
    }

    var bodyBytes: [UInt8] {
        if case .bytes(let bytes) = body { return bytes }
        return []
    }

    var flyingFoxHeaders: HTTPHeaders {
        var result = HTTPHeaders()
        for (name, value) in headers { result[HTTPHeader(name)] = value }
        return result
    }

    var flyingFoxResponse: HTTPResponse {
        HTTPResponse(statusCode: status, headers: flyingFoxHeaders, body: Data(bodyBytes))
    }
}

import Foundation
import SitegenTemplates
import SitegenServe
import XCTest

/// The answers of the request handler, apart from the network (the end-to-end test uses it).
final class SiteRequestHandlerTests: XCTestCase {
    private var root: URL!
    private var live: LiveState!
    private var handler: SiteRequestHandler!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-handler-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("releases/a"), withIntermediateDirectories: true)
        try "<!DOCTYPE html><html><body><h1>첫 쪽</h1></BODY></html>".write(to: root.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try "<!DOCTYPE html><html><body><p>없는 쪽</p></body></html>".write(to: root.appendingPathComponent("404.html"), atomically: true, encoding: .utf8)
        try "<html><body>a</body></html>".write(to: root.appendingPathComponent("releases/a/index.html"), atomically: true, encoding: .utf8)
        try "release,line\na,1\n".write(to: root.appendingPathComponent("releases/a/table-1.csv"), atomically: true, encoding: .utf8)
        live = LiveState()
        live.built()
        handler = SiteRequestHandler(root: root, live: live)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func text(_ answer: Answer) -> String {
        guard case .bytes(let bytes) = answer.body else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    func testHTMLGetsTheReloadScriptBeforeBodyEnds() {
        let answer = handler.respond(method: "GET", target: "/", ifNoneMatch: nil)
        XCTAssertEqual(answer.status.code, 200)
        XCTAssertEqual(answer.headers["Content-Type"], "text/html; charset=utf-8")
        let page = text(answer)
        XCTAssertTrue(page.contains("<h1>첫 쪽</h1><script data-sitegen-live=\"1\">"), page)
        XCTAssertTrue(page.hasSuffix("</script>\n</BODY></html>"), page)
    }

    func testOtherFilesAreSentAsTheyAre() {
        let answer = handler.respond(method: "GET", target: "/releases/a/table-1.csv", ifNoneMatch: nil)
        XCTAssertEqual(answer.headers["Content-Type"], "text/csv; charset=utf-8")
        XCTAssertEqual(text(answer), "release,line\na,1\n")
    }

    func testMissingPathGetsTheSites404PageWithStatus404() {
        let answer = handler.respond(method: "GET", target: "/releases/none/", ifNoneMatch: nil)
        XCTAssertEqual(answer.status.code, 404)
        XCTAssertTrue(text(answer).contains("<p>없는 쪽</p>"))
        XCTAssertTrue(text(answer).contains("data-sitegen-live"))
    }

    func testTraversalIsRefused() {
        for target in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/releases%2f..%2f..%2fetc", "/index.html%00"] {
            let answer = handler.respond(method: "GET", target: target, ifNoneMatch: nil)
            XCTAssertTrue([400, 404].contains(answer.status.code), "\(target): \(answer.status.code)")
            XCTAssertFalse(text(answer).contains("root:"), target)
        }
    }

    func testFolderWithoutSlashIsRedirected() {
        let answer = handler.respond(method: "GET", target: "/releases/a", ifNoneMatch: nil)
        XCTAssertEqual(answer.status.code, 301)
        XCTAssertEqual(answer.headers["Location"], "/releases/a/")
    }

    func testHeadSendsTheHeadersAndLengthOfGetButNoBody() {
        let get = handler.respond(method: "GET", target: "/releases/a/", ifNoneMatch: nil)
        let head = handler.respond(method: "HEAD", target: "/releases/a/", ifNoneMatch: nil)
        XCTAssertEqual(head.status.code, 200)
        XCTAssertEqual(head.body, .bytes([]))
        XCTAssertEqual(head.headers["Content-Length"], String(text(get).utf8.count))
        XCTAssertEqual(head.headers["ETag"], get.headers["ETag"])
    }

    func testConditionalGetAnswers304UntilThePageChanges() throws {
        let first = handler.respond(method: "GET", target: "/releases/a/table-1.csv", ifNoneMatch: nil)
        let tag = try XCTUnwrap(first.headers["ETag"])
        let again = handler.respond(method: "GET", target: "/releases/a/table-1.csv", ifNoneMatch: tag)
        XCTAssertEqual(again.status.code, 304)
        XCTAssertEqual(again.body, .bytes([]))
        try "release,line\na,2\n".write(to: root.appendingPathComponent("releases/a/table-1.csv"), atomically: true, encoding: .utf8)
        let changed = handler.respond(method: "GET", target: "/releases/a/table-1.csv", ifNoneMatch: tag)
        XCTAssertEqual(changed.status.code, 200)
        XCTAssertNotEqual(changed.headers["ETag"], tag)
    }

    func testOnlyGetAndHead() {
        XCTAssertEqual(handler.respond(method: "POST", target: "/", ifNoneMatch: nil).status.code, 405)
    }

    func testEventStreamEndpoint() {
        let answer = handler.respond(method: "GET", target: "/_sitegen/events", ifNoneMatch: nil)
        XCTAssertEqual(answer.headers["Content-Type"], "text/event-stream; charset=utf-8")
        XCTAssertEqual(answer.body, .events)
    }

    func testSiteUnderABasePath() {
        let under = SiteRequestHandler(root: root, basePath: "/reports/", live: live)
        XCTAssertEqual(under.respond(method: "GET", target: "/reports/releases/a/table-1.csv", ifNoneMatch: nil).status.code, 200)
        XCTAssertEqual(under.respond(method: "GET", target: "/", ifNoneMatch: nil).headers["Location"], "/reports/")
        XCTAssertEqual(under.respond(method: "GET", target: "/releases/a/", ifNoneMatch: nil).status.code, 404)
    }

    func testBeforeAGoodBuildEveryPageIsTheErrorPageWithTheProblemEscaped() {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-nosite-\(UUID().uuidString)")
        let fresh = LiveState()
        fresh.failed(ContentProblem(file: "content/releases/x/release.yml", line: 2, message: "not valid YAML: <b>&"))
        let answer = SiteRequestHandler(root: empty, live: fresh).respond(method: "GET", target: "/", ifNoneMatch: nil)
        XCTAssertEqual(answer.status.code, 503)
        XCTAssertTrue(text(answer).contains("content/releases/x/release.yml:2: not valid YAML: &lt;b&gt;&amp;"), text(answer))
        XCTAssertTrue(text(answer).contains("data-sitegen-live=\"0\""))
    }
}

final class LiveReloadScriptTests: XCTestCase {
    func testInjectedBeforeTheLastBodyEndOrAppended() {
        let page = Array("<body><pre>&lt;/body&gt;</pre></body></html>".utf8)
        let injected = String(decoding: LiveReloadScript.inject(into: page, generation: 3), as: UTF8.self)
        XCTAssertTrue(injected.hasPrefix("<body><pre>&lt;/body&gt;</pre><script data-sitegen-live=\"3\">"))
        XCTAssertTrue(injected.hasSuffix("</script>\n</body></html>"))
        let bare = String(decoding: LiveReloadScript.inject(into: Array("<p>x".utf8), generation: 1), as: UTF8.self)
        XCTAssertTrue(bare.hasPrefix("<p>x<script"))
    }

    func testOverlayPutsTheErrorInAsTextNeverAsMarkup() {
        let script = LiveReloadScript.element(generation: 1)
        XCTAssertTrue(script.contains("where.textContent = problem.text"))
        XCTAssertFalse(script.contains("innerHTML"))
        XCTAssertTrue(script.contains("new EventSource(\"/_sitegen/events\")"))
    }
}

final class ServerSentEventTests: XCTestCase {
    func testWireFormat() {
        let event = ServerSentEvent(name: "problem", data: "a\nb")
        XCTAssertEqual(String(decoding: event.bytes, as: UTF8.self), "event: problem\ndata: a\ndata: b\n\n")
    }

    func testProblemIsSentAsJSONWithFileLineAndText() throws {
        let problem = ContentProblem(file: "content/releases/x/release.yml", line: 3, message: "missing required key 'title'")
        let event = ServerSentEvent(name: "problem", json: problem)
        let decoded = try JSONSerialization.jsonObject(with: Data(event.data.utf8)) as? [String: Any]
        XCTAssertEqual(decoded?["file"] as? String, "content/releases/x/release.yml")
        XCTAssertEqual(decoded?["line"] as? Int, 3)
        XCTAssertEqual(decoded?["text"] as? String, "content/releases/x/release.yml:3: missing required key 'title'")
    }

    func testSubscriberHearsHelloThenChanges() async throws {
        let live = LiveState()
        live.built()
        var iterator = live.subscribe().makeAsyncIterator()
        let hello = String(decoding: await iterator.next() ?? [], as: UTF8.self)
        XCTAssertTrue(hello.contains("event: hello\ndata: {\"generation\":1}"), hello)
        live.failed(ContentProblem(file: "f.yml", line: 1, message: "bad"))
        let problem = String(decoding: await iterator.next() ?? [], as: UTF8.self)
        XCTAssertTrue(problem.hasPrefix("event: problem\n"), problem)
        XCTAssertTrue(problem.contains("\"text\":\"f.yml:1: bad\""), problem)
        live.built()
        let reload = String(decoding: await iterator.next() ?? [], as: UTF8.self)
        XCTAssertEqual(reload, "event: reload\ndata: {\"generation\":2}\n\n")
        live.close()
        let end = await iterator.next()
        XCTAssertNil(end)
    }
}

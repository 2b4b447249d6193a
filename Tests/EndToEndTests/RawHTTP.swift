import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
import SitegenTemplates
#endif

/// A plain HTTP/1.1 client on a socket: it sends the request target exactly as written (no
/// client normalises `..` away), so path-traversal attempts reach the server as an attacker
/// would send them.
enum RawHTTP {
    struct Response {
        var status: Int
        /// Header names in lower case.
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    static func connect(port: UInt16) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw SitegenServeTestError("socket: errno \(errno)") }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw SitegenServeTestError("connect to port \(port): errno \(errno)")
        }
        return descriptor
    }

    static func send(_ descriptor: Int32, method: String, target: String, port: UInt16, headers: [String: String]) {
        var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { return }
            sent += n
        }
    }

    static func request(port: UInt16, method: String = "GET", target: String, headers: [String: String] = [:]) throws -> Response {
        let descriptor = try connect(port: port)
        defer { close(descriptor) }
        send(descriptor, method: method, target: target, port: port, headers: headers)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            received += buffer[..<n]
        }
        guard let split = headerEnd(received) else { throw SitegenServeTestError("no response to \(method) \(target)") }
        let head = String(decoding: received[..<split], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(received[(split + 4)...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return Response(status: status, headers: headers, body: body)
    }

    static func headerEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }

    /// Decodes complete chunks; returns the payload and leaves an incomplete tail in `rest`.
    static func dechunk(_ bytes: [UInt8], rest: inout [UInt8]) -> [UInt8] {
        var payload: [UInt8] = []
        var index = 0
        while true {
            guard let lineEnd = (index..<max(index, bytes.count - 1)).first(where: { bytes[$0] == 13 && bytes[$0 + 1] == 10 }),
                  let size = Int(String(decoding: bytes[index..<lineEnd], as: UTF8.self), radix: 16) else { break }
            let start = lineEnd + 2
            guard bytes.count >= start + size + 2 else { break }
            payload += bytes[start..<start + size]
            index = start + size + 2
            if size == 0 { break }
        }
        rest = Array(bytes[index...])
        return payload
    }

    static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var rest: [UInt8] = []
        return dechunk(bytes, rest: &rest)
    }
}

/// A subscriber to `/_sitegen/events`: reads the stream on its own thread and keeps every event.
final class EventStreamClient: @unchecked Sendable {
    struct Event: Equatable {
        var name: String
        var data: String
        var received: Date
    }

    private let descriptor: Int32
    private let lock = NSLock()
    private var events: [Event] = []
    private var closed = false

    init(port: UInt16) throws {
        descriptor = try RawHTTP.connect(port: port)
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        RawHTTP.send(descriptor, method: "GET", target: "/_sitegen/events", port: port, headers: ["Accept": "text/event-stream"])
        Thread.detachNewThread { [self] in read() }
    }

    private func read() {
        var raw: [UInt8] = []
        var inHeaders = true
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 16384)
        while !isClosed {
            let n = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if n == 0 { break }
            if n < 0 { continue }
            raw += buffer[..<n]
            if inHeaders {
                guard let end = RawHTTP.headerEnd(raw) else { continue }
                raw = Array(raw[(end + 4)...])
                inHeaders = false
            }
            var rest: [UInt8] = []
            text += String(decoding: RawHTTP.dechunk(raw, rest: &rest), as: UTF8.self)
            raw = rest
            while let end = text.range(of: "\n\n") {
                let block = text[..<end.lowerBound]
                text = String(text[end.upperBound...])
                var name = "message"
                var data: [String] = []
                for line in block.split(separator: "\n") {
                    if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
                }
                guard !data.isEmpty else { continue }
                lock.lock()
                events.append(Event(name: name, data: data.joined(separator: "\n"), received: Date()))
                lock.unlock()
            }
        }
    }

    private var isClosed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return closed
    }

    var all: [Event] {
        lock.lock()
        defer { lock.unlock() }
        return events
    }

    /// The first event named `name` after `index` events, waiting until `deadline`.
    func wait(for name: String, after index: Int = 0, until deadline: Date) -> Event? {
        while true {
            if let event = all.dropFirst(index).first(where: { $0.name == name }) { return event }
            if Date() > deadline { return nil }
            Thread.sleep(forTimeInterval: 0.005)
        }
    }

    func close() {
        lock.lock()
        closed = true
        lock.unlock()
        shutdown(descriptor, Int32(SHUT_RDWR))
    }

    deinit {
        Glibc.close(descriptor)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
import SitegenTemplates
#endif

/// `sitegen serve` started as the real binary, on a free port of 127.0.0.1, over a temporary
/// copy of content/, with its own TMPDIR so that a test can see what it leaves behind.
final class ServeProcess {
    let content: URL
    let temporary: URL
    let process = Process()
    private(set) var port: UInt16 = 0
    private let output = Pipe()
    private let lock = NSLock()
    private var printed = ""

    static var binary: URL {
        let beside = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("sitegen")
        if let beside, FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return BuiltSite.repositoryRoot.appendingPathComponent(".build/debug/sitegen")
    }

    /// `releases`: only these releases of content/ are copied (with lineage.yml); all when nil.
    init(name: String, releases: [String]? = nil) throws {
        // In memory where the machine has it, as the server itself would choose without TMPDIR.
        let memory = URL(fileURLWithPath: "/dev/shm")
        let base = FileManager.default.isWritableFile(atPath: memory.path)
            ? memory.appendingPathComponent("sitegen-e2e-\(ProcessInfo.processInfo.processIdentifier)-serve-\(name)-\(UUID().uuidString.prefix(8))")
            : BuiltSite.temporaryFolder("serve-\(name)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        content = base.appendingPathComponent("content")
        temporary = base.appendingPathComponent("tmp")
        if let releases {
            try FileManager.default.createDirectory(at: content.appendingPathComponent("releases"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: BuiltSite.content.appendingPathComponent("lineage.yml"),
                                             to: content.appendingPathComponent("lineage.yml"))
            for id in releases {
                try FileManager.default.copyItem(at: BuiltSite.content.appendingPathComponent("releases/\(id)"),
                                                 to: content.appendingPathComponent("releases/\(id)"))
            }
        } else {
            try FileManager.default.copyItem(at: BuiltSite.content, to: content)
        }
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    }

    /// Starts the server and waits for the line that names its address.
    func start(extraArguments: [String] = []) throws {
        process.executableURL = Self.binary
        process.arguments = ["serve", "--content", content.path, "--port", "0"] + extraArguments
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary.path
        process.environment = environment
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.printed += String(decoding: data, as: UTF8.self)
            self.lock.unlock()
        }
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            if let port = servingPort() {
                self.port = port
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw SitegenServeTestError("sitegen serve did not start: \(log)")
    }

    var log: String {
        lock.lock()
        defer { lock.unlock() }
        return printed
    }

    private func servingPort() -> UInt16? {
        guard let range = log.range(of: "at http://127.0.0.1:") else { return nil }
        let digits = log[range.upperBound...].prefix { $0.isNumber }
        return UInt16(digits)
    }

    /// The temporary folders the server made (sitegen-serve-…).
    var workFolders: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []).filter { $0.hasPrefix("sitegen-serve-") }
    }

    /// Sends a signal and waits for the process to end; its exit status, or nil if it did not end.
    func stop(signal number: Int32 = SIGINT, within seconds: TimeInterval = 20) -> Int32? {
        kill(process.processIdentifier, number)
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !process.isRunning else { return nil }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
        output.fileHandleForReading.readabilityHandler = nil
        try? FileManager.default.removeItem(at: content.deletingLastPathComponent())
    }
}

struct SitegenServeTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

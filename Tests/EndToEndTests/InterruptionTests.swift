import XCTest
import SitegenTemplates

/// Issue 8, problem 10: a build stopped by SIGINT or SIGTERM removes its staging folder; one
/// killed by SIGKILL leaves it, and the next build removes it. Real child processes.
final class InterruptionTests: XCTestCase {
    private func leftovers(_ scratch: SitegenBinary) throws -> [String] {
        // The build cache (.public.cache) is meant to stay; staging and retired folders are not.
        try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path)
            .filter { $0.hasPrefix(".public.building-") || $0.hasPrefix(".public.previous-") }
    }

    /// Starts a build that holds still once its staging folder is in place, and waits for it.
    private func startPausedBuild(_ scratch: SitegenBinary) throws -> Process {
        let process = try scratch.start(["build", "--output", "public", "--quiet"],
                                        environment: ["SITEGEN_TEST_PAUSE_WHILE_STAGING": "60"])
        let deadline = Date().addingTimeInterval(120)
        while try leftovers(scratch).isEmpty {
            XCTAssertTrue(process.isRunning, "the build ended before staging")
            guard process.isRunning, Date() < deadline else { break }
            usleep(50_000)
        }
        return process
    }

    func testSIGINTAndSIGTERMRemoveTheStagingFolder() throws {
        for signal in [SIGINT, SIGTERM] {
            let scratch = try SitegenBinary("signal-\(signal)")
            let process = try startPausedBuild(scratch)
            XCTAssertEqual(try leftovers(scratch).count, 1)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 128 + signal, "exit status after signal \(signal)")
            XCTAssertEqual(try leftovers(scratch), [], "signal \(signal) left the staging folder")
            XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.url("public").path))
        }
    }

    func testAnInterruptedRebuildKeepsThePreviousSite() throws {
        let scratch = try SitegenBinary("signal-rebuild")
        XCTAssertEqual(try scratch.run(["build", "--output", "public", "--quiet"]).status, 0)
        let before = BuiltSite.files(under: scratch.url("public"))
        let process = try startPausedBuild(scratch)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        XCTAssertEqual(BuiltSite.files(under: scratch.url("public")), before)
        XCTAssertEqual(try leftovers(scratch), [])
    }

    func testTheNextBuildRemovesWhatAKilledBuildLeft() throws {
        let scratch = try SitegenBinary("sigkill")
        let process = try startPausedBuild(scratch)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(try leftovers(scratch).count, 1, "SIGKILL cannot be caught: the folder stays")
        // A staging folder of a live process (this one) is not touched.
        let alive = scratch.url(".public.building-\(getpid())-12345")
        try FileManager.default.createDirectory(at: alive, withIntermediateDirectories: false)
        let next = try scratch.run(["build", "--output", "public", "--quiet"])
        XCTAssertEqual(next.status, 0, next.error)
        XCTAssertEqual(try leftovers(scratch), [alive.lastPathComponent])
        try FileManager.default.removeItem(at: alive)
    }
}

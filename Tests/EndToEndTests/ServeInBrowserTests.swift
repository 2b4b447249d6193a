import Foundation
import XCTest

/// The editor's loop in a real browser (headless Chromium driven by Selenium): an open page
/// reloads with a new title, shows the overlay for broken YAML, and loses it when fixed.
final class ServeInBrowserTests: XCTestCase {
    private static let driverScript = #"""
    import json, sys, time
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    url, metadata_path, new_title, screenshot = sys.argv[1:5]
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    result = {}

    def wait(condition, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if condition():
                    return True
            except Exception:
                pass
            time.sleep(0.02)
        return False

    def connected():
        return driver.find_element(By.TAG_NAME, "html").get_attribute("data-sitegen-connected")

    def problem_text():
        found = driver.find_elements(By.ID, "sitegen-problem")
        return found[0].text if found else None

    try:
        original = open(metadata_path, encoding="utf-8").read()
        old_title = next(l for l in original.splitlines() if l.startswith("title:")).split(":", 1)[1].strip().strip('"')
        driver.get(url)
        result["connected"] = wait(connected, 10)
        result["old_title_shown"] = old_title in driver.find_element(By.TAG_NAME, "h1").text

        edited = time.monotonic()
        open(metadata_path, "w", encoding="utf-8").write(original.replace(old_title, new_title))
        result["new_title_shown"] = wait(lambda: new_title in driver.find_element(By.TAG_NAME, "h1").text and connected(), 2)
        result["reload_seconds"] = round(time.monotonic() - edited, 3)

        open(metadata_path, "w", encoding="utf-8").write('title: "%s"\nissuer: [x\ndate: 2022-03\n' % new_title)
        result["overlay_shown"] = wait(lambda: problem_text() is not None, 10)
        result["overlay_text"] = problem_text()
        result["title_kept"] = new_title in driver.find_element(By.TAG_NAME, "h1").text
        driver.save_screenshot(screenshot)

        open(metadata_path, "w", encoding="utf-8").write(original)
        result["overlay_cleared"] = wait(lambda: problem_text() is None and old_title in driver.find_element(By.TAG_NAME, "h1").text, 10)
    finally:
        driver.quit()
    print(json.dumps(result, ensure_ascii=False))
    """#

    func testEditReloadsTheOpenPageAndTheOverlayComesAndGoes() throws {
        guard BuiltSite.isInstalled("chromedriver"), (try? BuiltSite.run("python3", ["-c", "import selenium"]).status) == 0 else {
            return XCTFail("chromium-driver or selenium missing: run the README's test command (make test), which installs them")
        }
        let releaseID = "2022-03-citizen-cooperation-bureau"
        // The edited release alone, as in ServeTests: the 2 s bound is the editor's loop.
        let server = try ServeProcess(name: "browser", releases: [releaseID])
        try server.start()
        let script = server.temporary.appendingPathComponent("drive.py")
        try Self.driverScript.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: BuiltSite.screenshots, withIntermediateDirectories: true)
        let screenshot = BuiltSite.screenshots.appendingPathComponent("serve-overlay.png")
        let run = try BuiltSite.run("python3", [script.path, "http://127.0.0.1:\(server.port)/releases/\(releaseID)/",
                                                server.content.appendingPathComponent("releases/\(releaseID)/release.yml").path,
                                                "브라우저에서 고친 제목", screenshot.path])
        XCTAssertEqual(run.status, 0, run.output)
        let lastLine = run.output.split(separator: "\n").last.map(String.init) ?? ""
        let result = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lastLine.utf8)) as? [String: Any], run.output)
        XCTAssertEqual(result["connected"] as? Bool, true, run.output)
        XCTAssertEqual(result["old_title_shown"] as? Bool, true, run.output)
        XCTAssertEqual(result["new_title_shown"] as? Bool, true, "the open page shows the new title within 2 s: \(run.output)")
        XCTAssertEqual(result["overlay_shown"] as? Bool, true, run.output)
        let overlay = result["overlay_text"] as? String ?? ""
        XCTAssertTrue(overlay.range(of: #"releases/2022-03-citizen-cooperation-bureau/release\.yml:\d+: not valid YAML"#, options: .regularExpression) != nil, overlay)
        XCTAssertEqual(result["title_kept"] as? Bool, true, "the last good page stays under the overlay")
        XCTAssertEqual(result["overlay_cleared"] as? Bool, true, run.output)
        XCTAssertEqual(server.stop(), 0)
        XCTAssertEqual(server.workFolders, [])
    }
}

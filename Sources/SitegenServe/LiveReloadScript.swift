import SitegenText

/// The script the server adds to every HTML page it serves (never to `build` output): it
/// listens to `/_sitegen/events`, reloads the page after each rebuild, and shows a content error
/// in an overlay. The error arrives as JSON and is put into the page with `textContent`, so
/// it is escaped by construction.
public enum LiveReloadScript {
    /// The server-sent events endpoint, outside any site path.
    public static let eventsPath = "/_sitegen/events"

    /// The `<script>` element for a page served from build `generation`: a page older than the
    /// current build reloads as soon as it connects, so no rebuild is missed.
    public static func element(generation: Int) -> String {
        "<script data-sitegen-live=\"\(generation)\">\n\(source)</script>\n"
    }

    /// Adds the script before the last `</body>` (any case), or at the end when there is none.
    public static func inject(into page: [UInt8], generation: Int) -> [UInt8] {
        let script = Array(element(generation: generation).utf8)
        let closing = Array("</body>".utf8)
        guard page.count >= closing.count else { return page + script }
        var index = page.count - closing.count
        while index >= 0 {
            if zip(page[index..<index + closing.count], closing).allSatisfy({ lowercase($0) == $1 }) {
                return Array(page[..<index]) + script + Array(page[index...])
            }
            index -= 1
        }
        return page + script
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    static let source = """
    (function () {
      "use strict";
      var me = document.currentScript;
      var generation = Number(me && me.getAttribute("data-sitegen-live"));
      var events = new EventSource("\(eventsPath)");
      function hide() {
        var old = document.getElementById("sitegen-problem");
        if (old) { old.remove(); }
      }
      function show(problem) {
        hide();
        var box = document.createElement("div");
        box.id = "sitegen-problem";
        box.setAttribute("role", "alert");
        box.style.cssText = "position:fixed;z-index:2147483647;left:0;right:0;top:0;margin:0;" +
          "padding:1em 1.5em;background:#fff4f4;color:#5c0000;border-bottom:4px solid #c00;" +
          "font:15px/1.5 system-ui,sans-serif;box-shadow:0 2px 12px rgba(0,0,0,.25);max-height:60vh;overflow:auto";
        var title = document.createElement("strong");
        title.textContent = "내용 오류 (content error): 마지막으로 성공한 빌드를 보여 줍니다";
        var where = document.createElement("pre");
        where.className = "sitegen-problem-text";
        where.style.cssText = "white-space:pre-wrap;margin:.5em 0 0;font:14px/1.4 ui-monospace,monospace";
        where.textContent = problem.text;
        box.appendChild(title);
        box.appendChild(where);
        document.body.appendChild(box);
      }
      events.addEventListener("hello", function (event) {
        var state = JSON.parse(event.data);
        document.documentElement.setAttribute("data-sitegen-connected", String(state.generation));
        if (state.generation !== generation && state.generation > 0) { location.reload(); return; }
        if (state.problem) { show(state.problem); } else { hide(); }
      });
      events.addEventListener("reload", function () { events.close(); location.reload(); });
      events.addEventListener("problem", function (event) { show(JSON.parse(event.data)); });
    })();

    """
}

/// The site's one small script, a progressive enhancement: pages work without it.
/// It adds copy buttons to citations (the citation and the row's permalink, made absolute) and,
/// on the source view, highlights a range of lines (`#L10-L20`; Shift-click a line number to
/// extend the highlighted line to a range).
enum SiteScript {
    static let path = "assets/site.js"

    static let javascript = #"""
    (function () {
      "use strict";
      function copyButton(label, text) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "copy";
        button.textContent = label;
        button.addEventListener("click", function () {
          navigator.clipboard.writeText(text()).then(function () {
            button.textContent = "복사했습니다";
            setTimeout(function () { button.textContent = label; }, 1500);
          }, function () {});
        });
        return button;
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        document.querySelectorAll("details.cite .cite-text").forEach(function (box) {
          var text = box.textContent;
          var row = box.closest("tr");
          var link = row && row.querySelector("a.permalink");
          var buttons = document.createElement("span");
          buttons.className = "copies";
          buttons.appendChild(copyButton("인용 복사", function () { return text; }));
          if (link) buttons.appendChild(copyButton("링크 복사", function () { return link.href; }));
          box.appendChild(document.createTextNode(" "));
          box.appendChild(buttons);
        });
      }
      var source = document.querySelector("ol.source");
      if (!source) return;
      function highlight() {
        source.querySelectorAll(".in-range").forEach(function (line) { line.classList.remove("in-range"); });
        var match = /^#L(\d+)-L?(\d+)$/.exec(decodeURIComponent(location.hash));
        if (!match) return;
        var from = Math.min(+match[1], +match[2]), to = Math.max(+match[1], +match[2]);
        for (var number = from; number <= to && number - from < 10000; number++) {
          var line = document.getElementById("L" + number);
          if (line) line.classList.add("in-range");
        }
        var first = document.getElementById("L" + from);
        if (first) first.scrollIntoView();
      }
      source.addEventListener("click", function (event) {
        var link = event.target.closest("a");
        var current = /^#L(\d+)$/.exec(location.hash);
        if (!link || !event.shiftKey || !current) return;
        event.preventDefault();
        location.hash = "#L" + current[1] + "-" + link.getAttribute("href").slice(1);
      });
      window.addEventListener("hashchange", highlight);
      highlight();
    })();

    """#
}

import SitegenText
/// The site's one small script, a progressive enhancement: pages work without it.
/// It adds copy buttons to citations (the citation and the row's permalink, made absolute) and,
/// on the source view, highlights a range of lines (`#L10-L20`; Shift-click a line number to
/// extend the highlighted line to a range). Beside the charts that have no file of their own
/// (release, department and home pages: `ChartSave`) it shows the SVG and PNG buttons, which
/// make the file in the browser from the chart on the page, laid out as `ChartFile` lays out a
/// program's chart file: title above, source and permalink below, the chart's own colours.
enum SiteScript {
    static let path = "assets/site.js"

    static let javascript = #"""
    (function () {
      "use strict";
      var chartStyle = \#(JSONString.scriptLiteral(ChartStyle.svg));
      function escapeXML(text) {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
      }
      function chartFile(figure, source) {
        var wide = figure.querySelector("svg.wide");
        if (!wide) return null;
        var box = wide.viewBox.baseVal, margin = 20, heading = 40, foot = 44;
        var width = box.width + 2 * margin, height = heading + box.height + foot;
        var title = wide.querySelector("title") ? wide.querySelector("title").textContent : "";
        var canonical = document.querySelector("link[rel=canonical]");
        var permalink = decodeURI((canonical ? canonical.href : location.href).split("#")[0]);
        var drawing = wide.cloneNode(true);
        ["class", "role", "preserveAspectRatio", "aria-label"].forEach(function (name) { drawing.removeAttribute(name); });
        drawing.setAttribute("x", margin); drawing.setAttribute("y", heading);
        drawing.setAttribute("width", box.width); drawing.setAttribute("height", box.height);
        var inner = new XMLSerializer().serializeToString(drawing);
        return '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + height +
          '" viewBox="0 0 ' + width + " " + height + '" role="img" aria-label="' + escapeXML(title) + '">\n<title>' + escapeXML(title) +
          "</title>\n<style>\n" + chartStyle + "</style>\n" + '<rect width="' + width + '" height="' + height + '" fill="#ffffff"></rect>\n' +
          '<text class="heading" x="' + margin + '" y="28">' + escapeXML(title) + "</text>\n" + inner + "\n" +
          '<text class="source" x="' + margin + '" y="' + (heading + box.height + 16) + '">' + escapeXML(source) + "</text>\n" +
          '<text class="source" x="' + margin + '" y="' + (heading + box.height + 34) + '">' + escapeXML(permalink) + "</text>\n</svg>\n";
      }
      function save(blob, name) {
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = name;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      }
      document.querySelectorAll("p.chart-save").forEach(function (line) {
        var figure = line.previousElementSibling;
        if (!figure || !figure.matches("figure.chart") || !window.XMLSerializer || !window.Blob || !window.URL) return;
        line.querySelectorAll("button[data-save]").forEach(function (button) {
          button.addEventListener("click", function () {
            var svg = chartFile(figure, line.getAttribute("data-source") || "");
            if (!svg) return;
            var name = line.getAttribute("data-name") || "chart";
            var blob = new Blob([svg], { type: "image/svg+xml" });
            if (button.getAttribute("data-save") === "svg") { save(blob, name + ".svg"); return; }
            var image = new Image(), url = URL.createObjectURL(blob);
            image.onload = function () {
              var canvas = document.createElement("canvas");
              canvas.width = image.naturalWidth * 2; canvas.height = image.naturalHeight * 2;
              var context = canvas.getContext("2d");
              context.scale(2, 2);
              context.drawImage(image, 0, 0);
              URL.revokeObjectURL(url);
              canvas.toBlob(function (png) { if (png) save(png, name + ".png"); }, "image/png");
            };
            image.src = url;
          });
        });
        line.querySelectorAll("span[hidden]").forEach(function (span) { span.hidden = false; });
        line.hidden = false;
      });
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
      // Printed, a link shows its address after it (the print style, `a[data-address]::after`). The
      // site's links are relative, so the address is made absolute from the page's canonical
      // address, which a site built with `--base-url` has: set when the page is printed (or
      // loaded as printed), not on every load. Without the script, an outside link's address
      // is still printed (`a[href^="http"]`).
      var canonical = document.querySelector("link[rel=canonical]");
      function addresses() {
        document.querySelectorAll("main p > a[href], main li > a[href], main dd > a[href], td.links a.permalink[href]").forEach(function (link) {
          var href = link.getAttribute("href");
          if (/^[a-z][a-z0-9+.-]*:/i.test(href) || link.hasAttribute("data-address")) return;
          link.setAttribute("data-address", new URL(href, canonical.href).href);
        });
      }
      if (canonical && window.URL && window.matchMedia) {
        window.addEventListener("beforeprint", addresses);
        var printing = matchMedia("print");
        if (printing.matches) addresses();
        if (printing.addListener) printing.addListener(function (event) { if (event.matches) addresses(); });
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
      // A click on a line's number (drawn by the style sheet in the line's left padding) goes
      // to the line; with Shift, to the range from the line shown.
      source.addEventListener("click", function (event) {
        var line = event.target.closest("li");
        if (!line || !line.id) return;
        var gutter = parseFloat(getComputedStyle(line).paddingLeft);
        if (event.clientX - line.getBoundingClientRect().left > gutter) return;
        var current = /^#L(\d+)$/.exec(location.hash);
        location.hash = event.shiftKey && current ? "#L" + current[1] + "-" + line.id : "#" + line.id;
      });
      window.addEventListener("hashchange", highlight);
      highlight();
    })();

    """#
}

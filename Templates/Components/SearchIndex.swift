import Foundation
import SitegenCore

/// The static search: an index of programs, departments, work items and council demands with
/// a posting list per two-letter piece (so that `혁신파크` finds `서울혁신파크` and `서울` finds
/// `서울은`: character n-grams, not words), and a small script that reads it.
struct SearchIndex {
    struct Entry: Encodable {
        /// Kind, title, site path, context, normalised text.
        var k: String
        var t: String
        var u: String
        var c: String
        var n: String
    }

    struct Payload: Encodable {
        var entries: [Entry]
        var grams: [String: [Int]]
    }

    let site: SiteContent

    var entries: [Entry] {
        var entries: [Entry] = []
        for program in site.programs {
            let releases = program.releases.map { site.releases[$0].release.metadata.date.description }
            entries.append(Entry(k: "세부사업", t: program.names[0], u: SiteMap.program(program.slug),
                                 c: "보고서 \(releases.count)건 (\(releases.first ?? "")–\(releases.last ?? ""))",
                                 n: Self.normalise(program.names.joined(separator: " "))))
        }
        for lineage in site.departmentLineages {
            let names = Array(Set(lineage.appearances.map(\.name))).sorted()
            entries.append(Entry(k: "부서", t: lineage.name, u: SiteMap.departmentLineage(lineage.slug),
                                 c: "보고서 \(lineage.appearances.count)건", n: Self.normalise(names.joined(separator: " "))))
        }
        for index in site.releases {
            let release = index.release
            for item in release.report.workItems {
                entries.append(Entry(k: "주요업무", t: "\(item.number). \(item.title)", u: SiteMap.item(release.id, number: item.number),
                                     c: "\(release.metadata.title) · \(Format.month(release.metadata.date))", n: Self.normalise(item.title)))
            }
            for demand in release.report.audit?.items ?? [] {
                let title = demand.demand.count > 90 ? String(demand.demand.prefix(89)) + "…" : demand.demand
                entries.append(Entry(k: "시의회 요구사항", t: title, u: SiteMap.audit(release.id) + "#demand-\(demand.number)",
                                     c: "\(demand.status.rawValue) · \(demand.departments.joined(separator: ", "))", n: Self.normalise(demand.demand)))
            }
        }
        return entries
    }

    /// Letters and digits only, lower-cased, NFC: what both the index and the script compare.
    static func normalise(_ text: String) -> String {
        String(String.UnicodeScalarView(text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }

    var files: [OutputFile] {
        let entries = self.entries
        var grams: [String: [Int]] = [:]
        for (position, entry) in entries.enumerated() {
            let letters = Array(entry.n)
            guard letters.count >= 2 else { continue }
            var seen = Set<String>()
            for i in 0..<(letters.count - 1) {
                let gram = String(letters[i...(i + 1)])
                if seen.insert(gram).inserted { grams[gram, default: []].append(position) }
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(Payload(entries: entries, grams: grams))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return [
            OutputFile(path: "search/index.json", text: json + "\n"),
            OutputFile(path: "search/index.js", text: "window.SITEGEN_SEARCH = \(json);\n"),
            OutputFile(path: "assets/search.js", text: Self.script),
        ]
    }

    /// Reads `?q=`, looks the query's pieces up in the index, keeps entries whose text holds the
    /// whole query, and lists them by kind. Without JavaScript the page's 가나다 index remains.
    static let script = """
    (function () {
      "use strict";
      var index = window.SITEGEN_SEARCH;
      var form = document.getElementById("search-form");
      var input = document.getElementById("q");
      var out = document.getElementById("results");
      var root = out.getAttribute("data-root");
      if (!index || !form) { return; }
      var order = { "세부사업": 0, "부서": 1, "주요업무": 2, "시의회 요구사항": 3 };
      function normalise(text) {
        return text.normalize("NFC").toLowerCase().replace(/[^\\p{L}\\p{N}]/gu, "");
      }
      function find(query) {
        var q = normalise(query);
        if (!q) { return []; }
        var candidates;
        if (q.length < 2) {
          candidates = index.entries.map(function (_, i) { return i; });
        } else {
          for (var i = 0; i + 1 < q.length; i++) {
            var list = index.grams[q.slice(i, i + 2)] || [];
            if (!candidates) { candidates = list.slice(); }
            else { var keep = {}; list.forEach(function (n) { keep[n] = true; }); candidates = candidates.filter(function (n) { return keep[n]; }); }
          }
        }
        return candidates.filter(function (n) { return index.entries[n].n.indexOf(q) !== -1; })
          .map(function (n) { return index.entries[n]; })
          .sort(function (a, b) {
            return (order[a.k] - order[b.k]) || (a.n.indexOf(q) - b.n.indexOf(q)) || (a.t.length - b.t.length);
          });
      }
      function show(query) {
        out.textContent = "";
        if (!query) { return; }
        var found = find(query);
        var heading = document.createElement("h2");
        heading.textContent = "‘" + query + "’ 검색 결과 " + found.length + "건";
        out.appendChild(heading);
        var list = document.createElement("ul");
        list.className = "results";
        found.slice(0, 200).forEach(function (entry) {
          var item = document.createElement("li");
          var kind = document.createElement("span");
          kind.className = "status";
          kind.textContent = entry.k;
          var link = document.createElement("a");
          link.href = root + entry.u.split("#")[0].split("/").map(encodeURIComponent).join("/") + (entry.u.indexOf("#") >= 0 ? "#" + encodeURIComponent(entry.u.split("#")[1]) : "");
          link.textContent = entry.t;
          var context = document.createElement("span");
          context.className = "muted";
          context.textContent = " " + entry.c;
          item.appendChild(kind); item.appendChild(document.createTextNode(" ")); item.appendChild(link); item.appendChild(context);
          list.appendChild(item);
        });
        out.appendChild(list);
      }
      var query = new URLSearchParams(window.location.search).get("q") || "";
      input.value = query;
      show(query);
      input.addEventListener("input", function () { show(input.value); });
    })();

    """
}

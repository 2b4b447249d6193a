import SitegenText

/// The search page's script. It reads `?q=`, loads the shards of the query's two-letter pieces,
/// walks the rarest piece's ids from the highest down and checks each against the other pieces'
/// lists (loading only the page of a list that could hold it), then loads the passage, keeps it
/// when its text holds the whole query, and shows the document with the passage, ten documents
/// at a time.
/// Without JavaScript the page's links to the 가나다 index remain.
enum SearchScript {
    /// The kinds of document, which the text files name by number.
    private static let kinds = "[" + SearchIndex.kinds.map { JSONString.scriptLiteral($0) }.joined(separator: ",") + "]"

    static let source = #"""
    (function () {
      "use strict";
      var entry = window.SITEGEN_SEARCH_ENTRY;
      var form = document.getElementById("search-form");
      var input = document.getElementById("q");
      var out = document.getElementById("results");
      if (!entry || !form || !out) { return; }
      var kinds = \#(kinds);
      var root = out.getAttribute("data-root");
      var base = out.getAttribute("data-index");
      var loaded = {}, waiting = {}, requested = 0;
      window.SITEGEN_SEARCH_GOT = function (name, data) {
        loaded[name] = data;
        (waiting[name] || []).forEach(function (done) { done(data); });
        delete waiting[name];
      };
      function load(name) {
        return new Promise(function (resolve) {
          if (name in loaded) { resolve(loaded[name]); return; }
          if (waiting[name]) { waiting[name].push(resolve); return; }
          waiting[name] = [resolve];
          requested++;
          var script = document.createElement("script");
          script.src = base + name + ".js";
          script.onerror = function () { window.SITEGEN_SEARCH_GOT(name, null); };
          document.head.appendChild(script);
        });
      }
      function normalise(text) {
        return text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
      }
      function shardOf(a, b) {
        var h = Math.imul(a, 0x9E3779B1) >>> 0;
        h = (h ^ b) >>> 0;
        h = Math.imul((h ^ (h >>> 15)) >>> 0, 0x85EBCA6B) >>> 0;
        h = (h ^ (h >>> 13)) >>> 0;
        return h % entry.shards;
      }
      function decode(text) {
        var ids = [], last = 0;
        if (!text) { return ids; }
        text.split(",").forEach(function (part, i) { last = i ? last + parseInt(part, 36) : parseInt(part, 36); ids.push(last); });
        return ids;
      }
      // The text file of passage `id` and its place there: the releases' passages `perFile` a
      // file, then the site-wide ones `siteWidePerFile` a file.
      function textFileOf(id) {
        if (id < entry.siteWide) { return [Math.floor(id / entry.perFile), id % entry.perFile]; }
        var rest = id - entry.siteWide;
        return [Math.ceil(entry.siteWide / entry.perFile) + Math.floor(rest / entry.siteWidePerFile), rest % entry.siteWidePerFile];
      }
      // One piece's list of passage ids, loaded a part at a time: the last page comes with
      // the shard, the ids before it are in files of their own.
      function List(shard, piece, info) {
        this.shard = shard; this.count = info[0];
        this.name = piece[0].toString(36) + "-" + piece[1].toString(36);
        this.starts = [0].concat(info[2] ? info[2].split(",").map(function (s) { return parseInt(s, 36); }) : []);
        this.last = this.starts.length - 1;
        this.pages = {}; this.pages[this.last] = decode(info[1]);
        this.sets = {};
      }
      List.prototype.page = function (k) {
        var list = this;
        if (list.pages[k]) { return Promise.resolve(list.pages[k]); }
        return load("p/" + list.shard + "/" + list.name + "-" + k).then(function (text) { list.pages[k] = decode(text || ""); return list.pages[k]; });
      };
      List.prototype.has = function (id) {
        var k = 0, list = this;
        while (k + 1 < list.starts.length && list.starts[k + 1] <= id) { k++; }
        return list.page(k).then(function (ids) {
          if (!list.sets[k]) { list.sets[k] = new Set(ids); }
          return list.sets[k].has(id);
        });
      };
      // A query in progress: its lists, where the walk is, what it found. The walk goes from
      // the highest passage number down, the order results are listed in.
      function Search(query) {
        this.query = query;
        this.q = normalise(query);
        this.found = []; this.byPath = {};
        this.page = 0; this.position = -1; this.done = false;
      }
      Search.prototype.start = function () {
        var search = this, chars = Array.from(search.q), pieces = {};
        for (var i = 0; i + 1 < chars.length; i++) { pieces[chars[i] + chars[i + 1]] = [chars[i].codePointAt(0), chars[i + 1].codePointAt(0)]; }
        var names = Object.keys(pieces);
        if (!names.length) { search.done = true; return Promise.resolve(); }
        return Promise.all(names.map(function (name) {
          var shard = shardOf(pieces[name][0], pieces[name][1]);
          return load("s/" + shard).then(function (data) { return data && data[name] ? new List(shard, pieces[name], data[name]) : null; });
        })).then(function (lists) {
          if (lists.some(function (list) { return !list; })) { search.done = true; return; }
          lists.sort(function (a, b) { return a.count - b.count; });
          search.rarest = lists[0]; search.others = lists.slice(1);
          search.page = search.rarest.last;
        });
      };
      Search.prototype.next = function () {
        var search = this, rarest = search.rarest;
        if (search.done) { return Promise.resolve(null); }
        return rarest.page(search.page).then(function (ids) {
          if (search.position < 0) { search.position = ids.length; }
          if (search.position === 0) {
            search.page--; search.position = -1;
            if (search.page < 0) { search.done = true; return null; }
            return search.next();
          }
          return ids[--search.position];
        });
      };
      Search.prototype.check = function (id) {
        var search = this;
        return Promise.all(search.others.map(function (list) { return list.has(id); })).then(function (found) {
          if (!found.every(Boolean)) { return; }
          var at = textFileOf(id);
          return load("t/" + at[0]).then(function (file) {
            var passage = file && file.p[at[1]];
            if (!passage) { return; }
            var doc = file.d[passage[0]], text = passage.length > 1 ? passage[1] : doc[1];
            if (normalise(text).indexOf(search.q) < 0) { return; }
            var release = doc.length > 4 ? file.r[doc[4]] : null;
            var path = release ? release[0] + doc[2] : doc[2];
            var seen = search.byPath[path];
            if (seen) { seen.more++; return; }
            seen = { kind: kinds[doc[0]], title: doc[1], path: path, passage: text, more: 0,
                     context: release ? (doc[3] ? doc[3] + " · " + release[1] : release[1]) : doc[3] };
            search.byPath[path] = seen;
            search.found.push(seen);
          });
        });
      };
      // Walks on until `want` documents are found, the lists end, or `files` more files were
      // loaded (a query whose pieces are common but never adjacent stops there, with 더 보기).
      Search.prototype.more = function (want, files) {
        var search = this, limit = requested + files;
        function step() {
          if (search.done || search.found.length >= want || requested >= limit) { return Promise.resolve(); }
          return search.next().then(function (id) {
            if (id === null) { return; }
            return search.check(id).then(step);
          });
        }
        return step();
      };
      function href(path) {
        var parts = path.split("#");
        return root + parts[0].split("/").map(encodeURIComponent).join("/") + (parts.length > 1 ? "#" + encodeURIComponent(parts[1]) : "");
      }
      function passage(text, query) {
        var block = document.createElement("span");
        block.className = "passage";
        var chars = Array.from(normalise(query)).map(function (c) { return c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
        var match = null;
        try { match = new RegExp(chars.join("[^\\p{L}\\p{N}]*"), "iu").exec(text); } catch (e) { match = null; }
        if (!match) { block.textContent = text; return block; }
        var before = text.slice(0, match.index), after = text.slice(match.index + match[0].length);
        block.appendChild(document.createTextNode((before.length > 60 ? "…" + before.slice(-60) : before)));
        var mark = document.createElement("mark");
        mark.textContent = match[0];
        block.appendChild(mark);
        block.appendChild(document.createTextNode(after.length > 90 ? after.slice(0, 90) + "…" : after));
        return block;
      }
      var current = null;
      function render(search) {
        if (search !== current) { return; }
        out.textContent = "";
        var heading = document.createElement("h2");
        heading.textContent = "‘" + search.query + "’ 검색 결과 " + search.found.length + "건" + (search.done ? "" : " (더 있음)");
        out.appendChild(heading);
        var list = document.createElement("ul");
        list.className = "results";
        search.found.forEach(function (result) {
          var item = document.createElement("li");
          var kind = document.createElement("span");
          kind.className = "status";
          kind.textContent = result.kind;
          var link = document.createElement("a");
          link.href = href(result.path);
          link.textContent = result.title;
          var context = document.createElement("span");
          context.className = "muted";
          context.textContent = " " + result.context + (result.more ? " · 이 문서에서 " + (result.more + 1) + "곳" : "");
          item.appendChild(kind); item.appendChild(document.createTextNode(" ")); item.appendChild(link); item.appendChild(context);
          item.appendChild(document.createElement("br"));
          item.appendChild(passage(result.passage, search.query));
          list.appendChild(item);
        });
        out.appendChild(list);
        if (!search.done) {
          var button = document.createElement("button");
          button.type = "button";
          button.textContent = "더 보기";
          button.addEventListener("click", function () { search.more(search.found.length + 10, 16).then(function () { render(search); }); });
          out.appendChild(button);
        }
      }
      function show(query) {
        out.textContent = "";
        current = null;
        if (!query) { return; }
        var search = new Search(query);
        current = search;
        if (Array.from(search.q).length < 2) {
          var note = document.createElement("p");
          note.textContent = "두 글자 이상 입력하세요.";
          out.appendChild(note);
          return;
        }
        search.start().then(function () { return search.more(10, 16); }).then(function () { render(search); });
      }
      var query = new URLSearchParams(window.location.search).get("q") || "";
      input.value = query;
      show(query);
      var timer = null;
      input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { show(input.value); }, 200); });
    })();

    """#
}

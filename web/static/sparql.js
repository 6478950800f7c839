// SPARQL editor: highlighting, examples, autocompletion from this graph's vocabulary, a sortable
// results table whose IRIs open their explorer pages, downloads and shareable links.
(function () {
  "use strict";
  var BASE = "https://w3id.org/dekg/id/";
  var q = document.getElementById("query"), hl = document.getElementById("highlight");
  var results = document.getElementById("results"), status = document.getElementById("status");
  var suggest = document.getElementById("suggest");
  var examples = JSON.parse(document.getElementById("examples-data").textContent);
  var vocab = {prefixes: {}, classes: [], properties: [], concepts: []};
  var TOKENS = /(#[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>\s]*>)|([?$][A-Za-z_][\w]*)|\b(SELECT|DISTINCT|WHERE|PREFIX|FILTER|OPTIONAL|UNION|GROUP|BY|ORDER|LIMIT|OFFSET|ASK|CONSTRUCT|DESCRIBE|COUNT|AS|BIND|VALUES|DESC|ASC|GRAPH|NOT|EXISTS|MINUS|HAVING|SAMPLE|GROUP_CONCAT|SEPARATOR|STR|LCASE|CONTAINS|a)\b|([A-Za-z][\w-]*:[\w-]*)/gi;
  function highlight() {
    var text = q.value, out = document.createDocumentFragment(), last = 0, m;
    TOKENS.lastIndex = 0;
    while ((m = TOKENS.exec(text)) !== null) {
      if (m.index > last) out.appendChild(document.createTextNode(text.slice(last, m.index)));
      var cls = m[1] ? "cmt" : m[2] ? "str" : m[3] ? "iri" : m[4] ? "var" : m[5] ? "kw" : "pn";
      var s = document.createElement("span"); s.className = "tok-" + cls; s.textContent = m[0]; out.appendChild(s);
      last = m.index + m[0].length;
      if (m[0].length === 0) TOKENS.lastIndex++;
    }
    out.appendChild(document.createTextNode(text.slice(last) + "\n"));
    hl.replaceChildren(out);
    hl.scrollTop = q.scrollTop;
  }
  function prefixed(iri) {
    var best = null;
    Object.keys(vocab.prefixes).forEach(function (p) {
      var ns = vocab.prefixes[p];
      if (iri.indexOf(ns) === 0 && /^[\w-]*$/.test(iri.slice(ns.length))) best = p + ":" + iri.slice(ns.length);
    });
    return best;
  }
  function candidates(word) {
    var out = [], low = word.toLowerCase();
    vocab.classes.concat(vocab.properties).forEach(function (iri) {
      var p = prefixed(iri); if (p && p.toLowerCase().indexOf(low) === 0) out.push({text: p, insert: p});
    });
    vocab.concepts.forEach(function (c) {
      if (c.label.toLowerCase().indexOf(low) === 0) out.push({text: c.label + " → <" + c.iri + ">", insert: "<" + c.iri + ">"});
    });
    return out.slice(0, 12);
  }
  var active = 0, current = [];
  function currentWord() {
    var upto = q.value.slice(0, q.selectionStart), m = /([A-Za-z][\w:-]*)$/.exec(upto);
    return m ? m[1] : "";
  }
  function showSuggest() {
    var w = currentWord();
    current = w.length >= 2 ? candidates(w) : [];
    suggest.replaceChildren();
    current.forEach(function (c, i) {
      var li = document.createElement("li"); li.textContent = c.text; if (i === active) li.className = "active";
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); accept(i); });
      suggest.appendChild(li);
    });
    suggest.hidden = current.length === 0;
  }
  function accept(i) {
    var w = currentWord(), pos = q.selectionStart, c = current[i];
    if (!c) return;
    q.value = q.value.slice(0, pos - w.length) + c.insert + q.value.slice(pos);
    q.selectionStart = q.selectionEnd = pos - w.length + c.insert.length;
    suggest.hidden = true; current = []; highlight();
  }
  function pageFor(iri) { return iri.indexOf(BASE) === 0 ? "/id/" + iri.slice(BASE.length) : null; }
  function cell(term) {
    var td = document.createElement("td");
    if (!term) return td;
    var page = term.type === "uri" ? pageFor(term.value) : null;
    if (page) { var a = document.createElement("a"); a.href = page; a.textContent = prefixed(term.value) || term.value; td.appendChild(a); }
    else td.textContent = term.value;
    return td;
  }
  function table(data) {
    var t = document.createElement("table"); t.className = "data sortable";
    var head = t.createTHead().insertRow(), body = t.createTBody();
    data.head.vars.forEach(function (v, i) {
      var th = document.createElement("th"); th.textContent = v; head.appendChild(th);
      th.addEventListener("click", function () {
        var rows = Array.from(body.rows), asc = th.dataset.asc !== "1";
        rows.sort(function (a, b) { return a.cells[i].textContent.localeCompare(b.cells[i].textContent, undefined, {numeric: true}) * (asc ? 1 : -1); });
        th.dataset.asc = asc ? "1" : "0"; rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    data.results.bindings.forEach(function (b) {
      var tr = body.insertRow(); data.head.vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
    });
    return t;
  }
  function links() {
    var enc = encodeURIComponent(q.value);
    document.getElementById("dl-csv").href = "/sparql?format=csv&query=" + enc;
    document.getElementById("dl-json").href = "/sparql?format=json&query=" + enc;
    document.getElementById("share").href = "/sparql?q=" + enc;
  }
  function run() {
    status.textContent = "running…"; links();
    history.replaceState(null, "", "/sparql?q=" + encodeURIComponent(q.value));
    var t0 = performance.now();
    fetch("/sparql", {method: "POST", headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json, text/turtle;q=0.9"}, body: q.value})
      .then(function (r) {
        if (!r.ok) return r.text().then(function (msg) { throw new Error(msg); });
        var type = r.headers.get("Content-Type") || "";
        return type.indexOf("json") >= 0 ? r.json() : r.text();
      })
      .then(function (data) {
        results.replaceChildren();
        var ms = Math.round(performance.now() - t0);
        if (typeof data === "string") { var pre = document.createElement("pre"); pre.textContent = data; results.appendChild(pre); status.textContent = ms + " ms"; }
        else if ("boolean" in data) { results.textContent = String(data.boolean); status.textContent = ms + " ms"; }
        else { results.appendChild(table(data)); status.textContent = data.results.bindings.length + " rows · " + ms + " ms"; }
      })
      .catch(function (e) { results.replaceChildren(); var p = document.createElement("p"); p.className = "error"; p.textContent = e.message; results.appendChild(p); status.textContent = ""; });
  }
  q.addEventListener("input", function () { highlight(); active = 0; showSuggest(); links(); });
  q.addEventListener("scroll", function () { hl.scrollTop = q.scrollTop; });
  q.addEventListener("keydown", function (ev) {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "Enter") { ev.preventDefault(); run(); return; }
    if (!suggest.hidden && current.length) {
      if (ev.key === "ArrowDown") { ev.preventDefault(); active = (active + 1) % current.length; showSuggest(); }
      else if (ev.key === "ArrowUp") { ev.preventDefault(); active = (active + current.length - 1) % current.length; showSuggest(); }
      else if (ev.key === "Tab" || ev.key === "Enter") { ev.preventDefault(); accept(active); }
      else if (ev.key === "Escape") { suggest.hidden = true; }
    }
  });
  document.getElementById("run").addEventListener("click", run);
  document.querySelectorAll("[data-example]").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      var ex = examples.find(function (e) { return e.name === a.dataset.example; });
      q.value = ex.sparql; highlight(); run();
    });
  });
  fetch("/sparql/vocabulary").then(function (r) { return r.json(); }).then(function (v) {
    vocab = v;
    if (!q.value.trim()) {
      q.value = Object.keys(v.prefixes).map(function (p) { return "PREFIX " + p + ": <" + v.prefixes[p] + ">"; }).join("\n") + "\n\nSELECT ?s ?p ?o WHERE {\n  ?s ?p ?o\n} LIMIT 20\n";
    }
    highlight(); links();
  });
  highlight();
  if (q.value.trim()) run();
})();

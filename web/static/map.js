// Draws every .network element from its JSON data block with vis-network (positions come from
// the server, physics off). Text reaches the page only through textContent: nothing is parsed as HTML.
(function () {
  "use strict";
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function tip(text) { var d = document.createElement("div"); d.textContent = text; return d; }
  function showEdge(panel, edge) {
    panel.replaceChildren();
    panel.hidden = false;
    panel.appendChild(el("p", "Loading evidence…"));
    fetch("/api/mechanisms/" + encodeURIComponent(edge.id)).then(function (r) { return r.json(); }).then(function (m) {
      panel.replaceChildren();
      panel.appendChild(el("h3", m.cause + " → " + m.effect));
      panel.appendChild(el("p", m.polarity + " · " + m.support + " paper(s) · " + m.assertions.total + " quote(s)"));
      (m.assertions.items || []).forEach(function (a) {
        var b = el("blockquote", a.quote, {"class": "edge-quote"});
        var f = el("footer");
        f.appendChild(el("a", a.title, {href: "/paper/" + encodeURIComponent(a.paper_id)}));
        b.appendChild(f);
        panel.appendChild(b);
      });
      panel.appendChild(el("a", "Open the mechanism page →", {href: "/mechanism/" + encodeURIComponent(m.id)}));
    });
  }
  document.querySelectorAll(".network").forEach(function (container) {
    var data = JSON.parse(document.getElementById(container.id + "-data").textContent);
    var panel = document.getElementById(container.id + "-panel");
    var nodes = new vis.DataSet(data.nodes.map(function (n) {
      return {id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, shape: "dot", color: n.color, title: tip(n.tooltip)};
    }));
    var edges = new vis.DataSet(data.edges.map(function (e) {
      return {id: e.id, from: e.from, to: e.to, color: {color: e.color}, width: e.width, dashes: e.dashes,
              arrows: "to", title: tip(e.tooltip)};
    }));
    var network = new vis.Network(container, {nodes: nodes, edges: edges}, {
      physics: false, interaction: {hover: true, tooltipDelay: 120},
      edges: {smooth: false, font: {size: 0}}, nodes: {font: {size: 14, face: "system-ui"}}
    });
    container.dataset.ready = "1";
    network.on("afterDrawing", function () { container.dataset.drawn = "1"; });
    network.on("click", function (params) {
      if (params.nodes.length) { window.location = "/concept/" + encodeURIComponent(params.nodes[0]); return; }
      if (params.edges.length) { showEdge(panel, data.edges.find(function (e) { return e.id === params.edges[0]; })); }
    });
    window.kgNetworks = window.kgNetworks || {};
    window.kgNetworks[container.id] = network;
  });
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("th").forEach(function (th, i) {
      th.addEventListener("click", function () {
        var body = table.tBodies[0], rows = Array.from(body.rows), asc = th.dataset.asc !== "1";
        rows.sort(function (a, b) { return a.cells[i].textContent.localeCompare(b.cells[i].textContent, undefined, {numeric: true}) * (asc ? 1 : -1); });
        th.dataset.asc = asc ? "1" : "0";
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();

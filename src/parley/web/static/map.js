// The map page: world geometry from the vendored world-atlas (Natural Earth 1:110m), drawn with
// d3-geo and topojson-client; one dot per place the server lists in #places-data.
// No network beyond this server; every text goes in through textContent.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("map");
  var dataNode = document.getElementById("places-data");
  if (!svg || !dataNode) return;
  var places = JSON.parse(dataNode.textContent);
  var width = 960, height = 500;

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function draw(world) {
    svg.textContent = "";
    var projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [width - 8, height - 8]], {type: "Sphere"});
    var path = d3.geoPath(projection);
    el("path", {d: path({type: "Sphere"}), "class": "sphere"}, svg);
    el("path", {d: path(d3.geoGraticule10()), "class": "graticule"}, svg);
    var withEvents = {};
    places.forEach(function (p) {
      if (p.country_numeric) withEvents[p.country_numeric] = (withEvents[p.country_numeric] || 0) + p.events;
    });
    var land = el("g", {"class": "countries"}, svg);
    topojson.feature(world, world.objects.countries).features.forEach(function (f) {
      var shape = el("path", {d: path(f) || "", "class": withEvents[f.id] ? "country has-events" : "country"}, land);
      var title = el("title", {}, shape);
      title.textContent = (f.properties && f.properties.name || "") + (withEvents[f.id] ? ": " + withEvents[f.id] + " events" : "");
    });
    var most = places.reduce(function (m, p) { return Math.max(m, p.events); }, 1);
    var dots = el("g", {"class": "places"}, svg);
    places.slice().sort(function (a, b) { return b.events - a.events; }).forEach(function (p) {
      var xy = projection([p.lon, p.lat]);
      if (!xy) return;
      var link = el("a", {href: "/?place=" + encodeURIComponent(p.place)}, dots);
      el("circle", {cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 12 * Math.sqrt(p.events / most)).toFixed(1),
                    "class": "place quad-" + p.quad, "data-place": p.place}, link);
      var title = el("title", {}, link);
      title.textContent = p.place + (p.full_name ? " (" + p.full_name + ")" : "") + ": " + p.events + " event" +
        (p.events === 1 ? "" : "s");
    });
    svg.setAttribute("data-drawn", "true");
  }

  fetch("/static/vendor/world-atlas/countries-110m.json")
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(draw)
    .catch(function (err) {
      var t = svg.querySelector(".loading");
      if (t) t.textContent = "the map could not be drawn (" + err + ")";
    });
})();

// In-page probes for Tests/Browser/verify.py. Loaded into the report page with execute_script; every
// function returns plain JSON data and changes nothing on the page except where it says so.
// Nothing here knows the report's content: it works on any number of headings, tables and charts.
(function () {
  "use strict";

  // ---- colours -------------------------------------------------------------------------------------

  // Any CSS colour the browser resolved ("rgb(…)", "rgba(…)", "#rrggbb", "color(srgb …)") → [r, g, b, a],
  // components 0–255 and alpha 0–1; null for "none", url(…) paints and what cannot be parsed.
  const scratch = document.createElement("canvas").getContext("2d");
  function parseColor(text) {
    if (!text || text === "none" || text.startsWith("url(")) return null;
    let m = text.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+)(%?))?\s*\)$/);
    if (m) {
      let a = m[4] === undefined ? 1 : parseFloat(m[4]);
      if (m[5] === "%") a /= 100;
      return [parseFloat(m[1]), parseFloat(m[2]), parseFloat(m[3]), a];
    }
    m = text.match(/^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\)$/);
    if (m) return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : parseFloat(m[4])];
    // Anything else (named colours, hex): let a canvas normalise it.
    scratch.fillStyle = "#000001";
    scratch.fillStyle = text;
    const n = scratch.fillStyle;
    if (n === "#000001" && text.toLowerCase() !== "#000001") return null;
    if (n.startsWith("#")) {
      return [parseInt(n.slice(1, 3), 16), parseInt(n.slice(3, 5), 16), parseInt(n.slice(5, 7), 16), 1];
    }
    return n.startsWith("rgba") ? parseColor(n) : null;
  }

  // `top` (with alpha) painted over the opaque `bottom`.
  function over(top, bottom) {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  }

  function luminance(c) {
    const lin = (v) => {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  }

  function contrast(a, b) {
    const x = luminance(a), y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  const hex = (c) => "#" + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");

  // The colour behind everything: the root's background, else the body's (CSS propagates it to the
  // canvas), else the browser's Canvas colour for the page's colour scheme.
  function canvasColor() {
    for (const el of [document.documentElement, document.body]) {
      const c = parseColor(getComputedStyle(el).backgroundColor);
      if (c && c[3] > 0) return c[3] >= 1 ? c : over(c, [255, 255, 255, 1]);
    }
    const probe = document.createElement("div");
    probe.style.cssText = "background: Canvas; position: absolute; width: 0; height: 0";
    document.documentElement.appendChild(probe);
    const c = parseColor(getComputedStyle(probe).backgroundColor) || [255, 255, 255, 1];
    probe.remove();
    return c;
  }

  // The opaque colour behind `el`: its own and its ancestors' background colours composited over the
  // canvas. `paper` replaces every CSS background by white paper (print without background graphics).
  // Returns [colour, note]; note names a background image that the colour cannot account for.
  function backgroundBehind(el, paper) {
    if (paper) return [[255, 255, 255, 1], null];
    const layers = [];
    let note = null;
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.backgroundImage && style.backgroundImage !== "none" && !note) {
        note = "background image on <" + node.localName + ">";
      }
      const c = parseColor(style.backgroundColor);
      if (c && c[3] > 0) {
        layers.push(c);
        if (c[3] >= 1) break;
      }
    }
    let colour = layers.length && layers[layers.length - 1][3] >= 1 ? layers.pop() : canvasColor();
    while (layers.length) colour = over(layers.pop(), colour);
    return [colour, note];
  }

  // Product of `opacity` from `el` up to the root.
  function opacityChain(el) {
    let o = 1;
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const v = parseFloat(getComputedStyle(node).opacity);
      if (!isNaN(v)) o *= v;
    }
    return o;
  }

  function isVisible(el) {
    const style = getComputedStyle(el);
    if (style.visibility !== "visible" || style.display === "none") return false;
    if (!el.getClientRects().length) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && opacityChain(el) > 0;
  }

  const ownText = (el) =>
    Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join("").replace(/\s+/g, " ").trim();

  const describe = (el) => {
    let s = el.localName;
    if (el.id) s += "#" + el.id;
    else if (el.getAttribute("class")) s += "." + el.getAttribute("class").trim().split(/\s+/).join(".");
    return s;
  };

  // WCAG 2 "large text": at least 24 px, or at least 18.66 px and bold.
  function isLarge(px, weight) {
    return px >= 24 || (px >= 18.66 && weight >= 700);
  }

  // ---- contrast of every visible text --------------------------------------------------------------

  // HTML text: every element with its own visible text, against its effective background.
  function htmlTextContrast(paper) {
    const items = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest("svg") || ["script", "style", "template", "noscript"].includes(el.localName)) continue;
      const text = ownText(el);
      if (!text || !isVisible(el)) continue;
      const style = getComputedStyle(el);
      const fg = parseColor(style.color);
      if (!fg) continue;
      const [bg, note] = backgroundBehind(el, paper);
      const alpha = fg[3] * opacityChain(el);
      const shown = over([fg[0], fg[1], fg[2], alpha], bg);
      const px = parseFloat(style.fontSize);
      const weight = parseInt(style.fontWeight, 10) || 400;
      const large = isLarge(px, weight);
      items.push({
        kind: "html", where: describe(el), text: text.slice(0, 60), fg: hex(shown), bg: hex(bg),
        ratio: contrast(shown, bg), required: large ? 3 : 4.5, size: px, note: note,
      });
    }
    return items;
  }

  // The painted colour under a viewport point inside `svg`, looking past `skip` (the text itself):
  // SVG shapes with a fill, composited down to the page background behind the <svg>.
  function svgBackgroundAt(svg, x, y, skip, paper) {
    const layers = [];
    for (const hit of document.elementsFromPoint(x, y)) {
      if (skip.includes(hit) || hit.closest("text")) continue;
      if (hit === svg || !svg.contains(hit)) break;
      if (!["rect", "circle", "ellipse", "path", "polygon", "image"].includes(hit.localName)) continue;
      const style = getComputedStyle(hit);
      const fill = parseColor(style.fill);
      if (!fill || fill[3] === 0) continue;  // hit on a stroke only (gridlines, whiskers): not a background
      const alpha = fill[3] * (parseFloat(style.fillOpacity) || 0) * opacityChain(hit);
      if (alpha <= 0) continue;
      layers.push([fill[0], fill[1], fill[2], Math.min(alpha, 1)]);
      if (alpha >= 1) break;
    }
    let colour = layers.length && layers[layers.length - 1][3] >= 1 ? layers.pop() : backgroundBehind(svg, paper)[0];
    while (layers.length) colour = over(layers.pop(), colour);
    return colour;
  }

  // SVG text (chart labels): fill against whatever is painted under it, sampled at three points along the
  // text's middle line; the worst of the three counts. Size is the rendered size (font-size × zoom).
  function svgTextContrast(paper) {
    const items = [];
    const leaves = Array.from(document.querySelectorAll("svg text, svg tspan")).filter((el) => ownText(el));
    for (const el of leaves) {
      if (!isVisible(el)) continue;
      let svg = el.ownerSVGElement;
      while (svg && svg.ownerSVGElement) svg = svg.ownerSVGElement;
      const style = getComputedStyle(el);
      const fill = parseColor(style.fill);
      if (!fill) {
        items.push({ kind: "svg", where: describe(el), text: ownText(el).slice(0, 60), fg: "none", bg: "?",
                     ratio: 0, required: 4.5, size: 0, note: "text has no solid fill" });
        continue;
      }
      let r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) {
        el.scrollIntoView({ block: "center", inline: "center" });
        r = el.getBoundingClientRect();
      }
      const alpha = fill[3] * (parseFloat(style.fillOpacity) || 0) * opacityChain(el);
      const ctm = el.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      const px = parseFloat(style.fontSize) * scale;
      const weight = parseInt(style.fontWeight, 10) || 400;
      const large = isLarge(px, weight);
      let worst = null;
      for (const f of [0.15, 0.5, 0.85]) {
        const x = r.left + r.width * f, y = r.top + r.height / 2;
        const skip = [el];
        for (let p = el.parentElement; p && p !== svg; p = p.parentElement) skip.push(p);
        const bg = svgBackgroundAt(svg, x, y, skip, paper);
        const shown = over([fill[0], fill[1], fill[2], alpha], bg);
        const ratio = contrast(shown, bg);
        if (!worst || ratio < worst.ratio) worst = { fg: hex(shown), bg: hex(bg), ratio: ratio };
      }
      const chart = svg.closest("figure") || svg;
      items.push({
        kind: "svg", where: (chart.id ? "#" + chart.id + " " : "") + describe(el), text: ownText(el).slice(0, 60),
        fg: worst.fg, bg: worst.bg, ratio: worst.ratio, required: large ? 3 : 4.5, size: px, note: null,
      });
    }
    window.scrollTo(0, 0);
    return items;
  }

  // Every chart mark (a shape in a series or ink colour, fully opaque) against the chart's background:
  // WCAG 1.4.11 asks 3:1 for the graphical objects a reader needs.
  function chartMarkContrast() {
    const items = [];
    for (const svg of topLevelSvgs()) {
      const bgShape = svg.querySelector(".chart-bg");
      const bg = bgShape ? parseColor(getComputedStyle(bgShape).fill) : backgroundBehind(svg, false)[0];
      if (!bg) continue;
      for (const el of svg.querySelectorAll(".chart-fill, .chart-stroke")) {
        if (!isVisible(el) && !el.getBBox) continue;
        const style = getComputedStyle(el);
        const isFill = el.classList.contains("chart-fill");
        const paint = parseColor(isFill ? style.fill : style.stroke);
        if (!paint) continue;
        const alpha = paint[3] * (parseFloat(isFill ? style.fillOpacity : style.strokeOpacity) || 0) * opacityChain(el);
        if (alpha < 1) continue;  // bands and shading behind a line are context, not the mark itself
        const cls = Array.from(el.classList).find((c) => /^(series-\d+|ink-)/.test(c)) || "";
        const figure = svg.closest("figure");
        items.push({ where: (figure && figure.id ? "#" + figure.id : describe(svg)) + " ." + cls,
                     fg: hex(paint), bg: hex(bg), ratio: contrast(paint, bg), required: 3 });
      }
    }
    return items;
  }

  // ---- structure -----------------------------------------------------------------------------------

  function topLevelSvgs() {
    return Array.from(document.querySelectorAll("svg")).filter((s) => !s.parentElement.closest("svg"));
  }

  function svgSizes() {
    return topLevelSvgs().map((svg, i) => {
      const r = svg.getBoundingClientRect();
      const figure = svg.closest("figure");
      return { where: figure && figure.id ? "#" + figure.id : "svg " + (i + 1), width: r.width, height: r.height };
    });
  }

  function targetOf(href) {
    const raw = href.slice(1);
    if (!raw) return null;
    let id = raw;
    try { id = decodeURIComponent(raw); } catch (e) { /* keep the raw fragment */ }
    return document.getElementById(id) || document.getElementsByName(id)[0] || null;
  }

  function inPageLinks() {
    return Array.from(document.querySelectorAll('a[href^="#"]')).map((a) => {
      const href = a.getAttribute("href");
      const target = targetOf(href);
      return { href: href, text: a.textContent.trim().slice(0, 50), found: !!target, target: target ? describe(target) : null };
    });
  }

  // The links of the list(s) that follow the heading called "Contents", up to the next heading.
  function contentsLinks() {
    const heading = Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6"))
      .find((h) => h.textContent.trim().toLowerCase() === "contents");
    if (!heading) return null;
    const links = [];
    for (let el = heading.nextElementSibling; el && !/^h[1-6]$/.test(el.localName); el = el.nextElementSibling) {
      if (el.matches("ul, ol, nav")) el.querySelectorAll('a[href^="#"]').forEach((a) => links.push(a.getAttribute("href")));
    }
    return links;
  }

  function targetPosition(href) {
    const target = targetOf(href);
    if (!target) return null;
    const r = target.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, innerHeight: innerHeight, hash: decodeURIComponent(location.hash) };
  }

  // ---- layout at a width ---------------------------------------------------------------------------

  function overflowingAncestor(el) {
    for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return p;
    }
    return null;
  }

  function layoutAtWidth() {
    const scroller = document.scrollingElement;
    // The layout viewport: on a phone, innerWidth grows to fit a page that is too wide (the browser zooms
    // out), so it cannot tell whether the page fits; the root's clientWidth stays the device's width.
    const vw = Math.min(innerWidth, document.documentElement.clientWidth);
    const offenders = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest("svg") && el.localName !== "svg") continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > vw + 0.5 || r.left < -0.5) {
        if (overflowingAncestor(el)) continue;  // clipped or scrolled by a box of its own
        offenders.push({ where: describe(el), left: Math.round(r.left), right: Math.round(r.right) });
      }
    }
    const tables = Array.from(document.querySelectorAll("table")).map((t, i) => {
      const own = getComputedStyle(t).overflowX;
      const box = ["auto", "scroll"].includes(own) ? t : overflowingAncestor(t);
      const boxStyle = box ? getComputedStyle(box).overflowX : "visible";
      const r = (box || t).getBoundingClientRect();
      return {
        where: t.id ? "#" + t.id : "table " + (i + 1),
        wide: t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().width > vw,
        scrolls: ["auto", "scroll"].includes(boxStyle),
        inside: r.left >= -0.5 && r.right <= vw + 0.5,
        contentWidth: Math.round(Math.max(t.scrollWidth, box ? box.scrollWidth : 0)),
      };
    });
    const charts = topLevelSvgs().map((svg, i) => {
      const r = svg.getBoundingClientRect();
      const parent = svg.parentElement.getBoundingClientRect();
      const figure = svg.closest("figure");
      let smallest = Infinity;
      for (const t of svg.querySelectorAll("text")) {
        const ctm = t.getScreenCTM();
        if (!ctm || !ownText(t) && !t.querySelector("tspan")) continue;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b));
      }
      return {
        where: figure && figure.id ? "#" + figure.id : "svg " + (i + 1),
        width: r.width, height: r.height, fits: r.left >= -0.5 && r.right <= Math.min(vw, parent.right) + 0.5,
        smallestText: isFinite(smallest) ? smallest : null,
      };
    });
    return { scrollWidth: scroller.scrollWidth, innerWidth: innerWidth, viewportWidth: vw, offenders: offenders.slice(0, 20),
             offenderCount: offenders.length, tables: tables, charts: charts };
  }

  // ---- charts and colour ---------------------------------------------------------------------------

  // For each chart that draws in more than one series colour: is every series named by text?
  // "direct": a label drawn in the series' own colour class (chart-label/chart-on-fill series-N);
  // "aligned": a text sharing the row (or column) of a compact mark of that series, like a category label;
  // "legend": only a legend names it; "none": only colour tells it apart.
  function seriesLabelling() {
    const results = [];
    for (const [index, svg] of topLevelSvgs().entries()) {
      const figure = svg.closest("figure");
      const where = figure && figure.id ? "#" + figure.id : "svg " + (index + 1);
      const marks = Array.from(svg.querySelectorAll(".chart-fill, .chart-stroke"));
      const legendMarks = new Set();
      let hasLegend = false;
      // The chart kit's legend: a <g> holding sample shapes and a group of texts.
      for (const g of svg.querySelectorAll("g")) {
        const samples = Array.from(g.children).filter((c) => c.matches(".chart-fill, .chart-stroke"));
        if (samples.length && Array.from(g.children).some((c) => c.localName === "g" && c.querySelector("text"))) {
          hasLegend = true;
          samples.forEach((s) => legendMarks.add(s));
        }
      }
      const series = new Map();
      for (const m of marks) {
        if (legendMarks.has(m)) continue;
        const cls = Array.from(m.classList).find((c) => /^series-\d+$/.test(c));
        if (!cls) continue;
        if (!series.has(cls)) series.set(cls, []);
        series.get(cls).push(m);
      }
      if (series.size < 2) {
        results.push({ where: where, series: Array.from(series.keys()), verdict: {} });
        continue;
      }
      const plotBox = svg.getBoundingClientRect();
      const texts = Array.from(svg.querySelectorAll("text")).filter((t) => t.textContent.trim() && !t.closest("g > g"));
      const legendTexts = new Set();
      for (const g of svg.querySelectorAll("g")) {
        if (Array.from(g.children).some((c) => legendMarks.has(c))) g.querySelectorAll("text").forEach((t) => legendTexts.add(t));
      }
      const verdict = {};
      for (const [cls, ms] of series) {
        if (svg.querySelector("text." + cls + ", tspan." + cls)) { verdict[cls] = "direct"; continue; }
        let aligned = false;
        for (const m of ms) {
          const mr = m.getBoundingClientRect();
          const rowish = mr.height < plotBox.height / 4, colish = mr.width < plotBox.width / 4;
          for (const t of svg.querySelectorAll("text")) {
            if (legendTexts.has(t) || !t.textContent.trim()) continue;
            const tr = t.getBoundingClientRect();
            const yOverlap = Math.min(mr.bottom, tr.bottom) - Math.max(mr.top, tr.top);
            const xOverlap = Math.min(mr.right, tr.right) - Math.max(mr.left, tr.left);
            if ((rowish && yOverlap > Math.min(tr.height, mr.height) * 0.5) ||
                (colish && !rowish && xOverlap > Math.min(tr.width, mr.width) * 0.5 && tr.top < mr.top)) {
              aligned = true;
              break;
            }
          }
          if (aligned) break;
        }
        verdict[cls] = aligned ? "aligned" : hasLegend ? "legend" : "none";
      }
      results.push({ where: where, series: Array.from(series.keys()), verdict: verdict });
    }
    return results;
  }

  // ---- print ---------------------------------------------------------------------------------------

  // Puts invisible text markers (absolutely positioned, so layout does not move) at the start and end of
  // each block that must not be split across pages, and at the end of each heading plus the start of
  // what follows it. Text extracted from the PDF then says which page each marker landed on.
  function placePrintMarkers() {
    const blocks = [];
    const widthBefore = document.scrollingElement.scrollWidth;
    let n = 0;
    const marker = (tag) => {
      const span = document.createElement("span");
      span.className = "lifeline-verify-marker";
      span.textContent = "QZ" + tag + "ZQ";
      span.setAttribute("aria-hidden", "true");
      span.style.cssText = "position:absolute;font:2px/1 monospace;color:transparent;white-space:nowrap;" +
        "pointer-events:none;margin:0;padding:0;border:0";
      return span;
    };
    // Where the first and the last piece of text of `el` sit, as HTML elements that may hold a marker.
    const firstText = (el) => {
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
        acceptNode: (t) => t.nodeValue.trim() && !t.parentElement.closest("svg, title, desc, style, script") ? 1 : 3 });
      return w.nextNode();
    };
    const lastText = (el) => {
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
        acceptNode: (t) => t.nodeValue.trim() && !t.parentElement.closest("svg, title, desc, style, script") ? 1 : 3 });
      let last = null, t;
      while ((t = w.nextNode())) last = t;
      return last;
    };
    const atStart = (el, tag) => {
      if (el.matches("table")) {
        const t = firstText(el);
        if (t) { t.parentNode.insertBefore(marker(tag), t); return true; }
        return false;
      }
      el.insertBefore(marker(tag), el.firstChild);
      return true;
    };
    // The end marker goes right after the last text or picture inside `el`, never after its last child: an
    // absolutely positioned box there sits below that child's bottom margin, outside `el`, and may land on the
    // next page although `el` is whole (a blockquote ending in a paragraph did).
    const lastContent = (el) => {
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
        acceptNode: (t) => {
          if (t.nodeType === Node.ELEMENT_NODE) {
            if (t.parentElement && t.parentElement.closest("svg")) return 2;
            return t.matches("svg, img") ? 1 : 3;
          }
          return t.nodeValue.trim() && !t.parentElement.closest("svg, title, desc, style, script") ? 1 : 3;
        } });
      let last = null, t;
      while ((t = w.nextNode())) last = t;
      return last;
    };
    const atEnd = (el, tag) => {
      const t = el.matches("table") ? lastText(el) : lastContent(el);
      if (t) { t.parentNode.insertBefore(marker(tag), t.nextSibling); return true; }
      if (el.matches("table")) return false;
      el.appendChild(marker(tag));
      return true;
    };
    const kind = (el) => el.localName;
    const label = (el) => {
      const cap = el.querySelector("caption, figcaption");
      const text = (cap || el).textContent.replace(/\s+/g, " ").trim().slice(0, 60);
      return (el.id ? "#" + el.id + " " : "") + "“" + text + "”";
    };
    for (const el of document.querySelectorAll("main figure, main table, main pre, main blockquote, body > figure, body > table")) {
      if (el.parentElement.closest("figure, table, pre, blockquote")) continue;
      const id = "b" + n++;
      const name = label(el);
      if (atStart(el, id + "s") && atEnd(el, id + "e")) {
        const r = el.getBoundingClientRect();
        blocks.push({ id: id, kind: kind(el), label: name, height: r.height, rows: el.matches("table") ? el.rows.length : 0 });
      }
    }
    // Rows of tables: each cell's start and end (a row may be split only if it is taller than a page).
    const rows = [];
    for (const table of document.querySelectorAll("table")) {
      Array.from(table.rows).forEach((tr, ri) => {
        const id = "r" + n++;
        let cells = 0;
        Array.from(tr.cells).forEach((cell, ci) => {
          if (firstText(cell)) {
            atStart(cell, id + "c" + ci + "s");
            atEnd(cell, id + "c" + ci + "e");
            cells++;
          }
        });
        if (cells) rows.push({ id: id, table: table.id ? "#" + table.id : "table", row: ri + 1,
                               height: tr.getBoundingClientRect().height, cells: tr.cells.length });
      });
    }
    // Headings: the heading's end and the start of the next thing with text.
    const headings = [];
    for (const h of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
      let next = null;
      for (let el = h; el && !next; el = el.parentElement) {
        for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
          if (sib.textContent.trim() || sib.querySelector("svg, img")) { next = sib; break; }
        }
        if (el === document.body) break;
      }
      if (!next) continue;
      const id = "h" + n++;
      h.appendChild(marker(id + "e"));
      atStart(next, id + "n");
      headings.push({ id: id, level: h.localName, text: h.textContent.replace(/QZ\w+ZQ/g, "").trim().slice(0, 60),
                      next: next.localName });
    }
    // A marker sticking out past the right edge of the printable width would widen the page, and Chromium then
    // shrinks the whole printout to fit, so the PDF checked would not be the one a reader prints (it had a page
    // fewer on Letter): such a marker is drawn to the left of where it sits instead. (Drawing every marker so
    // would push those at the left edge off the page, where the PDF clips them.)
    const limit = document.scrollingElement.clientWidth;
    for (const m of document.querySelectorAll(".lifeline-verify-marker")) {
      if (m.getBoundingClientRect().right > limit) m.style.transform = "translateX(-100%)";
    }
    return { blocks: blocks, rows: rows, headings: headings, widthBefore: widthBefore,
             widthAfter: document.scrollingElement.scrollWidth };
  }

  function removePrintMarkers() {
    document.querySelectorAll(".lifeline-verify-marker").forEach((m) => m.remove());
  }

  // The @page margins the stylesheets ask for, in CSS px (null where unset), for the page's printable size.
  function pageMargins() {
    const out = { top: null, right: null, bottom: null, left: null };
    const toPx = (v) => {
      const m = /^([\d.]+)(mm|cm|in|px|pt)$/.exec(v.trim());
      if (!m) return null;
      return parseFloat(m[1]) * { mm: 96 / 25.4, cm: 96 / 2.54, in: 96, px: 1, pt: 96 / 72 }[m[2]];
    };
    const visit = (rules) => {
      for (const rule of rules) {
        if (rule.type === CSSRule.PAGE_RULE && !rule.selectorText) {
          for (const side of ["top", "right", "bottom", "left"]) {
            const v = rule.style.getPropertyValue("margin-" + side);
            if (v && toPx(v) !== null) out[side] = toPx(v);
          }
        } else if (rule.cssRules && (rule.type !== CSSRule.MEDIA_RULE || matchMedia(rule.conditionText).matches ||
                                     /\bprint\b/.test(rule.conditionText))) {
          visit(rule.cssRules);
        }
      }
    };
    for (const sheet of document.styleSheets) {
      try { visit(sheet.cssRules); } catch (e) { /* unreadable sheet */ }
    }
    return out;
  }

  // Provenance tooltips: for every link inside a `.prov` (a number and the quote it rests on), whether the tooltip
  // is hidden at rest, shown while the link has keyboard focus, inside the viewport's width when shown, not empty,
  // and named by the link's aria-describedby (an id used once). Focus is moved to each link and then let go.
  function provenanceTooltips() {
    const out = [];
    const within = (el) => {
      const r = el.getBoundingClientRect();
      return { left: Math.round(r.left), right: Math.round(r.right), fits: r.left >= 0 && r.right <= innerWidth + 0.5 };
    };
    for (const prov of document.querySelectorAll(".prov")) {
      const link = prov.querySelector("a[href]");
      const tip = prov.querySelector('[role="tooltip"]');
      const item = { href: link ? link.getAttribute("href") : null, text: link ? link.textContent : "",
                     tooltip: !!tip, described: false, hiddenAtRest: false, shownOnFocus: false,
                     fits: false, left: null, right: null, quote: tip ? tip.textContent.trim().slice(0, 80) : "" };
      if (link && tip) {
        item.described = link.getAttribute("aria-describedby") === tip.id && document.querySelectorAll(
          '[id="' + tip.id + '"]').length === 1;
        item.hiddenAtRest = getComputedStyle(tip).display === "none";
        link.focus();
        item.shownOnFocus = getComputedStyle(tip).display !== "none" && tip.getBoundingClientRect().width > 0;
        Object.assign(item, item.shownOnFocus ? within(tip) : {});
        link.blur();
      }
      out.push(item);
    }
    document.body.focus();
    return out;
  }

  window.__lifelineVerify = {
    htmlTextContrast, svgTextContrast, chartMarkContrast, svgSizes, inPageLinks, contentsLinks, targetPosition,
    layoutAtWidth, seriesLabelling, placePrintMarkers, removePrintMarkers, pageMargins, provenanceTooltips,
  };
})();

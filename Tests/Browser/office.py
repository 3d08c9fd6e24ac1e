"""The Word file and the slide deck as LibreOffice renders them, for verify.py: `lifeline build --formats docx,pptx`
afresh, each file converted to PDF by LibreOffice headless, its pages rasterised by pdftoppm (30 dpi, grey) and laid
out on one contact sheet per document, compared page by page with the sheets committed in Tests/Browser/reference/
(word.png, slides.png). The page count is checked exactly (each sheet records it in a PNG text chunk).

LibreOffice renders these files the same, byte for byte, from run to run on one machine; what changes a render is
its version and the fonts installed (Arial and Times New Roman are drawn in Liberation, Calibri in Carlito, what is
missing in DejaVu), which is why setup.sh installs those fonts with LibreOffice.
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageChops, PngImagePlugin

RESOLUTION = 30  # dpi of the page images: enough to see a lost chart, a broken table or a page break
COLUMNS = {"word": 6, "slides": 4}  # pages per row of the contact sheet
GAP = 4  # px between pages on the sheet
GREYS = 16  # grey levels kept: a small file, and anti-aliasing noise below one level is gone
DOCUMENTS = (("word", "report.docx", "Word file"), ("slides", "slides.pptx", "slide deck"))


def soffice():
    """LibreOffice's command-line binary (SOFFICE overrides), or None."""
    if os.environ.get("SOFFICE"):
        return os.environ["SOFFICE"]
    return shutil.which("soffice") or shutil.which("libreoffice")


def soffice_version(binary):
    run = subprocess.run([binary, "--version"], capture_output=True, text=True)
    return (run.stdout.strip().splitlines() or ["?"])[0]


def build(lifeline, root, workdir):
    """report.docx and slides.pptx built afresh from the current tree into workdir/Office."""
    out = Path(workdir) / "Office"
    run = subprocess.run([str(lifeline), "build", "--formats", "docx,pptx", "--out", str(out)], cwd=root,
                         capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"`lifeline build --formats docx,pptx` failed:\n{run.stderr}")
    return out


def render(binary, files, outdir):
    """Each file converted to PDF by LibreOffice headless, with a profile of its own (so neither the user's settings
    nor another running LibreOffice take part). Returns {file name: PDF path}."""
    outdir = Path(outdir)
    with tempfile.TemporaryDirectory(prefix="lifeline-soffice-") as profile:
        run = subprocess.run([binary, "--headless", "--norestore", "--nolockcheck",
                              f"-env:UserInstallation={Path(profile).as_uri()}",
                              "--convert-to", "pdf", "--outdir", str(outdir)] + [str(f) for f in files],
                             capture_output=True, text=True, timeout=300)
    pdfs = {}
    for f in files:
        pdf = outdir / (Path(f).stem + ".pdf")
        if not pdf.exists():
            raise RuntimeError(f"LibreOffice wrote no PDF for {Path(f).name}: {run.stdout}{run.stderr}")
        pdfs[Path(f).name] = pdf
    return pdfs


def page_images(pdf, workdir):
    """The PDF's pages at RESOLUTION dpi in GREYS grey levels, as PIL images in page order."""
    prefix = Path(workdir) / (pdf.stem + "-page")
    subprocess.run(["pdftoppm", "-r", str(RESOLUTION), "-gray", "-png", str(pdf), str(prefix)], check=True)
    step = 255 / (GREYS - 1)
    return [Image.open(p).convert("L").point(lambda v: round(round(v / step) * step))
            for p in sorted(prefix.parent.glob(prefix.name + "-*.png"))]


def contact_sheet(pages, columns):
    """The pages in rows of `columns`, GAP px apart on mid grey, each page at its own size in a cell of the largest."""
    width = max(p.width for p in pages)
    height = max(p.height for p in pages)
    rows = (len(pages) + columns - 1) // columns
    sheet = Image.new("L", (columns * width + (columns + 1) * GAP, rows * height + (rows + 1) * GAP), 128)
    for i, page in enumerate(pages):
        sheet.paste(page, (GAP + (i % columns) * (width + GAP), GAP + (i // columns) * (height + GAP)))
    return sheet, (width, height)


def cell(index, columns, size):
    width, height = size
    left, top = GAP + (index % columns) * (width + GAP), GAP + (index // columns) * (height + GAP)
    return (left, top, left + width, top + height)


def save_sheet(sheet, pages, size, path):
    """A 4-bit grey PNG that records the page count and page size, so a changed count is told exactly."""
    info = PngImagePlugin.PngInfo()
    info.add_text("pages", str(pages))
    info.add_text("page-size", f"{size[0]}x{size[1]}")
    palette = sheet.convert("P", palette=Image.Palette.ADAPTIVE, colors=GREYS)
    path.parent.mkdir(parents=True, exist_ok=True)
    palette.save(path, optimize=True, bits=4, pnginfo=info)


def compare(res, key, label, pages, reference_path, shots, update, tolerance, root, hint_extra=""):
    """Checks the rendered pages against the reference sheet: the same page count and page size exactly, and on each
    page at most `tolerance` of its pixels differing by more than 1.5 grey levels. With `update`, writes the
    reference instead and fails, saying so."""
    shown = reference_path.relative_to(root) if reference_path.is_relative_to(root) else reference_path
    name = f"{label} rendered by LibreOffice matches the reference"
    columns = COLUMNS[key]
    if not pages:
        res.check("office", name, False, "no pages rendered")
        return
    sheet, size = contact_sheet(pages, columns)
    if shots:
        sheet.save(shots / f"{key}.png")
    if update:
        save_sheet(sheet, len(pages), size, reference_path)
        res.check("office", f"{label} rendered by LibreOffice recorded as the new reference", False,
                  f"wrote {shown} ({len(pages)} pages) because LIFELINE_UPDATE_REFERENCE=1",
                  ["look at it, run ./setup.sh verify again without LIFELINE_UPDATE_REFERENCE, and commit it"])
        return
    hint = "if the change is intended: LIFELINE_UPDATE_REFERENCE=1 ./setup.sh verify, and commit the new reference"
    if not reference_path.exists():
        res.check("office", name, False, f"{shown} is missing; run LIFELINE_UPDATE_REFERENCE=1 ./setup.sh verify")
        return
    stored = Image.open(reference_path)
    want_pages = int(stored.text.get("pages", "0"))
    want_size = tuple(int(v) for v in stored.text.get("page-size", "0x0").split("x"))
    reference = stored.convert("L")
    res.figure(f"{label} pages (LibreOffice)", "rendered/reference", f"{len(pages)}/{want_pages}")
    if len(pages) != want_pages or size != want_size:
        res.check("office", name, False,
                  f"{len(pages)} pages of {size[0]}×{size[1]} px, the reference has {want_pages} of "
                  f"{want_size[0]}×{want_size[1]} px" + (f"; this render is in {shots / (key + '.png')}" if shots else ""),
                  [hint] + ([hint_extra] if hint_extra else []))
        return
    mask = ImageChops.difference(reference, sheet).point(lambda v: 255 if v > 24 else 0)
    changed = []
    for i in range(len(pages)):
        box = cell(i, columns, size)
        count = mask.crop(box).histogram()[255]
        if count:
            changed.append((i + 1, count / (size[0] * size[1])))
    worst = max((f for _, f in changed), default=0.0)
    res.figure(f"{label} pixels differing (worst page)", "LibreOffice", f"{worst:.3%}")
    if changed and shots:
        overlay = sheet.convert("RGB")
        overlay.paste((255, 0, 0), mask=mask)
        overlay.save(shots / f"{key}-diff.png")
    over = [(p, f) for p, f in changed if f > tolerance]
    res.check("office", name, not over,
              f"{len(pages)} pages, {len(changed)} with any difference, worst {worst:.3%} "
              f"(tolerance {tolerance:.3%} a page)"
              + (f"; differences marked in {shots / (key + '-diff.png')}" if changed and shots else ""),
              [f"page {p}: {f:.3%} of its pixels differ" + (" (over the tolerance)" if f > tolerance else "")
               for p, f in changed]
              + ([hint] + ([hint_extra] if hint_extra else []) if over else []))


def office_checks(res, lifeline, root, reference_dir, shots, update, tolerance):
    binary = soffice()
    if not binary:
        res.check("office", "LibreOffice is installed", False,
                  "soffice not found; ./setup.sh verify installs libreoffice-writer-nogui and libreoffice-impress-nogui")
        return
    version = soffice_version(binary)
    res.note("office", f"{version}; pages at {RESOLUTION} dpi in {GREYS} greys")
    with tempfile.TemporaryDirectory(prefix="lifeline-office-") as tmp:
        out = build(lifeline, root, tmp)
        files = [out / file for _, file, _ in DOCUMENTS]
        pdfs = render(binary, files, Path(tmp) / "pdf")
        for key, file, label in DOCUMENTS:
            pdf = pdfs[file]
            if shots:
                shutil.copy(pdf, shots / f"{key}.pdf")
            pages = page_images(pdf, tmp)
            compare(res, key, label, pages, reference_dir / f"{key}.png", shots, update, tolerance, root,
                    f"the references were rendered by LibreOffice 7.4 (Debian 12) with fonts-liberation2, "
                    f"fonts-crosextra-carlito and fonts-dejavu-core; this is {version}")

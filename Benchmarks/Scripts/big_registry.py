#!/usr/bin/env python3
"""Writes a registry of ~1,000 figures and ~100 sources: the default registry plus synthetic sources and
figures (unique ids, valid units and ranges, quotes that write their figure's numbers, shares as percentages).
Sources have no `archive`, so no quote is looked up in an archived copy.
Usage: big_registry.py DEFAULT.yaml OUT.yaml [FIGURES] [SOURCES]"""
import sys, random
src, out = sys.argv[1], sys.argv[2]
total_figures = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
total_sources = int(sys.argv[4]) if len(sys.argv) > 4 else 100
text = open(src, encoding="utf-8").read()
head, sep, figures = text.partition("\nfigures:")
assert sep, "no figures: section"
# The sections after `figures:` (parameters, pools, models, …) stay after the synthetic figures.
rest_at = next((i for i in range(len(figures)) if figures.startswith("\n", i) and figures[i + 1:i + 2].isalpha()), len(figures))
figures, rest = figures[:rest_at], figures[rest_at:]
have_sources = head.count("\n  - id: ")
have_figures = figures.count("\n  - id: ")
rng = random.Random(8)
new_sources = max(0, total_sources - have_sources)
new_figures = max(0, total_figures - have_figures)
s = []
for i in range(new_sources):
    s.append(f'''
  - id: synthetic-source-{i:03d}
    publisher: Synthetic Press {i}
    title: "Synthetic article {i} on remittances"
    date: "{2010 + i % 15}"
    date_note: "Synthetic source {i} for benchmarks; the date is made up."
''')
units = [("share", lambda: (round(rng.uniform(0.05, 0.4), 2), round(rng.uniform(0.45, 0.9), 2))),
         ("USD", lambda: (rng.randint(100, 1000), rng.randint(1100, 5000))),
         ("people", lambda: (rng.randint(100, 10000), rng.randint(11000, 50000))),
         ("USD/year", lambda: (rng.randint(500, 2000), rng.randint(2100, 9000))),
         ("times/year", lambda: (1, rng.randint(2, 4)))]
def written(value, unit):
    """A number as the quote writes it: a share as a percentage (0.13 as 13%)."""
    return f"{round(value * 100)}%" if unit == "share" else str(value)

f = []
for i in range(new_figures):
    unit, make = units[i % len(units)]
    low, high = make()
    source = f"synthetic-source-{i % max(1, new_sources):03d}"
    body = f"    value: {low}\n" if i % 3 == 0 else f"    low: {low}\n    high: {high}\n"
    f.append(f'''
  - id: synthetic-figure-{i:04d}
    measures: "Synthetic measure number {i} of remittances."
{body}    unit: {unit}
    year: {2010 + i % 15}
    source: {source}
    quote: "Synthetic article number {i} puts it at about {written(low, unit)} to {written(high, unit)}, as sources say"
    note: "Synthetic, for benchmarks."
''')
with open(out, "w", encoding="utf-8") as o:
    o.write(head.rstrip("\n") + "\n" + "".join(s) + "\nfigures:" + figures.rstrip("\n") + "\n" + "".join(f) + rest)
print(f"{out}: {have_sources + new_sources} sources, {have_figures + new_figures} figures", file=sys.stderr)

#!/usr/bin/env bash
# Whole-process comparison of `lifeline build` with the Python peer (numpy + matplotlib + pandoc), plus scaling in
# draws and registry size, start-up cost, and libcmark (through Lifeline) against Debian's `cmark` CLI.
# Run from anywhere:  Benchmarks/compare.sh            (ROUNDS=5 RUNS=2 RSS_RUNS=3 SCALE_RUNS=3 to change effort)
# Needs: swift, hyperfine, /usr/bin/time (GNU), python3; the peer also numpy, matplotlib, pandoc; the Markdown
# comparison the `cmark` CLI (apt-get install -y cmark). Missing pieces are skipped with a message.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/Benchmarks"
PEER="$ROOT/../shared/peers/report_python.py"
ROUNDS="${ROUNDS:-5}"          # alternating rounds of the head-to-head
RUNS="${RUNS:-2}"              # runs of each command per round
RSS_RUNS="${RSS_RUNS:-3}"      # /usr/bin/time -v runs per command (max peak RSS reported, median wall)
SCALE_RUNS="${SCALE_RUNS:-3}"  # runs per row of the scaling table (best wall, max RSS)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/lifeline-compare.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

command -v hyperfine >/dev/null || { echo "compare.sh: hyperfine is missing (apt-get install -y hyperfine)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "compare.sh: GNU time is missing (apt-get install -y time)" >&2; exit 1; }

echo "== building lifeline (release)"
(cd "$ROOT" && swift build -c release --static-swift-stdlib --product lifeline 2>&1 | tail -1)   # as ./setup.sh report builds it
LIFELINE="$(cd "$ROOT" && swift build -c release --static-swift-stdlib --show-bin-path)/lifeline"
echo "== building MarkdownHarness (release, Benchmarks package)"
(cd "$BENCH" && swift build -c release --static-swift-stdlib --product MarkdownHarness 2>&1 | tail -1) || echo "MarkdownHarness did not build; skipping it"
HARNESS="$(cd "$BENCH" && swift build -c release --static-swift-stdlib --show-bin-path)/MarkdownHarness"

peer_ok=1
if [ ! -f "$PEER" ]; then echo "SKIP peer: $PEER not found"; peer_ok=0
elif ! python3 -c "import numpy, matplotlib" 2>/dev/null; then echo "SKIP peer: numpy or matplotlib is missing (pip install numpy matplotlib)"; peer_ok=0
elif ! command -v pandoc >/dev/null; then echo "SKIP peer: pandoc is missing (apt-get install -y pandoc)"; peer_ok=0
fi

# Peak resident set (KiB) and wall (s) of one run, from GNU time.
measure() { /usr/bin/time -v "$@" >/dev/null 2>"$WORK/time.txt" || { cat "$WORK/time.txt" >&2; return 1; }
  awk -F': ' '/Maximum resident set size/{rss=$2} /Elapsed \(wall clock\)/{n=split($2,a,":"); w=0; for(i=1;i<=n;i++) w=w*60+a[i]} END{print rss, w}' "$WORK/time.txt"; }
# "max_rss_kib median_wall_s best_wall_s" over N runs.
measure_n() { local n="$1"; shift; for _ in $(seq "$n"); do measure "$@"; done | sort -n -k2 |
  awk '{r[NR]=$1; w[NR]=$2; if($1>m) m=$1} END{print m, w[int((NR+1)/2)], w[1]}'; }

"$LIFELINE" build --out "$WORK/lifeline" >/dev/null   # the folder --check compares with

echo
echo "== head to head: $ROUNDS alternating rounds of $RUNS runs each (hyperfine, 1 warm-up per round)"
cmds=("$LIFELINE build --out $WORK/lifeline-run" "$LIFELINE build --check --out $WORK/lifeline")
names=("lifeline build" "lifeline build --check")
if [ "$peer_ok" = 1 ]; then cmds+=("python3 $PEER $WORK/peer"); names+=("python peer"); fi
for round in $(seq "$ROUNDS"); do
  args=(); for i in "${!cmds[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine -N --style none --warmup 1 --runs "$RUNS" --export-json "$WORK/round-$round.json" "${args[@]}" >/dev/null 2>&1 ||
    hyperfine --style none --warmup 1 --runs "$RUNS" --export-json "$WORK/round-$round.json" "${args[@]}" >/dev/null
done
for i in "${!cmds[@]}"; do
  read -r rss _ _ < <(measure_n "$RSS_RUNS" ${cmds[$i]})
  echo "${names[$i]} $rss" >> "$WORK/rss.txt"
done
python3 - "$WORK" "$ROUNDS" <<'PY'
import json, statistics, sys, glob
work, rounds = sys.argv[1], int(sys.argv[2])
times = {}
for f in sorted(glob.glob(f"{work}/round-*.json")):
    for r in json.load(open(f))["results"]:
        times.setdefault(r["command"], []).extend(r["times"])
rss = {}
for line in open(f"{work}/rss.txt"):
    name, kib = line.rsplit(" ", 1); rss[name] = int(kib)
print(f"{'command':<24} {'mean':>9} {'median':>9} {'min':>9} {'±σ':>8} {'runs':>5} {'peak RSS':>10}")
for name, t in times.items():
    print(f"{name:<24} {statistics.mean(t)*1e3:7.1f}ms {statistics.median(t)*1e3:7.1f}ms {min(t)*1e3:7.1f}ms"
          f" {statistics.pstdev(t)*1e3:6.1f}ms {len(t):5d} {rss.get(name, 0)/1024:8.1f}MiB")
if "python peer" in times:
    a, b = statistics.mean(times["lifeline build"]), statistics.mean(times["python peer"])
    print(f"ratio peer / lifeline build (means): {b/a:.1f}x  (medians: {statistics.median(times['python peer'])/statistics.median(times['lifeline build']):.1f}x)")
    print(f"peak RSS peer / lifeline build: {rss['python peer']/rss['lifeline build']:.1f}x")
PY

echo
echo "== start-up: lifeline --help"
hyperfine -N --style basic --warmup 3 --runs 30 "$LIFELINE --help" 2>/dev/null | grep -E "Time|Range" ||
  hyperfine --style basic --warmup 3 --runs 30 "$LIFELINE --help" | grep -E "Time|Range"
read -r rss _ _ < <(measure_n 3 "$LIFELINE" --help); echo "  peak RSS $(awk "BEGIN{printf \"%.1f\", $rss/1024}") MiB"

echo
echo "== scaling (best wall of $SCALE_RUNS, max peak RSS; 1e8 once)"
python3 "$BENCH/Scripts/big_registry.py" "$ROOT/Sources/LifelineData/Registry/remittances.yaml" "$WORK/big.yaml" 1000 100
printf "%-40s %10s %10s\n" "lifeline build" "wall" "peak RSS"
row() { local label="$1" n="$2"; shift 2; read -r rss _ best < <(measure_n "$n" "$LIFELINE" build --out "$WORK/scale" "$@")
  printf "%-40s %9.2fs %7.1fMiB\n" "$label" "$best" "$(awk "BEGIN{print $rss/1024}")"; }
row "--draws 1e6 (default registry: 32 fig.)" "$SCALE_RUNS" --draws 1000000
row "--draws 1e7" "$SCALE_RUNS" --draws 10000000
row "--draws 1e8" 1 --draws 100000000
row "1,000 figures, 100 sources, 1e6 draws" "$SCALE_RUNS" --data "$WORK/big.yaml"

echo
echo "== Markdown → HTML, ~1 MB briefing-like document"
python3 - "$WORK/lifeline/report.md" "$WORK/big.md" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
out, i = [], 0
while sum(map(len, out)) < 1_000_000:
    out.append(text.replace("# ", f"# Part {i}: ", 1)); i += 1
open(sys.argv[2], "w", encoding="utf-8").write("\n\n".join(out))
PY
echo "  document: $(wc -c < "$WORK/big.md") bytes"
if ! command -v cmark >/dev/null; then echo "SKIP: the cmark CLI is missing (apt-get install -y cmark)"
elif [ ! -x "$HARNESS" ]; then echo "SKIP: MarkdownHarness did not build"
else
  hyperfine -N --style none --warmup 2 --runs 20 --export-json "$WORK/md.json" \
    -n "cmark CLI" "cmark --unsafe $WORK/big.md" \
    -n "Lifeline CommonMark.render" "$HARNESS $WORK/big.md" >/dev/null 2>&1 ||
  hyperfine --style none --warmup 2 --runs 20 --export-json "$WORK/md.json" \
    -n "cmark CLI" "cmark --unsafe $WORK/big.md" \
    -n "Lifeline CommonMark.render" "$HARNESS $WORK/big.md" >/dev/null
  python3 - "$WORK/md.json" <<'PY'
import json, statistics, sys
r = {x["command"]: x["times"] for x in json.load(open(sys.argv[1]))["results"]}
for k, t in r.items(): print(f"  {k:<28} mean {statistics.mean(t)*1e3:7.1f} ms  median {statistics.median(t)*1e3:7.1f} ms  min {min(t)*1e3:7.1f} ms")
a, b = r["Lifeline CommonMark.render"], r["cmark CLI"]
print(f"  ratio Lifeline / cmark CLI: {statistics.mean(a)/statistics.mean(b):.2f}x (means), {statistics.median(a)/statistics.median(b):.2f}x (medians)")
PY
  echo "  whole processes include start-up: $(basename "$HARNESS") starts the Swift runtime and Foundation (about 5 ms), the CLI only libc"
fi
if [ -x "$HARNESS" ]; then
  echo "  in process (no start-up, no file I/O): libcmark called from C against CommonMark.render, alternating"
  "$HARNESS" "$WORK/big.md" --in-process "${MD_ROUNDS:-60}" | sed 's/^/  /'
fi

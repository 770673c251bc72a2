#!/usr/bin/env bash
# Times `pressalign align --presplit` against the PyPI `galechurch` aligner (Gale & Church 1993, Rust core, full
# DP) on the same presplit input: every NTREX-128 document concatenated into one long document per language
# (1,997 lines each), ko-en and ja-en. Both are timed as whole commands (start-up, reading, pressalign's number
# and name extraction included), best of 10 wall-clock runs each, the commands taking turns round by round (the
# VM's wall clock moves by a third between runs; the minimum is the least disturbed). Writes the "Alignment vs
# galechurch" section of docs/SPEED.md (called by scripts/bench.sh; runs alone too). Not run in CI: no timed tests.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
bin=$PWD/target/release/pressalign
nt=${DATA:-../shared/data}/ntrex
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q galechurch
cat > "$work/gc.py" <<'PY'
import sys, galechurch
read = lambda p: open(p, encoding="utf-8").read().split("\n")[:-1]
r = galechurch.align(read(sys.argv[1]), read(sys.argv[2]))
sys.stdout.write("".join(f"{b.source_start} {b.source_end} {b.target_start} {b.target_end}\n" for b in r.beads))
PY
cat > "$work/time.py" <<'PY'
# Runs the commands (separated by "::") in turn, round after round, and prints each one's best wall time: a slow
# spell of the VM then falls on all of them alike instead of on whichever happened to run in it. A command may
# start with RAYON_NUM_THREADS=N, set in its environment only (not through `env`, whose start-up would be timed).
import os, subprocess, sys, time
cmds, cur = [], []
for a in sys.argv[2:] + ["::"]:
    if a == "::":
        cmds.append(cur); cur = []
    else:
        cur.append(a)
best = [float("inf")] * len(cmds)
for _ in range(int(sys.argv[1])):
    for k, c in enumerate(cmds):
        env = dict(os.environ)
        if c[0].startswith("RAYON_NUM_THREADS="):
            env["RAYON_NUM_THREADS"] = c[0].split("=", 1)[1]; c = c[1:]
        t = time.perf_counter()
        subprocess.run(c, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        best[k] = min(best[k], time.perf_counter() - t)
print(" ".join(f"{b:.3f}" for b in best))
PY
rows=""
for pair in "kor ko eng en" "jpn ja eng en"; do
  set -- $pair
  a="$nt/newstest2019-ref.$1.txt"; b="$nt/newstest2019-src.$3.txt"
  [ "$1" = eng ] && a="$nt/newstest2019-src.eng.txt"
  cmd=("$bin" align "$a" "$b" --presplit --langs "$2,$4" --format jsonl)
  read -r ours one peer < <(python3 "$work/time.py" 10 "${cmd[@]}" :: RAYON_NUM_THREADS=1 "${cmd[@]}" :: \
    "$work/venv/bin/python" "$work/gc.py" "$a" "$b")
  ratio=$(python3 -c "print(f'{$peer / $ours:.1f}')")
  ratio1=$(python3 -c "print(f'{$peer / $one:.1f}')")
  rows+="| $2-$4 | $(wc -l < "$a") x $(wc -l < "$b") | $ours s | $one s | $peer s | ${ratio}x | ${ratio1}x |"$'\n'
  echo "$2-$4: pressalign ${ours}s (one thread ${one}s) galechurch ${peer}s ratio ${ratio}x (${ratio1}x)" >&2
done
# Instructions of the same command on one thread (callgrind; unlike wall time, independent of the machine's load).
counts=""
if command -v valgrind >/dev/null; then
  for pair in "kor ko" "jpn ja"; do
    set -- $pair
    ins=$(RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" align \
      "$nt/newstest2019-ref.$1.txt" "$nt/newstest2019-src.eng.txt" --presplit --langs "$2,en" --format jsonl \
      2>&1 >/dev/null | sed -n 's/.*refs: *//p')
    counts+="| $2-en | $ins |"$'\n'
    echo "$2-en: $ins instructions (one thread)" >&2
  done
  counts="
Instructions of the whole \`align --presplit\` command on one thread, counted by callgrind (these do not move with
the load; ko-en was 1,872,756,207 at a55a1ec, before the narrower band, the shared preparation and mimalloc):

| pair | instructions |
|---|---:|
$counts"
fi
section="## Alignment vs galechurch

Made by \`scripts/bench-align.sh\` at $(git rev-parse --short HEAD) on $(nproc) cores ($(uname -m)). Input: all
NTREX-128 documents concatenated, one segment per line, one long document per language; both aligners timed as
whole commands, best of 10, taking turns run by run. galechurch (PyPI, Rust core) runs the full n x m DP on
lengths only, on one thread; pressalign runs a band that grows when the path touches its edge, extracts
numbers and names from every segment, and computes the refusal check (a null path over about a fifth of the
first pass's cells); it uses every core, and is also timed on one
(\`RAYON_NUM_THREADS=1\`).

| pair | segments | pressalign \`align --presplit\` | pressalign, one thread | galechurch | ratio | ratio, one thread |
|---|---:|---:|---:|---:|---:|---:|
$rows$counts"
touch docs/SPEED.md
python3 - "$section" <<'PY'
import sys
p = "docs/SPEED.md"
s = open(p, encoding="utf-8").read()
marker = "## Alignment vs galechurch"
head, rest = (s.split(marker, 1) + [""])[:2] if marker in s else (s, "")
tail = rest[rest.find("\n## "):] if "\n## " in rest else ""
head = head.rstrip("\n")
body = sys.argv[1].rstrip("\n") + "\n"
open(p, "w", encoding="utf-8").write((head + "\n\n" if head else "") + body + tail)
PY
echo "wrote docs/SPEED.md (alignment vs galechurch)" >&2

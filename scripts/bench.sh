#!/usr/bin/env bash
# Runs the criterion benches (benches/stages.rs) and writes docs/SPEED.md from their output. Not run in CI:
# timings belong in benchmarks, never in tests. Usage: scripts/bench.sh [extra criterion args]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
# No saved baseline, so criterion prints no "change:" lines to parse around.
rm -rf target/criterion
# One rayon thread: the figures are per core (the pipeline and the aligner use every core otherwise).
RAYON_NUM_THREADS=1 cargo bench --bench stages -- --warm-up-time 1 --measurement-time 5 "$@" 2>&1 | tee "$out" >&2
{
  echo "# Speed"
  echo
  echo "Made by \`scripts/bench.sh\` (criterion, \`benches/stages.rs\`) at $(git rev-parse --short HEAD) on $(nproc) cores"
  echo "($(uname -m)). Inputs: the sample corpus repeated to about 1 MB per language; each figure is one thread (\`RAYON_NUM_THREADS=1\`)."
  echo "Wall times on this shared virtual machine move by 20-35% from one run to the next with the same code (on"
  echo "2026-12-02 extract/ko read 9.5 to 13.2 MiB/s over seven runs, and galechurch's own time 0.69 to 0.94 s); the"
  echo "instruction counts at the end do not."
  echo
  echo "| bench | time (median) | throughput (median) |"
  echo "|---|---:|---:|"
  awk '
    /^[a-z+].* +time:/ { name=$1; for (i=2; i<NF && $i != "time:"; i++) name = name " " $i; t=$(i+3) " " $(i+4); next }
    /^[a-z+]/ && !/time:/ { name=$0; sub(/ +$/, "", name); next }
    /^ +time:/ { t=$4 " " $5; next }
    /thrpt:/ { printf "| %s | %s | %s %s |\n", name, t, $4, $5; name=""; t=""; next }
  ' "$out"
  awk '/^release end to end/ { getline; print "| release end to end (3 languages) | " $4 " " $5 " | |" }' "$out"
} > docs/SPEED.md
rm -f "$out"
echo "wrote docs/SPEED.md" >&2
scripts/bench-align.sh
command -v valgrind >/dev/null && scripts/count-extract.sh || echo "valgrind not found: no instruction counts" >&2

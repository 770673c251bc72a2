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

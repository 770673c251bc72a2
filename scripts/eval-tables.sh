#!/usr/bin/env bash
# Regenerates docs/SEGMENTATION.md and docs/ALIGNMENT.md from `pressalign eval`. Run from the package root with
# ../shared/data beside it. The tables are committed; CI gates on tests/floors.json, not on these files.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
bin=target/release/pressalign
data=${DATA:-../shared/data}
version=$(git describe --always --dirty 2>/dev/null || echo unknown)

{
  echo "# Segmentation accuracy"
  echo
  echo "Made by \`scripts/eval-tables.sh\` (\`pressalign eval segment\`) at $version. A gold sentence is found when the"
  echo "segmenter produced exactly that segment at the same place of the whitespace-free text; exact match = share"
  echo "of records whose segments are all right. \`tests/gold\`: the raw sample releases in (ingest included). The"
  echo "other sets come from \`../shared/data/segmentation\` (see its README for sources and licences)."
  echo
  "$bin" eval segment --data "$data"
} > docs/SEGMENTATION.md

{
  echo "# Alignment accuracy"
  echo
  echo "Made by \`scripts/eval-tables.sh\` (\`pressalign eval align\`) at $version. Strict and lax precision, recall"
  echo "and F1 as defined by Vecalign's \`score.py\`. \`tests/gold\`: the gold sentences of the sample releases in"
  echo "(presplit), 2-way per pair, against the hand-made beads."
  echo
  "$bin" eval align --data "$data"
} > docs/ALIGNMENT.md
echo "wrote docs/SEGMENTATION.md docs/ALIGNMENT.md"

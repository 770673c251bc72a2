#!/usr/bin/env bash
# Instructions per byte of number and name extraction, per language, counted by callgrind (repeatable on a shared
# machine, unlike wall time): runs examples/profile_extract.rs with 1 and with 11 repetitions of the corpus and
# divides the difference by 10 x the corpus size, so start-up (regex compilation, tables) is left out.
# Needs valgrind. Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q --example profile_extract
bin=target/release/examples/profile_extract
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1 >/dev/null | sed -n 's/.*refs: *//p' | tr -d ,; }
rows=""
for lang in ko ja en; do
  bytes=$("$bin" "$lang" 1 | cut -d' ' -f1)
  one=$(count "$lang" 1)
  eleven=$(count "$lang" 11)
  per=$(( (eleven - one) / (10 * bytes) ))
  rows+="| $lang | $bytes | $per |"$'\n'
  echo "$lang: $per instructions per byte ($bytes bytes of corpus text)" >&2
done
section="## Extraction, instructions per byte

Made by \`scripts/count-extract.sh\` at $(git rev-parse --short HEAD): callgrind's instruction count of number
and name extraction per byte of the sample corpus (\`examples/profile_extract.rs\`, 11 runs minus 1, so start-up
is left out). Unlike the times above, these do not move with the machine's load; at the start of the speed work
(fb28055) they were ko 982, ja 643, en 833.

| language | corpus bytes | instructions per byte |
|---|---:|---:|
$rows"
touch docs/SPEED.md
python3 - "$section" <<'PY'
import sys
p = "docs/SPEED.md"
s = open(p, encoding="utf-8").read()
marker = "## Extraction, instructions per byte"
if marker in s:
    head, rest = s.split(marker, 1)
    tail = rest[rest.find("\n## "):] if "\n## " in rest else ""
    s = head.rstrip("\n") + "\n\n" + sys.argv[1] + tail
else:
    s = s.rstrip("\n") + "\n\n" + sys.argv[1]
open(p, "w", encoding="utf-8").write(s)
PY
echo "wrote docs/SPEED.md (instructions per byte)" >&2

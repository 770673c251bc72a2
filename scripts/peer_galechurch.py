#!/usr/bin/env python3
"""Runs the galechurch aligner (PyPI `galechurch`, Gale & Church 1993) on every case that
`pressalign eval align --dump DIR` wrote, so that pressalign scores it with the same metric code.

For each case folder (a.txt, b.txt: one segment per line) it writes galechurch.jsonl (beads with keys "a",
"b"), aligned with the package's published defaults (mean length ratio 1.0, variance 6.8), as users run it.
(Setting the mean ratio to the pair's character ratio without re-estimating the variance made it much worse on
ko-en and ja-en, so that variant is not reported.)
"""
import json
import pathlib
import sys

import galechurch


def read(p):
    return p.read_text(encoding="utf-8").split("\n")[:-1]


def write(path, block):
    with open(path, "w", encoding="utf-8") as f:
        for b in block.beads:
            f.write(json.dumps({"a": list(range(b.source_start, b.source_end)),
                                "b": list(range(b.target_start, b.target_end))}) + "\n")


def main(root):
    cases = sorted(p.parent for p in pathlib.Path(root).rglob("gold.jsonl"))
    for case in cases:
        a, b = read(case / "a.txt"), read(case / "b.txt")
        write(case / "galechurch.jsonl", galechurch.align(a, b))
    print(f"galechurch: aligned {len(cases)} cases under {root}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])

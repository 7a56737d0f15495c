"""Merge what the nightly run's shards wrote (each shard ran a disjoint part of the suite).

    merge_shards.py durations OUT BASE SHARD.json...     # pytest-split durations: BASE, updated by the shards
    merge_shards.py traceability OUT SHARD.json...       # reports/traceability.json of the whole run

`traceability` also prints a Markdown summary (for the CI job summary) and exits 0; the shards' own exit
codes decide whether the run failed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

# How sure a requirement's outcome is, worst first: the merged outcome is the worst one seen, except that
# "passed" together with "skipped" is "partly skipped", and "not run" in one shard says nothing.
ORDER = ("failed", "partly skipped", "passed", "skipped", "not run")


def merge_durations(base: dict[str, float], shards: list[dict[str, float]]) -> dict[str, float]:
    merged = dict(base)
    for shard in shards:
        merged.update(shard)
    return dict(sorted(merged.items()))


def combine(a: str, b: str) -> str:
    if "not run" in (a, b):
        return b if a == "not run" else a
    if {a, b} == {"passed", "skipped"}:
        return "partly skipped"
    return min(a, b, key=ORDER.index)


def merge_traceability(shards: list[dict]) -> dict:
    merged: dict[str, dict] = {}
    for shard in shards:
        for rid, entry in shard.items():
            if rid not in merged:
                merged[rid] = {**entry, "tests": list(entry["tests"])}
                continue
            seen = merged[rid]
            seen["tests"] = sorted(set(seen["tests"]) | set(entry["tests"]))
            seen["outcome"] = combine(seen["outcome"], entry["outcome"])
    return dict(sorted(merged.items()))


def summary(merged: dict) -> str:
    counts = Counter(entry["outcome"] for entry in merged.values())
    lines = ["| requirements | count |", "|---|---|", *(f"| {o} | {counts[o]} |" for o in ORDER if counts[o])]
    bad = [f"`{rid}` ({e['outcome']})" for rid, e in merged.items() if e["outcome"] not in ("passed",)]
    if bad:
        lines += ["", "Not passed: " + ", ".join(bad)]
    return "\n".join(lines)


def _read(paths: list[str]) -> list[dict]:
    return [json.loads(Path(p).read_text()) for p in paths if Path(p).exists()]


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "durations":
        out, base = Path(argv[1]), _read([argv[2]])
        merged = merge_durations(base[0] if base else {}, _read(argv[3:]))
        out.write_text(json.dumps(merged, indent=4, sort_keys=True))
        print(f"{out}: {len(merged)} test durations")
        return 0
    if len(argv) >= 2 and argv[0] == "traceability":
        out, shards = Path(argv[1]), _read(argv[2:])
        merged = merge_traceability(shards)
        out.write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n")
        print(summary(merged))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Flake hunt: run the browser suite N times in random order, alternating the worker count.

    python scripts/flake.py --runs 20 [--workers 0,2,4] [--parallel 2] [pytest paths or options after --]

Every run gets a fresh random order (pytest-randomly) and a fresh data seed, and its own test-environment
files. Every test that failed in any run is reported with what replays it: the order seed
(`--randomly-seed=N`, printed by pytest-randomly), the data seed (`--seed S`, printed as "data seed: S")
and the worker count. Writes reports/flake.json and reports/flake.md; exit status 1 when any test failed in any run.

`--parallel 2` runs two of the runs at a time (each with its own environment files, junit and log). A `-n 0` run
is one chain of browser, pytest and test environment waiting on each other and leaves most of a second core idle;
another run beside it uses that, and the extra load makes the hunt harsher, never milder.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
WORKDIR = REPORTS / "flake"
RUN_TIMEOUT_S = 3600
ORDER_SEED = re.compile(r"Using --randomly-seed=(\d+)")
DATA_SEED = re.compile(r"data seed: (\S+)")
SUMMARY = re.compile(r"=+ (.*\bin [\d.]+s.*) =+")


@dataclass
class Run:
    index: int
    workers: int
    order_seed: str = ""
    data_seed: str = ""
    exit_code: int = 0
    seconds: float = 0.0
    summary: str = ""
    failed: dict[str, str] = field(default_factory=dict)  # test -> first line of its failure

    @property
    def replay(self) -> str:
        return f"-n {self.workers} --randomly-seed={self.order_seed} --seed {self.data_seed}"


def failures(junit: Path) -> dict[str, str]:
    if not junit.exists():
        return {}
    found = {}
    for case in ET.parse(junit).getroot().iter("testcase"):
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        if problem is not None:
            nodeid = f"{case.get('classname', '').replace('.', '/')}.py::{case.get('name')}"
            found[nodeid] = (problem.get("message") or "").splitlines()[0][:300] if problem.get("message") else ""
    return found


def _text(output: bytes | str | None) -> str:
    """What a timed-out run printed: TimeoutExpired keeps bytes even when the run asked for text."""
    return output.decode(errors="replace") if isinstance(output, bytes) else output or ""


def one_run(index: int, workers: int, extra: list[str]) -> Run:
    run = Run(index, workers)
    junit = WORKDIR / f"run-{index:02d}.xml"
    # Not -q: the header carries both seeds.
    cmd = [sys.executable, "-m", "pytest", "-n", str(workers), "--junitxml", str(junit)]
    cmd += ["-p", "no:cacheprovider", *(extra or ["tests/e2e"])]
    env = {**os.environ, "E2E_TESTENV_DIR": str(WORKDIR / "env" / f"run-{index:02d}"), "NO_COLOR": "1"}
    started = time.monotonic()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
        run.exit_code, output = proc.returncode, proc.stdout + proc.stderr
    except subprocess.TimeoutExpired as exc:
        run.exit_code, output = -1, f"timed out after {RUN_TIMEOUT_S} s\n{_text(exc.stdout)}"
    run.seconds = round(time.monotonic() - started, 1)
    (WORKDIR / f"run-{index:02d}.log").write_text(" ".join(cmd) + "\n\n" + output)
    if m := ORDER_SEED.search(output):
        run.order_seed = m.group(1)
    if m := DATA_SEED.search(output):
        run.data_seed = m.group(1)
    summaries = SUMMARY.findall(output)
    run.summary = summaries[-1] if summaries else output.strip().splitlines()[-1:][0] if output.strip() else ""
    run.failed = failures(junit)
    if run.exit_code not in (0, 1) and not run.failed:
        run.failed = {f"(run {index}: pytest exited {run.exit_code})": run.summary}
    return run


def report(runs: list[Run]) -> dict:
    by_test: dict[str, list[dict]] = defaultdict(list)
    for run in runs:
        for test, message in run.failed.items():
            by_test[test].append(
                {
                    "run": run.index,
                    "workers": run.workers,
                    "order_seed": run.order_seed,
                    "data_seed": run.data_seed,
                    "message": message,
                    "replay": f"pytest {test.split('[')[0]} {run.replay}",
                }
            )
    return {
        "runs": [asdict(r) | {"failed": sorted(r.failed)} for r in runs],
        "failed_tests": dict(sorted(by_test.items())),
        "total_seconds": round(sum(r.seconds for r in runs), 1),
    }


def table(data: dict) -> str:
    lines = [
        "| run | workers | order seed | data seed | s | result |",
        "|---|---|---|---|---|---|",
    ]
    for r in data["runs"]:
        cells = [r["index"], r["workers"], r["order_seed"], r["data_seed"], f"{r['seconds']:.0f}", r["summary"]]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    lines += ["", f"{len(data['failed_tests'])} test(s) failed in some run."]
    if data["failed_tests"]:
        lines += ["", "| test | runs (workers, order seed, data seed) | message |", "|---|---|---|"]
        for test, seen in data["failed_tests"].items():
            where = "; ".join(f"{s['run']} (-n {s['workers']}, {s['order_seed']}, {s['data_seed']})" for s in seen)
            lines.append(f"| {test} | {where} | {seen[0]['message'][:120]} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=20, help="how many runs (default 20)")
    p.add_argument("--workers", default="0,2,4", help="worker counts to alternate (default 0,2,4)")
    p.add_argument("--parallel", type=int, default=1, help="runs at a time (default 1)")
    p.epilog = "Anything else is passed to pytest, e.g. tests/e2e/altinn --langs en."
    args, pytest_args = p.parse_known_args(argv)  # the rest goes to pytest (default: tests/e2e)
    cycle = [int(w) for w in args.workers.split(",")]
    WORKDIR.mkdir(parents=True, exist_ok=True)
    runs: list[Run] = []
    lock = threading.Lock()

    def run_and_record(index: int) -> None:
        run = one_run(index, cycle[(index - 1) % len(cycle)], pytest_args)
        with lock:
            runs.append(run)
            runs.sort(key=lambda r: r.index)
            print(
                f"run {run.index}/{args.runs} -n {run.workers} order {run.order_seed} data {run.data_seed}: "
                f"{run.summary} ({run.seconds:.0f} s){' FAILED: ' + ', '.join(run.failed) if run.failed else ''}",
                flush=True,
            )
            data = report(runs)  # written after every run, so an interrupted hunt keeps what it found
            REPORTS.mkdir(exist_ok=True)
            (REPORTS / "flake.json").write_text(json.dumps(data, indent=2) + "\n")
            (REPORTS / "flake.md").write_text("# Flake runs\n\n" + table(data) + "\n")

    with ThreadPoolExecutor(max(1, args.parallel)) as pool:
        list(pool.map(run_and_record, range(1, args.runs + 1)))
    print(table(report(runs)))
    return 1 if any(r.failed for r in runs) else 0


if __name__ == "__main__":
    sys.exit(main())

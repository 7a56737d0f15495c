"""Shards together run every browser scenario exactly once (`make e2e SHARD=k/n`, pytest-split).

Collection only, in subprocesses started side by side: no browser and no test environment is needed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPLITS = 3
TIMEOUT_S = 600  # subprocess runs; a loaded 2-core machine is slow, a hung one still stops
pytestmark = pytest.mark.timeout(TIMEOUT_S + 30)


def _env() -> dict[str, str]:
    # A nested make or pytest must not inherit this run's xdist worker or make's command-line variables.
    drop = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "PYTEST_ADDOPTS", "PYTEST_XDIST_WORKER", "PYTEST_XDIST_WORKER_COUNT")
    return {key: value for key, value in os.environ.items() if key not in drop}


def _run_all(commands: list[list[str]]) -> list[list[str]]:
    """Run the commands concurrently; each one's output lines that are node ids."""
    procs = [
        subprocess.Popen(cmd, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for cmd in commands
    ]
    outputs = []
    for cmd, proc in zip(commands, procs, strict=True):
        out, err = proc.communicate(timeout=TIMEOUT_S)
        assert proc.returncode == 0, f"{' '.join(cmd)} exited {proc.returncode}:\n{out[-2000:]}\n{err[-2000:]}"
        outputs.append([line.strip() for line in out.splitlines() if "::" in line])
    return outputs


def _assert_exact_cover(shards: list[list[str]], whole: list[str]) -> None:
    assert whole, "the unsharded collection is empty"
    assert all(shards), f"an empty shard: sizes {[len(s) for s in shards]}"
    counts = Counter(nodeid for shard in shards for nodeid in shard)
    twice = sorted(nodeid for nodeid, count in counts.items() if count > 1)
    assert not twice, f"in more than one shard: {twice}"
    assert sorted(counts) == sorted(whole), f"missing from every shard: {sorted(set(whole) - set(counts))}"


def test_make_e2e_collect_shards_cover_the_suite_exactly_once() -> None:
    make = ["make", "--no-print-directory", "-s", "e2e-collect"]
    whole, *shards = _run_all([make, *([*make, f"SHARD={k}/{SPLITS}"] for k in range(1, SPLITS + 1))])
    _assert_exact_cover(shards, whole)


def test_shards_stay_disjoint_under_random_order_and_partial_durations(tmp_path: Path) -> None:
    """Each shard shuffled by pytest-randomly with its own seed, as separate CI jobs do, and a durations
    file that knows only some of the tests (new ones) plus one that no longer exists."""
    base = [sys.executable, "-m", "pytest", "tests/e2e", "--collect-only", "-q", "-p", "randomly"]
    (whole,) = _run_all([[*base, "--randomly-seed=1"]])
    known = {nodeid: 1.0 + index % 5 for index, nodeid in enumerate(sorted(whole)) if index % 3}
    known["tests/e2e/gone/test_removed.py::test_old[en-chromium]"] = 42.0
    durations = tmp_path / "durations.json"
    durations.write_text(json.dumps(known))
    split = ["--splitting-algorithm", "least_duration", "--durations-path", str(durations)]
    shards = _run_all(
        [
            [*base, f"--randomly-seed={1000 + 37 * k}", "--splits", str(SPLITS), "--group", str(k), *split]
            for k in range(1, SPLITS + 1)
        ]
    )
    _assert_exact_cover(shards, whole)


def test_committed_durations_file_is_valid_json_of_e2e_node_ids() -> None:
    durations = json.loads((ROOT / "tests" / ".test_durations").read_text())
    assert durations and all(nodeid.startswith("tests/e2e/") for nodeid in durations)
    assert all(isinstance(seconds, int | float) and seconds >= 0 for seconds in durations.values())

"""`make test` fails when a catalogued rule has no scenario: collecting tests/e2e with
--traceability-strict must succeed. (While a guide's scenarios are still being written this fails on
purpose, naming the rules without a test.)"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from fixtures.traceability import ROOT

COMMAND = [
    sys.executable,
    "-m",
    "pytest",
    "tests/e2e",
    "--collect-only",
    "-q",
    "--traceability-strict",
    "-p",
    "no:randomly",
    "-p",
    "no:cacheprovider",
]
UNTESTED = re.compile(r"catalogued requirement\(s\) have no test: (.*)")


@pytest.fixture(scope="module")
def collection() -> subprocess.CompletedProcess:
    return subprocess.run(COMMAND, cwd=ROOT, capture_output=True, text=True, timeout=300)


def _untested(collection: subprocess.CompletedProcess) -> list[str]:
    found = UNTESTED.search(collection.stdout + collection.stderr)
    return found.group(1).strip().split(", ") if found else []


def test_every_guide_000_rule_has_a_scenario(collection: subprocess.CompletedProcess) -> None:
    untested = [rid for rid in _untested(collection) if rid.startswith("ALT-")]
    assert not untested, f"guide 000 rules without a scenario: {untested}"


def test_every_catalogued_rule_has_a_scenario(collection: subprocess.CompletedProcess) -> None:
    output = (collection.stdout + collection.stderr)[-3000:]
    assert collection.returncode == 0, f"`{' '.join(COMMAND[2:])}` failed:\n{output}"

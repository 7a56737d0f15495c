"""No fixed waits anywhere in the suite: a test that sleeps is slow when the target is fast and flaky when
it is slow (`make faults` runs the suite under 0-1000 ms of random latency to prove the rest)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUITE = ["pages", "fixtures", "tests/e2e", "tests/unit", "conftest.py", "tests/conftest.py"]
SLEEPERS = {("time", "sleep"), ("asyncio", "sleep")}  # module.sleep(...)
FIXED_WAITS = {"wait_for_timeout"}  # Playwright's fixed wait, on any object


def suite_files() -> list[Path]:
    files: list[Path] = []
    for entry in SUITE:
        path = ROOT / entry
        files += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return files


def fixed_waits(source: str) -> list[tuple[int, str]]:
    """(line, what) of every fixed wait in a module's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value.id if isinstance(node.func.value, ast.Name) else ""
            if (owner, node.func.attr) in SLEEPERS or node.func.attr in FIXED_WAITS:
                found.append((node.lineno, f"{owner + '.' if owner else ''}{node.func.attr}()"))
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module in ("time", "asyncio")
            and any(alias.name == "sleep" for alias in node.names)
        ):
            found.append((node.lineno, f"from {node.module} import sleep"))
    return sorted(found)


def test_the_suite_has_no_fixed_waits() -> None:
    files = suite_files()
    assert len(files) > 20, "the suite's files were not found"
    waits = [f"{f.relative_to(ROOT)}:{line} {what}" for f in files for line, what in fixed_waits(f.read_text())]
    assert not waits, "fixed waits in the suite (use web-first expect or an event instead):\n" + "\n".join(waits)


def test_the_checker_finds_each_kind_of_fixed_wait() -> None:
    source = "\n".join(
        ["import time", "from asyncio import sleep", "time.sleep(1)", "page.wait_for_timeout(500)", "expect(x).ok()"]
    )
    assert fixed_waits(source) == [
        (2, "from asyncio import sleep"),
        (3, "time.sleep()"),
        (4, "page.wait_for_timeout()"),
    ]

"""`make docs` catches a screen that drifted from its guide, and `make docs-update` accepts it.

The docs journey of guide 000 runs against a test environment started with the defect
`altinn.without_id_forgot_missing` (the link "Forgot your password?" beside "Create a new user" is gone). The
journey never touches that link, so the regression passes; the docs run must fail on step 4 alone, with the
diff picture in the Allure results. After `--docs-update` (into a copy of the references) the same run passes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REFERENCES = ROOT / "reports" / "references" / "guides"
JOURNEY = "tests/e2e/altinn/test_guide_journey.py"
DEFECT = "altinn.without_id_forgot_missing"
TIMEOUT_S = 600  # subprocess runs; a loaded 2-core machine is slow, a hung one still stops
pytestmark = pytest.mark.timeout(3 * TIMEOUT_S + 30)


def _docs_run(tmp_path: Path, references: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    results = tmp_path / f"allure-results{len(list(tmp_path.glob('allure-results*')))}"
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        JOURNEY,
        "--langs",
        "en",
        "--no-a11y",
        "-p",
        "no:randomly",
        "-p",
        "no:cacheprovider",
        "--docs-out",
        str(tmp_path / "guides"),
        "--docs-references",
        str(references),
        "--alluredir",
        str(results),
        "--testenv-args",
        f"--defect {DEFECT}",
        *extra,
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_XDIST", "E2E_"))}
    env["E2E_TESTENV_DIR"] = str(tmp_path / "testenv")
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S), results


def test_a_missing_link_fails_the_docs_run_on_its_step_and_updating_the_references_passes_again(
    tmp_path: Path,
) -> None:
    references = tmp_path / "references"
    shutil.copytree(REFERENCES / "000" / "en", references / "000" / "en")

    drifted, results = _docs_run(tmp_path, references, "--docs")
    output = drifted.stdout + drifted.stderr
    assert drifted.returncode == 1, output[-3000:]
    assert "guide 000 (en) step 4 differs from its reference" in output, output[-3000:]
    assert "make docs-update" in output
    for other in (1, 2, 3, 5, 6):
        assert f"step {other} differs" not in output, output[-3000:]
    assert (tmp_path / "guides" / "000" / "en" / "step-4.diff.png").exists()
    failed = [json.loads(p.read_text()) for p in results.glob("*-result.json")]
    assert [r["status"] for r in failed] == ["failed"]
    attachments = [a for step in _steps(failed[0]) for a in step.get("attachments", [])]
    assert any("step 4: reference | this run | difference" in a["name"] for a in attachments), attachments

    updated, _ = _docs_run(tmp_path, references, "--docs-update")
    assert updated.returncode == 0, (updated.stdout + updated.stderr)[-3000:]
    again, _ = _docs_run(tmp_path, references, "--docs")
    assert again.returncode == 0, (again.stdout + again.stderr)[-3000:]
    # only the drifted step's reference changed
    for number in range(1, 7):
        kept = (REFERENCES / "000" / "en" / f"step-{number}.png").read_bytes()
        now = (references / "000" / "en" / f"step-{number}.png").read_bytes()
        assert (kept == now) == (number != 4), number


def _steps(node: dict) -> list[dict]:
    found = []
    for step in node.get("steps", []):
        found += [step, *_steps(step)]
    return found

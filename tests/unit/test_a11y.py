"""The accessibility check catches a broken screen: the explicit check of the create-user form
(tests/e2e/infra/test_accessibility.py), run against the test environment with the defect
`altinn.field_without_label` (the e-mail field loses its label), must fail naming the screen and its state,
with the axe-core rule, the element, and a screenshot in the Allure results."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures.a11y import MESSAGE, describe

ROOT = Path(__file__).resolve().parents[2]
DEFECT = "altinn.field_without_label"
TIMEOUT_S = 600  # subprocess runs; a loaded 2-core machine is slow, a hung one still stops
pytestmark = pytest.mark.timeout(TIMEOUT_S + 30)


def _scenario(tmp_path: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    results = tmp_path / "allure-results"
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "tests/e2e/infra/test_accessibility.py",
        "--req-ids",
        "ALT-CREATE-FORM",
        "--langs",
        "en",
        "-x",
        "-p",
        "no:randomly",
        "-p",
        "no:cacheprovider",
        "--alluredir",
        str(results),
        *extra,
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_XDIST", "E2E_A11Y"))}
    env["E2E_TESTENV_DIR"] = str(tmp_path / "testenv")
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    return proc, results


def test_unlabelled_field_fails_the_scenario_with_rule_element_and_screenshot(tmp_path: Path) -> None:
    proc, results = _scenario(tmp_path, "--testenv-args", f"--defect {DEFECT}")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output[-3000:]
    assert f"{MESSAGE} on CreateUser [en], as it opens" in output, output[-3000:]
    assert "- label (critical)" in output and "#email" in output, output[-3000:]

    failed = [r for r in map(json.loads, map(Path.read_text, results.glob("*-result.json"))) if r["status"] != "passed"]
    assert len(failed) == 1, [r["name"] for r in failed]
    assert failed[0]["status"] == "failed" and MESSAGE in failed[0]["statusDetails"]["message"]
    attachments = {a["name"]: a for a in _attachments(failed[0])}
    assert attachments["accessibility violations (outlined)"]["type"] == "image/png"
    violations = json.loads((results / attachments["axe-core violations"]["source"]).read_text())
    assert [v["id"] for v in violations] == ["label"]
    assert violations[0]["nodes"][0]["target"] == ["#email"]


def _attachments(node: dict) -> list[dict]:
    found = list(node.get("attachments", []))
    for step in node.get("steps", []):
        found += _attachments(step)
    return found


def test_describe_names_rule_impact_and_elements() -> None:
    text = describe(
        [
            {
                "id": "label",
                "impact": "critical",
                "help": "Form elements must have labels",
                "helpUrl": "https://dequeuniversity.com/rules/axe/4.10/label?application=axeAPI",
                "nodes": [{"target": ["#email"], "html": '<input id="email" name="email" type="email">'}],
            }
        ]
    )
    assert text.splitlines() == [
        "- label (critical): Form elements must have labels, 1 element(s) "
        "[https://dequeuniversity.com/rules/axe/4.10/label]",
        '    #email: <input id="email" name="email" type="email">',
    ]

"""The nightly workflow's Firefox, WebKit and device jobs, and the make variables they use (line-based, like
tests/unit/test_workflows.py: no YAML parser is pinned; actionlint checks the syntax in `make workflow-lint`)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NIGHTLY = (ROOT / ".github" / "workflows" / "nightly.yml").read_text()


def _job(name: str) -> str:
    """The text of one job: from `  name:` to the next job at the same indentation."""
    match = re.search(rf"^  {name}:\n(.*?)(?=^  [\w-]+:\n|\Z)", NIGHTLY, re.S | re.M)
    assert match, f"no job {name!r} in nightly.yml"
    return match.group(1)


def test_firefox_webkit_a_phone_and_a_tablet_run_sharded_like_chromium() -> None:
    job = _job("variants")
    assert "variant: [firefox, webkit, pixel-7, ipad-mini]" in job
    assert "shard: ${{ fromJSON(needs.plan.outputs.shards) }}" in job and "shard: ${{ fromJSON(" in _job("shard")
    pairs = re.findall(r"- variant: ([\w-]+)\n\s+browser: (\w+)\n\s+device: (.*)", job)
    assert {(v, b, d.strip()) for v, b, d in pairs} == {
        ("firefox", "firefox", '""'),
        ("webkit", "webkit", '""'),
        ("pixel-7", "chromium", "Pixel 7"),
        ("ipad-mini", "chromium", "iPad Mini"),
    }


def test_each_variant_installs_its_own_browser_with_its_system_libraries() -> None:
    job = _job("variants")
    assert 'playwright install --with-deps "$BROWSER"' in job and "BROWSER: ${{ matrix.browser }}" in job
    assert "${{ matrix.browser }}-${{ hashFiles" in job  # one browser cache per engine


def test_the_variants_run_make_e2e_with_their_browser_device_and_shard() -> None:
    job = _job("variants")
    assert 'make e2e N=2 SHARD="$SHARD/$SHARDS" BROWSER="$BROWSER" DEVICE="$DEVICE"' in job
    assert "DEVICE: ${{ matrix.device }}" in job and "SHARD: ${{ matrix.shard }}" in job


def test_their_results_join_the_embedded_targets_one_report_but_not_its_durations() -> None:
    job = _job("variants")
    assert "name: shard-embedded-${{ matrix.variant }}-${{ matrix.shard }}" in job
    assert 'for dir in shards/shard-"$target"-*' in _job("report")  # merged with Chromium's shards
    assert "tests/.test_durations" not in job  # Chromium's timings are refreshed from Chromium's shards only
    assert "needs: [plan, shard, variants]" in _job("report")


def test_the_verdict_fails_the_night_when_a_variant_failed() -> None:
    verdict = _job("verdict")
    assert "needs: [plan, shard, variants, report, mutation]" in verdict
    assert '"$VARIANTS" != success' in verdict and "exit 1" in verdict


def test_make_e2e_passes_device_and_browsers_to_pytest() -> None:
    dry = subprocess.run(
        ["make", "-n", "e2e", "DEVICE=Pixel 7", "BROWSER=firefox webkit"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    line = next(line for line in dry.splitlines() if "pytest tests/e2e" in line)
    assert '--device "Pixel 7"' in line and "--browser firefox --browser webkit" in line
    plain = subprocess.run(["make", "-n", "e2e"], cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
    assert "--device" not in plain and "--browser " not in plain

"""pytest-playwright's options on the suite's reused page, each in a pytest subprocess against the embedded
test environment: videos and traces per test under --output, the failing attempt's own evidence beside the
evidence re-run's, --device's emulation, and the refusals of what the run cannot honour."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures.browser import artifact_folder
from fixtures.browser_options import PLAYWRIGHT_TRACE_MIME, ffmpeg_path

ROOT = Path(__file__).resolve().parents[2]
PROBES = "tests/unit/browser_probes.py"
TIMEOUT_S = 600
pytestmark = pytest.mark.timeout(TIMEOUT_S + 30)
needs_ffmpeg = pytest.mark.skipif(
    not (ffmpeg_path() or Path("/nonexistent")).exists(),
    reason="Playwright's ffmpeg is missing: run scripts/ensure-browser.sh --video",
)


def _pytest(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_XDIST", "PYTEST_CURRENT"))}
    clean |= {"E2E_TESTENV_DIR": str(tmp_path / "testenv"), **(env or {})}
    cmd = [sys.executable, "-m", "pytest", *args, "-p", "no:cacheprovider", "-p", "no:randomly", "-q"]
    return subprocess.run(cmd, cwd=ROOT, env=clean, capture_output=True, text=True, timeout=TIMEOUT_S)


def _attachments(results: Path) -> list[dict]:
    found = []
    for result in results.glob("*-result.json"):
        data = json.loads(result.read_text())
        found += data.get("attachments", [])
        for container in [data, *data.get("steps", [])]:
            found += [a for step in container.get("steps", []) for a in step.get("attachments", [])]
    return found


@needs_ffmpeg
def test_video_on_and_tracing_on_leave_a_video_and_a_trace_per_test_under_output(tmp_path: Path) -> None:
    out, results = tmp_path / "X", tmp_path / "allure"
    proc = _pytest(
        tmp_path,
        "tests/e2e/altinn/test_guide_journey.py",
        *("--video", "on", "--tracing", "on", "--output", str(out), "--alluredir", str(results), "-n", "2"),
    )
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    folders = sorted(p for p in out.iterdir() if p.is_dir())
    assert len(folders) == 2  # one per language: both workers wrote, neither emptied the other's
    for folder in folders:
        assert (folder / "video.webm").stat().st_size > 1000 and (folder / "trace.zip").stat().st_size > 1000
    types = [a["type"] for a in _attachments(results)]
    assert types.count(PLAYWRIGHT_TRACE_MIME) == 2 and types.count("video/webm") == 2


@needs_ffmpeg
def test_the_failing_attempts_own_trace_video_and_screenshot_are_kept_beside_the_re_runs(tmp_path: Path) -> None:
    out, results = tmp_path / "X", tmp_path / "allure"
    nodeid = f"{PROBES}::test_fails_on_purpose[chromium]"  # pytest-playwright parametrizes by browser
    shutil.rmtree(artifact_folder(nodeid), ignore_errors=True)
    try:
        proc = _pytest(
            tmp_path,
            nodeid,
            *("--tracing", "retain-on-failure", "--video", "retain-on-failure", "--screenshot", "only-on-failure"),
            *("--full-page-screenshot", "--output", str(out), "--alluredir", str(results), "-n", "0"),
        )
        output = proc.stdout + proc.stderr
        assert proc.returncode == 1 and "1 failed" in output, output[-3000:]
        (folder,) = out.iterdir()
        assert {p.name for p in folder.iterdir()} == {"trace.zip", "video.webm", "test-failed-1.png"}
        assert "REPRODUCED" in output and (artifact_folder(nodeid) / "rerun-trace.zip").exists()
        traces = [a for a in _attachments(results) if a["type"] == PLAYWRIGHT_TRACE_MIME]
        assert len(traces) == 2, traces  # the attempt's own and the evidence re-run's, both opened inline
    finally:
        shutil.rmtree(artifact_folder(nodeid), ignore_errors=True)


@pytest.mark.parametrize(
    ("device", "expected"),
    [
        ("iPhone 13", {"viewport": {"width": 390, "height": 664}, "device_scale_factor": 3, "has_touch": True}),
        (None, {"viewport": {"width": 1280, "height": 720}, "device_scale_factor": 1, "has_touch": False}),
    ],
)
def test_device_emulates_playwrights_descriptor_in_chromium(tmp_path: Path, device: str | None, expected) -> None:
    probe = tmp_path / "emulation.json"
    args = ["--device", device] if device else []
    proc = _pytest(tmp_path, f"{PROBES}::test_reports_its_emulation", *args, env={"E2E_PROBE_OUT": str(probe)})
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    seen = json.loads(probe.read_text())
    assert {k: seen[k] for k in expected} == expected
    assert ("iPhone" in seen["user_agent"]) is (device == "iPhone 13")


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["--device", "iPhone 99"], {}, "--device 'iPhone 99' is not one of Playwright's"),
        (["--video", "on"], {"PLAYWRIGHT_BROWSERS_PATH": "/nonexistent/pw"}, "scripts/ensure-browser.sh --video"),
        (["--browser", "chromium", "--browser", "firefox", "--browser-ws", "ws://127.0.0.1:9"], {}, "one browser"),
        (["--playwright-debug", "cli", "-s"], {}, "PWDEBUG=1"),
    ],
)
def test_options_the_run_cannot_honour_are_refused_before_any_test(
    tmp_path: Path, args: list[str], env: dict[str, str], message: str
) -> None:
    proc = _pytest(tmp_path, f"{PROBES}::test_reports_its_emulation", *args, env=env)
    assert proc.returncode == 4, (proc.stdout + proc.stderr)[-2000:]  # pytest's usage error
    assert message in proc.stderr, proc.stderr[-2000:]


def test_a_browser_without_playwrights_build_is_refused_with_the_install_command(tmp_path: Path) -> None:
    proc = _pytest(
        tmp_path,
        f"{PROBES}::test_reports_its_emulation",
        "--browser",
        "webkit",
        env={"PLAYWRIGHT_BROWSERS_PATH": str(tmp_path / "no-browsers")},
    )
    assert proc.returncode == 4 and "playwright install --with-deps webkit" in proc.stderr, proc.stderr[-2000:]

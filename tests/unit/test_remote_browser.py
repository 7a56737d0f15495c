"""The suite runs against a browser reached through `connect` (--browser-ws / E2E_BROWSER_WS).

A Playwright browser server starts on loopback (scripts/browser_server.py: the Node driver's
`launch-server`), and scenarios run in a pytest subprocess with two workers connected to it. The local
browser path points nowhere, so the scenarios pass only if every browser came through the server.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from browser_server import BrowserServer  # noqa: E402

TIMEOUT_S = 600  # subprocess runs; a loaded 2-core machine is slow, a hung one still stops
pytestmark = pytest.mark.timeout(TIMEOUT_S + 30)


@pytest.fixture(scope="module")
def ws_endpoint() -> Iterator[str]:
    server = BrowserServer(host="127.0.0.1").start()
    try:
        yield server.ws_endpoint
    finally:
        server.stop()


def test_server_listens_on_loopback_only(ws_endpoint: str) -> None:
    assert ws_endpoint.startswith("ws://127.0.0.1:")


def test_scenarios_pass_through_a_remote_browser(ws_endpoint: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_XDIST")}
    env |= {
        "E2E_BROWSER_WS": ws_endpoint,
        "E2E_BROWSER_PATH": str(tmp_path / "no-local-browser"),  # launching locally would fail
        "E2E_TESTENV_DIR": str(tmp_path / "testenv"),
    }
    results = tmp_path / "allure-results"
    cmd = [sys.executable, "-m", "pytest", "tests/e2e/altinn", "--req-ids", "ALT-JOURNEY,ALT-PWD-MIN", "-n", "2"]
    cmd += ["-p", "no:cacheprovider", "--alluredir", str(results), "-q"]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-3000:]
    last = output.strip().splitlines()[-1]
    assert re.match(r"\d+ passed\b", last) and not re.search(r"failed|error", last), output[-3000:]
    assert f"browser={ws_endpoint}" in (results / "environment.properties").read_text()

"""A target that is down stops the run at once with one clear message, instead of a timeout per test.

Each case runs pytest in a subprocess against a real address: a closed port (down from the start), and
a small HTTP server that a generated test shuts down (dies mid-run), with and without xdist workers.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIMIT_S = 15.0


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_pytest(args: list[str], cwd: Path = ROOT) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "COLUMNS": "200"}
    env.pop("E2E_TARGET", None)
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:randomly", "-p", "no:cacheprovider", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,  # a safety net only: the assertions below bound the time
    )
    return proc, time.monotonic() - started


@pytest.fixture(scope="module")
def startup_s() -> dict[str, float]:
    """What merely starting pytest with these plugins costs (seconds) on this machine right now, per
    worker count: the 15 s budget is for the run, not for a busy machine's interpreter start-up."""
    costs = {}
    for workers in ("0", "2"):
        _, costs[workers] = run_pytest(["--co", "-q", "-n", workers, "tests/unit/test_fail_fast.py"])
    return costs


def one_message(output: str, needle: str) -> set[str]:
    """The distinct messages containing `needle` (pytest prints an exit message in its banner and on stderr)."""
    return {line[line.index("target ") :].strip(" !") for line in output.splitlines() if needle in line}


@pytest.mark.parametrize("workers", ["0", "2"])
def test_an_unreachable_target_stops_the_run_within_15_seconds_with_one_message(
    workers: str, startup_s: dict[str, float]
) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    proc, elapsed = run_pytest(["tests/e2e", "--base-url", url, "-n", workers, "-q"])
    output = proc.stdout + proc.stderr
    assert elapsed - startup_s[workers] < LIMIT_S, f"took {elapsed:.1f} s:\n{output[-2000:]}"
    assert proc.returncode == 3, output[-2000:]
    messages = one_message(output, "is unreachable")
    assert len(messages) == 1, messages
    assert messages.pop().startswith(f"target 'base-url' at {url} is unreachable (ConnectError")
    assert " passed" not in output and " failed" not in output, "no test may run against a target that is down"


class _DyingServer(ThreadingHTTPServer):
    """Answers 200 to everything until someone asks for /die; then it stops listening."""

    daemon_threads = True


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"ok"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        if self.path == "/die":
            threading.Thread(target=self._die, daemon=True).start()

    def _die(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def dying_server() -> Iterator[str]:
    server = _DyingServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


GENERATED_TESTS = """
import httpx
import pytest


def test_0_the_target_dies(target):
    httpx.get(target.base_url + "/die")
    assert False, "first failure: the target has just gone"


@pytest.mark.parametrize("i", range(20))
def test_1_later(target, i):
    httpx.get(target.base_url, timeout=10)
"""


@pytest.mark.parametrize("workers", ["0", "2"])
def test_a_target_that_dies_mid_run_stops_the_run_with_one_message(
    workers: str, dying_server: str, tmp_path: Path
) -> None:
    (tmp_path / "test_generated.py").write_text(GENERATED_TESTS)
    args = ["-p", "fixtures.environment", "--base-url", dying_server, "-n", workers, "test_generated.py"]
    proc, _ = run_pytest(args, cwd=tmp_path)
    output = proc.stdout + proc.stderr
    # Not a time bound here: on a loaded machine xdist's start-up alone varies by tens of seconds. What
    # makes the run fast is that the other 20 tests never run, each of which would fail on its own.
    assert len(one_message(output, "stopped answering during the run")) == 1, output[-3000:]
    assert proc.returncode != 0
    failed = output.count("FAILED test_generated.py")
    # The dying test fails; with workers, a test already running beside it may fail too before the stop.
    assert 1 <= failed <= int(workers) + 1, output[-3000:]
    assert "21 failed" not in output and "20 passed" not in output, "the run must stop, not go on test after test"

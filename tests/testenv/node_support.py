"""Node.js programs the interoperability tests start: the npm `openid-client` as a relying party and the npm
`oidc-provider` as a foreign OpenID Provider (tests/testenv/interop/*.mjs), installed by `npm ci` from the
project's package.json (the Makefile does it before `make test`).

A test skips only when `node` itself is missing; a missing package is an installation error and fails.
Every read from a program has a deadline, so a program that hangs fails its test instead of the run.
"""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INTEROP = Path(__file__).parent / "interop"
DEADLINE_SECONDS = 20


def node() -> str:
    found = shutil.which("node")
    if found is None:
        pytest.skip("node (Node.js) is not installed: the interoperability tests run npm packages")
    return found


def require_package(name: str) -> None:
    if not (ROOT / "node_modules" / name / "package.json").is_file():
        pytest.fail(f"npm package {name!r} is missing: run `npm ci` (make test does) in {ROOT}", pytrace=False)


class NodeProgram:
    """A Node script speaking one JSON object per line on stdout; stderr goes to a file shown on failure."""

    def __init__(self, script: str, *args: str, packages: tuple[str, ...]) -> None:
        executable = node()
        for package in packages:
            require_package(package)
        self.stderr = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (closed in close(), with the process)
        self.process = subprocess.Popen(
            [executable, str(INTEROP / script), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            cwd=ROOT,
        )
        # A thread reads the lines, so a wait for one has a deadline (a blocking readline would have none).
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._pump, daemon=True)
        self.reader.start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put("")  # end of output

    def read(self, timeout: float = DEADLINE_SECONDS) -> dict:
        """The next JSON line; fails with the program's stderr when it ends or stays silent past `timeout`."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"{self.process.args[1]} said nothing for {timeout} s\n{self.errors()}", pytrace=False)
            if not line:
                self.lines.put("")
                ended = f"{self.process.args[1]} ended (exit {self.process.poll()})"
                pytest.fail(f"{ended}\n{self.errors()}", pytrace=False)
            if line.startswith("{"):
                return json.loads(line)

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def errors(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read()[-4000:]

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.reader.join(timeout=5)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
        self.stderr.close()

    def __enter__(self) -> NodeProgram:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

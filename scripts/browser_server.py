"""Start a Playwright browser server (Chromium) and print its ws:// endpoint; the suite connects to it with
`--browser-ws` / `E2E_BROWSER_WS` (fixtures/browser.py: `browser_type.connect`).

    .venv/bin/python scripts/browser_server.py [--host 127.0.0.1] [--port 0] [--browser-path PATH]
    E2E_BROWSER_WS=ws://127.0.0.1:PORT/ID make e2e

Playwright's Python API has no `launch_server`; the Node driver inside the playwright wheel has
`launch-server`, which takes the launch options as a JSON file. The server runs until interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright._impl._driver import compute_driver_executable, get_driver_env

from fixtures.browser import CHROMIUM_ARGS, choose_executable

ENDPOINT = re.compile(rb"ws://\S+?/[0-9a-f]{32}")
START_TIMEOUT_S = 30.0


def playwright_chromium_path() -> str:
    """Where Playwright's own Chromium build would be. Asked in a subprocess: a sync_playwright() here
    fails when the caller already runs one (pytest-playwright's session fixture on the same worker)."""
    code = (
        "from playwright.sync_api import sync_playwright\n"
        "with sync_playwright() as p: print(p.chromium.executable_path)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.strip()


class BrowserServer:
    """`node cli.js launch-server --browser chromium --config <json>`: one Chromium, many clients."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, browser_path: str | None = None) -> None:
        own_build = playwright_chromium_path()
        options: dict = {"headless": True, "host": host, "port": port, "args": CHROMIUM_ARGS}
        executable = choose_executable(browser_path, own_build)
        if executable:
            options["executablePath"] = executable
        handle, name = tempfile.mkstemp(suffix=".json", prefix="browser-server-")
        with os.fdopen(handle, "w") as config:
            json.dump(options, config)
        self._config = Path(name)
        self.proc: subprocess.Popen[bytes] | None = None
        self.ws_endpoint = ""

    def start(self) -> BrowserServer:
        node, cli = compute_driver_executable()
        self.proc = subprocess.Popen(
            [node, cli, "launch-server", "--browser", "chromium", "--config", str(self._config)],
            stdout=subprocess.PIPE,
            env={**os.environ, **get_driver_env()},
        )
        found = threading.Event()
        threading.Thread(target=self._read_endpoint, args=(found,), daemon=True).start()
        # The endpoint is printed without a newline once the server listens: read bytes as they come.
        if not found.wait(START_TIMEOUT_S) or not self.ws_endpoint:
            self.stop()
            raise RuntimeError("the Playwright browser server printed no ws:// endpoint")
        return self

    def _read_endpoint(self, found: threading.Event) -> None:
        assert self.proc and self.proc.stdout
        seen = b""
        while chunk := os.read(self.proc.stdout.fileno(), 4096):
            seen += chunk
            if match := ENDPOINT.search(seen):
                self.ws_endpoint = match.group(0).decode()
                break
        found.set()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._config.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="listen address (default loopback only)")
    parser.add_argument("--port", type=int, default=0, help="port (0: a free one)")
    parser.add_argument("--browser-path", default=os.environ.get("E2E_BROWSER_PATH"), help="Chromium executable")
    args = parser.parse_args()
    server = BrowserServer(args.host, args.port, args.browser_path).start()
    print(server.ws_endpoint, flush=True)
    try:
        assert server.proc
        server.proc.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()

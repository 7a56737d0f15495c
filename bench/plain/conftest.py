"""The comparison run: pytest-playwright's default `page` (a new context and page per test).

Only what this machine needs to start a browser is set: Debian's Chromium and the same launch arguments
as the suite (see ../shared/toolchain-facts.md). `python -m bench` starts the test environment and passes
it as `--base-url`, which pytest-playwright feeds into every context.
"""

from __future__ import annotations

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}

"""Runs a coroutine to its end from a synchronous test, whatever loop the test's thread already has.

In `make test` the browser scenarios share the xdist workers with these tests, and Playwright's sync API
keeps an event loop running in the worker's main thread, where `asyncio.run` refuses to start another.
A thread of its own gets a fresh loop every time."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def run(coro: Coroutine[Any, Any, T]) -> T:
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-asyncio") as pool:
        return pool.submit(asyncio.run, coro).result()

"""N trivial tests with pytest-playwright's default fixtures; the body is the same as bench/ours'."""

from __future__ import annotations

import os
import time

import pytest
from playwright.sync_api import Page

N = int(os.environ.get("BENCH_N", "20"))


@pytest.mark.parametrize("i", range(N))
def test_trivial(page: Page, record_property, i: int) -> None:
    t0 = time.perf_counter()
    page.goto("/healthz")
    record_property("bench_body_s", time.perf_counter() - t0)

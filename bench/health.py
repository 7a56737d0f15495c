"""The test environment's `/healthz` latency while the regression runs (issue #19: a request that waits
behind password hashing or any other blocking work shows here).

A background thread in each pytest process of the regression (started by bench.recorder once the worker's
test environment is up) asks `/healthz` every INTERVAL_S and records how long the answer took; a request
that fails or times out counts as TIMEOUT_S. `summary` turns the samples of every worker into the figures
of reports/bench.json (`environment.healthz_ms`), with the goal: p99 under GOAL_P99_MS.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx

from bench.stats import median, pct, r3

INTERVAL_S = 0.25
TIMEOUT_S = 5.0
GOAL_P99_MS = 100.0


def _default_get(url: str) -> None:
    httpx.get(url, timeout=TIMEOUT_S).raise_for_status()


class HealthSampler:
    """Asks `base_url`/healthz every `interval_s` on a daemon thread; `samples_ms` are the answer times."""

    def __init__(
        self, base_url: str, interval_s: float = INTERVAL_S, get: Callable[[str], None] = _default_get
    ) -> None:
        self.url = base_url.rstrip("/") + "/healthz"
        self.interval_s = interval_s
        self.get = get
        self.samples_ms: list[float] = []
        self.failures = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-healthz", daemon=True)

    def start(self) -> HealthSampler:
        self._thread.start()
        return self

    def stop(self) -> list[float]:
        self._stop.set()
        self._thread.join(timeout=TIMEOUT_S + 1)
        return self.samples_ms

    def _run(self) -> None:
        while not self._stop.is_set():
            t0 = time.perf_counter()
            try:
                self.get(self.url)
                took = (time.perf_counter() - t0) * 1000
            except Exception:  # a refused or timed-out health check is the worst latency, not a crash
                self.failures += 1
                took = TIMEOUT_S * 1000
            self.samples_ms.append(took)
            self._stop.wait(max(0.0, self.interval_s - took / 1000))


def summary(samples_ms: list[float], failures: int = 0) -> dict:
    """n, p50, p99 and max of the samples, and whether p99 meets the goal (None without samples)."""
    p99 = pct(samples_ms, 99)
    return {
        "n": len(samples_ms),
        "failures": failures,
        "p50": r3(median(samples_ms)),
        "p99": r3(p99),
        "max": r3(max(samples_ms)) if samples_ms else None,
        "goal_p99_ms": GOAL_P99_MS,
        "goal_met": None if p99 is None else p99 < GOAL_P99_MS,
    }

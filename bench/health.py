"""The test environment's `/healthz` latency while the regression runs (issue #19: a request that waits
behind password hashing or any other blocking work shows here).

A background thread in each pytest process of the regression (started by bench.recorder once the worker's
test environment is up) asks `/healthz` every INTERVAL_S over one kept-alive connection and records how
long the answer took; a request that fails or times out counts as TIMEOUT_S. `summary` turns the samples of
every worker into the figures of reports/bench.json (`environment.healthz_ms`), with the goal: p99 under
GOAL_P99_MS.

The client's own share is kept apart: a new `httpx.Client` per request (what `httpx.get` does) builds a TLS
context each time, ~20 ms of CPU on this machine even for http, which the sampler measured as the server's
latency. The thread also records how late it woke for each sample (`late_ms`): on a machine saturated by
browsers that is the client's scheduling delay, which an answer time includes as well.

The regression samples from a separate process (`HealthProbe`, running `python -m bench.health URL`): a
thread inside the pytest worker shares the GIL with Playwright's synchronous main thread, so its answer
times held the worker's own waits (measured: in-worker p50 67 ms against a page document's 12 ms). A
process of its own is a client as any other the server has; it still shares the machine's two cores.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from bench.stats import median, pct, r3

INTERVAL_S = 0.25
TIMEOUT_S = 5.0
GOAL_P99_MS = 100.0


def keep_alive_get() -> Callable[[str], None]:
    """A GET on one client, so every sample after the first reuses its connection."""
    client = httpx.Client(timeout=TIMEOUT_S)

    def get(url: str) -> None:
        client.get(url).raise_for_status()

    return get


class HealthSampler:
    """Asks `base_url`/healthz every `interval_s` on a daemon thread; `samples_ms` are the answer times,
    `late_ms` how much later than planned the thread woke for each."""

    def __init__(self, base_url: str, interval_s: float = INTERVAL_S, get: Callable[[str], None] | None = None) -> None:
        self.url = base_url.rstrip("/") + "/healthz"
        self.interval_s = interval_s
        self.get = get
        self.samples_ms: list[float] = []
        self.late_ms: list[float] = []
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
        get = self.get or keep_alive_get()
        planned = time.perf_counter()
        while not self._stop.is_set():
            t0 = time.perf_counter()
            self.late_ms.append(max(0.0, (t0 - planned) * 1000))
            try:
                get(self.url)
                took = (time.perf_counter() - t0) * 1000
            except Exception:  # a refused or timed-out health check is the worst latency, not a crash
                self.failures += 1
                took = TIMEOUT_S * 1000
            self.samples_ms.append(took)
            # From the real time spent: a refused request (counted as TIMEOUT_S) must not make a busy loop.
            wait = max(0.0, self.interval_s - (time.perf_counter() - t0))
            planned = time.perf_counter() + wait
            self._stop.wait(wait)


class HealthProbe:
    """A HealthSampler in a child process, with the same start/stop/samples_ms/late_ms/failures. The child
    samples until its stdin closes (by `stop`, or because this process died), then prints what it measured
    as JSON."""

    def __init__(self, base_url: str, interval_s: float = INTERVAL_S) -> None:
        self.base_url = base_url
        self.interval_s = interval_s
        self.samples_ms: list[float] = []
        self.late_ms: list[float] = []
        self.failures = 0
        self._proc: subprocess.Popen[str] | None = None

    def start(self) -> HealthProbe:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "bench.health", self.base_url, str(self.interval_s)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,  # where `bench` is importable
        )
        return self

    def stop(self) -> list[float]:
        if self._proc is None:
            return self.samples_ms
        try:
            out, _ = self._proc.communicate(input="", timeout=TIMEOUT_S + 5)
            measured = json.loads(out)
        except (subprocess.TimeoutExpired, ValueError):  # a probe that hangs or breaks measured nothing
            self._proc.kill()
            self._proc.communicate()
            measured = {"samples_ms": [], "late_ms": [], "failures": 0}
        self._proc = None
        self.samples_ms, self.late_ms, self.failures = measured["samples_ms"], measured["late_ms"], measured["failures"]
        return self.samples_ms


def _probe_main(argv: list[str]) -> None:
    """The child of HealthProbe: sample argv[0]/healthz every argv[1] seconds until stdin closes."""
    sampler = HealthSampler(argv[0], interval_s=float(argv[1])).start()
    sys.stdin.read()
    sampler.stop()
    print(json.dumps({"samples_ms": sampler.samples_ms, "late_ms": sampler.late_ms, "failures": sampler.failures}))


def summary(samples_ms: list[float], failures: int = 0, late_ms: list[float] | None = None) -> dict:
    """n, p50, p99 and max of the samples, and whether p99 meets the goal (None without samples); with
    `late_ms`, the p50/p99 of the sampler's own wake-up delay beside them."""
    p99 = pct(samples_ms, 99)
    result: dict[str, object] = {
        "n": len(samples_ms),
        "failures": failures,
        "p50": r3(median(samples_ms)),
        "p99": r3(p99),
        "max": r3(max(samples_ms)) if samples_ms else None,
        "goal_p99_ms": GOAL_P99_MS,
        "goal_met": None if p99 is None else p99 < GOAL_P99_MS,
    }
    if late_ms is not None:
        result["sampler_late_ms"] = {"p50": r3(median(late_ms)), "p99": r3(pct(late_ms, 99))}
    return result


if __name__ == "__main__":
    _probe_main(sys.argv[1:])

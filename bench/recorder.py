"""pytest plugin for `make bench` (`-p bench.recorder`), inert unless BENCH_OUT names a folder.

- Controller: every test's phase durations, outcome, start/stop and `bench_*` user properties, written to
  `timings.json` (under xdist the controller sees every worker's reports).
- Each process running tests, with BENCH_RECORD=1: per browser test, the main-frame document requests
  (navigations and form posts, with their post data so `bench.floor` can replay them), the time to first
  byte of every response the browser got, and the time of every control-API call; written to
  `record-<worker>.json`. The listeners sit on the worker's context and are removed after each test.
- Each such process also samples its test environment's `/healthz` in the background while its tests run
  (bench.health, from a process of its own), written to `health-<worker>.json`.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from bench.health import HealthProbe

OUT_ENV = "BENCH_OUT"
RECORD_ENV = "BENCH_RECORD"
SAMPLE_ENV = "BENCH_SAMPLE"  # keep only this many tests, evenly spread over the sorted node ids


def _out() -> Path | None:
    folder = os.environ.get(OUT_ENV)
    return Path(folder) if folder else None


def _worker(config: pytest.Config) -> str:
    workerinput = getattr(config, "workerinput", None)
    return workerinput["workerid"] if workerinput else "master"


class _Timings:
    """Controller side: what every test cost, phase by phase."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.session_start = time.time()
        self.tests: dict[str, dict[str, Any]] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        entry = self.tests.setdefault(
            report.nodeid, {"phases": {}, "outcome": "passed", "start": report.start, "stop": report.stop, "props": {}}
        )
        entry["phases"][report.when] = report.duration
        entry["start"], entry["stop"] = min(entry["start"], report.start), max(entry["stop"], report.stop)
        entry["worker"] = getattr(report, "node", None) and report.node.gateway.id
        if report.failed:
            entry["outcome"] = "failed"
        elif report.skipped and entry["outcome"] == "passed":
            entry["outcome"] = "skipped"
        for name, value in report.user_properties:
            if name.startswith("bench_"):
                entry["props"][name] = value

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        data = {"session_start": self.session_start, "session_stop": time.time(), "tests": self.tests}
        (self.out / "timings.json").write_text(json.dumps(data))


class _TestRecord:
    """One browser test's document requests and response times, from listeners on its context."""

    def __init__(self, page) -> None:
        self.context = page.context
        self.navs: list[dict[str, Any]] = []
        self.ttfb: list[tuple[str, float]] = []  # (resource type, ms)
        self.control_ms: list[float] = []
        self._nav_of: dict[int, dict[str, Any]] = {}
        self.context.on("request", self._on_request)
        self.context.on("response", self._on_response)
        self.context.on("requestfinished", self._on_finished)

    def _on_request(self, request) -> None:
        if not request.is_navigation_request() or request.redirected_from is not None:
            return
        if request.frame.parent_frame is not None:
            return
        nav = {"method": request.method, "url": request.url, "post": request.post_data, "status": None}
        self.navs.append(nav)
        self._nav_of[id(request)] = nav

    def _on_response(self, response) -> None:
        # A redirect's follow-up request is a new object: walk back to the navigation it started from.
        request = response.request
        while request.redirected_from is not None:
            request = request.redirected_from
        nav = self._nav_of.get(id(request))
        if nav is not None:
            nav["status"] = response.status  # the last answer of a redirect chain is the page shown

    def _on_finished(self, request) -> None:
        timing = request.timing
        if timing.get("requestStart", -1) >= 0 and timing.get("responseStart", -1) >= 0:
            self.ttfb.append((request.resource_type, timing["responseStart"] - timing["requestStart"]))

    def detach(self) -> None:
        self.context.remove_listener("request", self._on_request)
        self.context.remove_listener("response", self._on_response)
        self.context.remove_listener("requestfinished", self._on_finished)


_records: dict[str, dict[str, Any]] = {}
_current: list[_TestRecord] = []
_samplers: dict[str, HealthProbe] = {}  # by environment URL: one per process's test environment
_health: dict[str, dict[str, Any]] = {}  # what the stopped samplers measured


def _sample_health(request: pytest.FixtureRequest) -> None:
    """Once the worker's target is up, sample its /healthz until the session ends."""
    from fixtures.environment import LIVE_TARGET_KEY  # the suite's own; bench is tooling beside it

    target = request.config.stash.get(LIVE_TARGET_KEY, None)
    if target is not None and target.base_url not in _samplers:
        _samplers[target.base_url] = HealthProbe(target.base_url).start()


_hooked_clients: set[int] = set()


def _time_control_calls(client) -> None:
    """Adds httpx event hooks once per client: each call's time to the response headers."""
    if client is None or id(client) in _hooked_clients:
        return
    _hooked_clients.add(id(client))

    def started(request) -> None:
        request.extensions["bench_t0"] = time.perf_counter()

    def answered(response) -> None:
        t0 = response.request.extensions.get("bench_t0")
        if t0 is not None and _current:
            _current[-1].control_ms.append((time.perf_counter() - t0) * 1000)

    client.event_hooks["request"].append(started)
    client.event_hooks["response"].append(answered)


@pytest.fixture(autouse=True)
def _bench_record(request: pytest.FixtureRequest):
    if not (_out() and os.environ.get(RECORD_ENV) == "1" and "page" in request.fixturenames):
        yield
        return
    page = request.getfixturevalue("page")
    _sample_health(request)
    if "_control_http" in request.fixturenames:
        _time_control_calls(request.getfixturevalue("_control_http"))
    record = _TestRecord(page)
    _current.append(record)
    yield
    _current.remove(record)
    record.detach()
    _records[request.node.nodeid] = {"navs": record.navs, "ttfb": record.ttfb, "control_ms": record.control_ms}


def pytest_configure(config: pytest.Config) -> None:
    out = _out()
    if out is None:
        return
    out.mkdir(parents=True, exist_ok=True)
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(_Timings(out), "bench-timings")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """BENCH_SAMPLE=k: the same k tests in every process (xdist workers must agree), in collected order."""
    size = int(os.environ.get(SAMPLE_ENV) or 0)
    if not _out() or not 0 < size < len(items):
        return
    ids = sorted(item.nodeid for item in items)
    keep = {ids[round(i * (len(ids) - 1) / max(1, size - 1))] for i in range(size)}
    config.hook.pytest_deselected(items=[item for item in items if item.nodeid not in keep])
    items[:] = [item for item in items if item.nodeid in keep]


def pytest_sessionfinish(session: pytest.Session) -> None:
    out = _out()
    if out is not None and _records:
        (out / f"record-{_worker(session.config)}.json").write_text(json.dumps(_records))
    _stop_samplers()
    if out is not None and _health:
        (out / f"health-{_worker(session.config)}.json").write_text(json.dumps(_health))


def _stop_samplers() -> None:
    for url, sampler in list(_samplers.items()):
        _health[url] = {"samples_ms": sampler.stop(), "failures": sampler.failures, "late_ms": sampler.late_ms}
        del _samplers[url]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    """After the process's last test, stop sampling before its fixtures stop the test environment (a sample
    of an environment that is shutting down would count as a failure)."""
    if nextitem is None:
        _stop_samplers()
    return (yield)

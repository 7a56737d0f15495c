"""bench.health: the background /healthz sampler of `make bench`'s regression stage, its summary, and how
bench.run and bench.report carry it (issue #19: the health endpoint's p99 under the regression's load)."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bench.health import GOAL_P99_MS, TIMEOUT_S, HealthProbe, HealthSampler, keep_alive_get, summary
from bench.run import read_health


class _Slow(BaseHTTPRequestHandler):
    delay_s = 0.05
    asked = threading.Semaphore(0)  # released once per /healthz answered

    def do_GET(self) -> None:
        threading.Event().wait(self.delay_s)  # a server that takes this long to answer
        if self.path == "/healthz":
            self.asked.release()
        body = b'{"status": "ok"}' if self.path == "/healthz" else b"{}"
        self.send_response(200 if self.path == "/healthz" else 404)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server():
    _Slow.asked = threading.Semaphore(0)  # no permit left over from another test's requests
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_the_sampler_measures_each_answer_of_a_real_server_in_the_background(server: str) -> None:
    answered = threading.Semaphore(0)
    keep_alive = keep_alive_get()

    def get(url: str) -> None:
        keep_alive(url)
        answered.release()

    sampler = HealthSampler(server + "/", interval_s=0.1, get=get).start()
    # The sampler's own thread works meanwhile: this is the test's "regression".
    assert all(answered.acquire(timeout=20) for _ in range(3)), "the sampler did not ask three times"
    samples = sampler.stop()
    assert len(samples) >= 3, samples
    assert all(s >= _Slow.delay_s * 1000 for s in samples), samples  # each includes the server's 50 ms
    assert sampler.failures == 0
    assert sampler.url == server + "/healthz"
    assert len(sampler.late_ms) == len(samples) and all(late >= 0 for late in sampler.late_ms)


def test_the_default_client_keeps_one_connection_for_every_sample(server: str) -> None:
    # A client per request (httpx.get) builds a TLS context each time: ~20 ms of the sampler's own CPU
    # that the figures counted as the server's latency.
    ports: set[int] = set()
    answered = threading.Semaphore(0)

    class _Counting(_Slow):
        delay_s = 0.0

        def do_GET(self) -> None:
            ports.add(self.client_address[1])
            super().do_GET()
            answered.release()

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    _Counting.protocol_version = "HTTP/1.1"  # keep-alive, as uvicorn
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        sampler = HealthSampler(f"http://127.0.0.1:{httpd.server_address[1]}", interval_s=0.01).start()
        assert all(answered.acquire(timeout=20) for _ in range(5))
        sampler.stop()
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert len(ports) == 1, ports


def test_a_failing_health_check_counts_as_the_worst_latency() -> None:
    def refused(url: str) -> None:
        raise ConnectionError(url)

    tried = threading.Semaphore(0)

    def refused_once_more(url: str) -> None:
        tried.release()
        refused(url)

    sampler = HealthSampler("http://127.0.0.1:9", interval_s=0.01, get=refused_once_more).start()
    assert all(tried.acquire(timeout=20) for _ in range(3))
    samples = sampler.stop()
    assert samples and all(s == TIMEOUT_S * 1000 for s in samples)
    assert sampler.failures == len(samples)


def test_stop_ends_the_thread_promptly() -> None:
    asked = threading.Event()
    sampler = HealthSampler("http://x", interval_s=60, get=lambda url: asked.set()).start()
    assert asked.wait(20)  # the thread now waits out its 60 s interval
    t0 = time.perf_counter()
    sampler.stop()
    assert time.perf_counter() - t0 < 1 and not sampler._thread.is_alive()


def test_summary_gives_the_p99_and_whether_it_meets_the_goal() -> None:
    fast = [5.0] * 99 + [150.0]  # one slow answer in a hundred: p99 is still the fast one
    assert summary(fast)["p99"] == 5.0 and summary(fast)["goal_met"] is True
    slow = [5.0] * 98 + [150.0, 150.0]
    assert summary(slow)["p99"] == 150.0 and summary(slow)["goal_met"] is False
    assert summary(slow)["max"] == 150.0 and summary(slow)["goal_p99_ms"] == GOAL_P99_MS
    assert summary([])["goal_met"] is None and summary([])["n"] == 0


def test_the_runs_health_files_of_every_worker_are_read_together(tmp_path: Path) -> None:
    (tmp_path / "health-gw0.json").write_text(json.dumps({"http://a": {"samples_ms": [1.0, 2.0], "failures": 0}}))
    (tmp_path / "health-gw1.json").write_text(json.dumps({"http://b": {"samples_ms": [3.0], "failures": 1}}))
    (tmp_path / "health-gw2.json").write_text(
        json.dumps({"http://c": {"samples_ms": [4.0], "failures": 0, "late_ms": [0.5]}})
    )
    assert read_health(tmp_path) == ([1.0, 2.0, 3.0, 4.0], 1, [0.5])
    assert read_health(tmp_path / "missing") == ([], 0, [])
    assert summary([4.0], late_ms=[0.5])["sampler_late_ms"] == {"p50": 0.5, "p99": 0.5}


def test_the_report_states_the_healthz_p99_and_its_goal() -> None:
    from bench.report import _healthz_meaning

    r = {"environment": {"healthz_ms": summary([10.0, 20.0, 300.0])}}
    text = _healthz_meaning(r)
    assert "goal < 100.0 ms" in text and "not met" in text and "n 3" in text


def test_the_probe_samples_from_a_process_of_its_own_until_stopped(server: str) -> None:
    probe = HealthProbe(server, interval_s=0.05).start()
    try:
        # The child answers only once stopped; wait for the server to have been asked instead of sleeping.
        assert _Slow.asked.acquire(timeout=20), "the probe never asked /healthz"
    finally:
        samples = probe.stop()
    assert samples and all(s >= _Slow.delay_s * 1000 for s in samples), samples
    assert probe.failures == 0 and len(probe.late_ms) == len(samples)


def test_a_probe_against_nothing_counts_failures_not_a_crash() -> None:
    probe = HealthProbe("http://127.0.0.1:9", interval_s=0.05).start()
    samples = probe.stop()
    assert probe.failures == len(samples)
    assert all(s == TIMEOUT_S * 1000 for s in samples)

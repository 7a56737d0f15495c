"""The fault injection the suite is proven with: added latency, a share of requests answered 500, and an
SMS gateway that drops everything. Each works as its start option says, and never touches the control
API or the health check (the suite must be able to set up, inspect and notice the target under faults)."""

from __future__ import annotations

import argparse
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from starlette.requests import Request

from testenv.__main__ import parse_latency
from testenv.app import create_app
from testenv.config import Settings
from testenv.core.outbox import send

TOKEN = "faults"


def client(tmp_path: Path, **faults) -> TestClient:
    settings = Settings(db_path=tmp_path / "t.db", test_mode=True, control_token=TOKEN, **faults)
    return TestClient(create_app(settings), base_url="http://127.0.0.1", headers={"X-Testenv-Token": TOKEN})


@pytest.mark.parametrize(("text", "bounds"), [("0-1000", (0, 1000)), ("250", (250, 250)), ("0", (0, 0))])
def test_latency_option_reads_a_fixed_value_or_a_range(text: str, bounds: tuple[int, int]) -> None:
    assert parse_latency(text) == bounds


@pytest.mark.parametrize("text", ["fast", "5-1", "-3", "1-x"])
def test_latency_option_refuses_nonsense_clearly(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="latency"):
        parse_latency(text)


def test_latency_delays_pages_but_not_the_control_api_or_health_check(tmp_path: Path) -> None:
    with client(tmp_path, latency_ms=(300, 400)) as c:
        for path in ("/en/login", "/udi/en/login"):
            started = time.perf_counter()
            assert c.get(path).status_code == 200
            assert time.perf_counter() - started >= 0.3, f"{path} was not delayed"
        for path in ("/healthz", "/__testenv__/defects"):
            fastest = min(_timed(c, path) for _ in range(3))
            assert fastest < 0.3, f"{path} was delayed ({fastest:.2f} s)"


def _timed(c: TestClient, path: str) -> float:
    started = time.perf_counter()
    assert c.get(path).status_code == 200
    return time.perf_counter() - started


def test_an_error_rate_answers_about_that_share_with_a_clear_500(tmp_path: Path) -> None:
    with client(tmp_path, error_rate=0.3) as c:
        answers = [c.get("/en/login") for _ in range(200)]
    failed = [a for a in answers if a.status_code == 500]
    # Binomial(200, 0.3): mean 60, standard deviation 6.5; 30..90 is more than four of them either side.
    assert 30 <= len(failed) <= 90, len(failed)
    assert all(a.status_code == 200 for a in answers if a not in failed)
    assert "Injected fault" in failed[0].text and "Internal Server Error" in failed[0].text


def test_an_error_rate_of_one_spares_the_control_api_and_the_health_check(tmp_path: Path) -> None:
    with client(tmp_path, error_rate=1.0) as c:
        assert c.get("/en/login").status_code == 500
        assert c.get("/healthz").status_code == 200
        assert c.get("/__testenv__/defects").status_code == 200
        assert c.get("/static/style.css").status_code == 200


@pytest.mark.parametrize("drop_sms", [False, True])
def test_drop_sms_swallows_sms_but_not_email(tmp_path: Path, drop_sms: bool) -> None:
    app = create_app(Settings(db_path=tmp_path / "t.db", test_mode=True, control_token=TOKEN, drop_sms=drop_sms))
    request = Request({"type": "http", "app": app, "headers": [], "path": "/"})
    at = datetime.now(UTC)
    with app.state.env.db.write() as conn:
        send(request, conn, "sms", "41234567", "", "code 123456", at)
        send(request, conn, "email", "kari@example.com", "Hello", "body", at)
    with sqlite3.connect(tmp_path / "t.db") as conn:
        channels = sorted(r[0] for r in conn.execute("SELECT channel FROM outbox"))
    assert channels == (["email"] if drop_sms else ["email", "sms"])

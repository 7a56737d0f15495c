"""Guide 000's self-identified user exists only before its sunset (testenv/core/timeline.py, 19 June 2026): the
environment's own tests of it send their requests in a scope whose clock is in 2025, as the suite's guide-000
era does (fixtures/era.py). `offset_s(later)` is that clock moved on by `later` seconds, for a second scope."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TypeVar

import httpx
from fastapi.testclient import TestClient

from testenv.core.clock import OSLO
from testenv.core.timeline import SELF_IDENTIFIED_UNTIL

BEFORE_SUNSET = datetime(2025, 10, 1, 12, tzinfo=OSLO)
SCOPE = "before-sunset"
assert BEFORE_SUNSET < SELF_IDENTIFIED_UNTIL
C = TypeVar("C", TestClient, httpx.Client)


def offset_s(later_s: float = 0.0) -> float:
    return (BEFORE_SUNSET - datetime.now(UTC)).total_seconds() + later_s


def before_sunset(client: C, scope: str = SCOPE) -> C:
    """`client`'s requests from now on run on a clock in 2025 (needs the control token in its headers)."""
    answer = client.put(f"/__testenv__/scopes/{scope}", json={"clock_offset_s": offset_s()})
    assert answer.status_code == 200, answer.text
    client.headers["X-Testenv-Scope"] = scope
    return client

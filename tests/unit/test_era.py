"""Eras (fixtures/era.py): a test pinned with `set_clock_at` keeps that start when it moves its clock, and a
target says in targets.toml whether it still offers guide 000's self-identified user."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from fixtures.control import ControlApi
from fixtures.data.timeline import EMAIL_LOGIN_FROM, SELF_IDENTIFIED_UNTIL
from fixtures.era import GUIDE_000_AT
from fixtures.targets import load_named


def recording_control() -> tuple[ControlApi, list[float]]:
    offsets: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        offsets.append(json.loads(request.content)["clock_offset_s"])
        return httpx.Response(200, json={})

    http = httpx.Client(base_url="http://control.test", transport=httpx.MockTransport(answer))
    return ControlApi(http, "scope-1"), offsets


def test_an_offset_moves_the_clock_from_the_pinned_start_not_from_today() -> None:
    control, offsets = recording_control()
    control.set_clock_at(GUIDE_000_AT)
    control.set_clock_offset(timedelta(minutes=59))
    start = GUIDE_000_AT - datetime.now(UTC)
    assert abs(offsets[0] - start.total_seconds()) < 5
    assert abs(offsets[1] - (start + timedelta(minutes=59)).total_seconds()) < 5


def test_without_a_pinned_start_an_offset_is_from_today() -> None:
    control, offsets = recording_control()
    control.set_clock_offset(timedelta(minutes=61))
    assert offsets == [61 * 60]


def test_set_clock_at_refuses_a_naive_datetime() -> None:
    control, _ = recording_control()
    with pytest.raises(ValueError):
        control.set_clock_at(datetime(2025, 10, 1, 12))


def test_guide_000s_era_is_before_email_login_and_the_sunset() -> None:
    assert GUIDE_000_AT < EMAIL_LOGIN_FROM < SELF_IDENTIFIED_UNTIL


def test_a_target_says_whether_it_still_offers_the_self_identified_user(tmp_path: Path) -> None:
    path = tmp_path / "targets.toml"
    path.write_text(
        '[targets.old]\nbase_url = "https://old.example"\nself_identified = true\n'
        '[targets.new]\nbase_url = "https://new.example"\n'
    )
    assert load_named("old", path).self_identified is True
    assert load_named("new", path).self_identified is False

"""The sunset of guide 000's self-identified user (testenv/services/altinn/sunset.py): offered before
19 June 2026 00:00 in Norway, answered with 410 Gone and the page that leads to Altinn's log-in from then on."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from testenv.core.timeline import SELF_IDENTIFIED_UNTIL

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
OLD = (
    "/en/login/without-id",
    "/en/login/without-id/create",
    "/en/login/without-id/created",
    "/ui/Authentication/SelfIdentified?lang=en",
)
CONTROL = "/__testenv__"


def at(client: TestClient, when: datetime, scope: str = "sunset") -> TestClient:
    offset = (when - datetime.now(UTC)).total_seconds()
    assert client.put(f"{CONTROL}/scopes/{scope}", json={"clock_offset_s": offset}).status_code == 200
    client.headers["X-Testenv-Scope"] = scope
    return client


@pytest.mark.parametrize("path", OLD)
def test_on_the_default_clock_the_old_addresses_are_gone_with_a_way_on(client: TestClient, path: str) -> None:
    answer = client.get(path)  # the default clock is the real date, after the sunset
    assert answer.status_code == 410
    assert 'href="/en/login"' in answer.text and 'type="password"' not in answer.text
    assert 'href="/en/login/without-id/forgot"' in answer.text  # the old account's password, for linking it


@pytest.mark.parametrize(
    "when, offered",
    [
        (SELF_IDENTIFIED_UNTIL - timedelta(seconds=30), True),
        (SELF_IDENTIFIED_UNTIL + timedelta(seconds=30), False),  # 22:00:30 UTC: Norway's midnight, not UTC's
    ],
    ids=["23:59:30 Oslo", "00:00:30 Oslo"],
)
def test_the_sunset_is_midnight_in_norway(client: TestClient, when: datetime, offered: bool) -> None:
    at(client, when)
    assert client.get("/ui/Authentication/SelfIdentified?lang=en").status_code == (200 if offered else 410)
    alternative = client.get("/en/login/alternative").text
    assert ('href="/en/login/without-id"' in alternative) is offered


def test_a_log_in_form_sent_after_midnight_logs_nobody_in_and_counts_no_failure(client: TestClient) -> None:
    user = {"username": "kari", "email": "kari@example.no", "password": "abcdefg1"}
    assert client.post(f"{CONTROL}/altinn/users", json=user).status_code == 201
    at(client, SELF_IDENTIFIED_UNTIL - timedelta(minutes=1))
    token = CSRF.search(client.get("/ui/Authentication/SelfIdentified?lang=en").text).group(1)
    at(client, SELF_IDENTIFIED_UNTIL + timedelta(minutes=1))
    for password in ("abcdefg1", "wrong0000"):
        data = {"csrf_token": token, "username": "kari", "password": password}
        assert client.post("/ui/Authentication/SelfIdentified?lang=en", data=data).status_code == 410
    assert client.get("/en/inbox").headers["location"] == "/en/login"
    kept = client.get(f"{CONTROL}/altinn/users/kari").json()
    assert kept["failed_logins"] == 0  # the old account is kept as it was, for linking


def test_a_post_after_the_sunset_still_needs_its_csrf_token(client: TestClient) -> None:
    assert client.post("/en/login/without-id/create", data={"username": "x"}).status_code == 403


def test_after_the_sunset_a_new_password_leads_to_altinns_log_in(client: TestClient) -> None:
    at(client, SELF_IDENTIFIED_UNTIL + timedelta(days=1))  # an old account's password, reset after the sunset
    assert (
        client.post(
            f"{CONTROL}/altinn/users", json={"username": "ola", "email": "o@example.no", "password": "abcdefg1"}
        ).status_code
        == 201
    )
    token = CSRF.search(client.get("/en/login/without-id/forgot").text).group(1)
    client.post("/en/login/without-id/forgot", data={"csrf_token": token, "username": "ola", "email": "o@example.no"})
    mail = client.get(f"{CONTROL}/outbox/email", params={"to": "o@example.no"}).json()[-1]["body"]
    reset = re.search(r"/en/login/without-id/reset/[A-Za-z0-9_-]+", mail).group(0)
    token = CSRF.search(client.get(reset).text).group(1)
    done = client.post(reset, data={"csrf_token": token, "password": "newpass12", "confirm_password": "newpass12"})
    assert done.status_code == 200 and 'href="/en/login"' in done.text and "SelfIdentified" not in done.text


@pytest.mark.parametrize(
    "defect, when",
    [
        ("altinn.sunset_ignored", SELF_IDENTIFIED_UNTIL + timedelta(days=100)),
        ("altinn.sunset_one_day_late", SELF_IDENTIFIED_UNTIL + timedelta(hours=12)),
        ("altinn.sunset_utc", SELF_IDENTIFIED_UNTIL + timedelta(minutes=30)),
    ],
)
def test_the_sunset_defects_keep_the_old_log_in(
    make_client: Callable[..., TestClient], defect: str, when: datetime
) -> None:
    with make_client(defect) as client:
        at(client, when)
        assert client.get("/ui/Authentication/SelfIdentified?lang=en").status_code == 200


def test_an_environment_started_with_clock_before_the_sunset_shows_guide_000s_altinn(make_client) -> None:
    before = (SELF_IDENTIFIED_UNTIL - timedelta(days=30) - datetime.now(UTC)).total_seconds()
    with make_client(clock_offset_s=before) as old:
        assert old.get("/ui/Authentication/SelfIdentified?lang=en").status_code == 200  # no scope: the start clock
        assert 'href="/en/login/without-id"' in old.get("/en/login/alternative").text
        at(old, SELF_IDENTIFIED_UNTIL + timedelta(minutes=1))  # a test's own scope still wins
        assert old.get("/ui/Authentication/SelfIdentified?lang=en").status_code == 410


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2025-10-01", datetime(2025, 9, 30, 22, 0, tzinfo=UTC)),  # midnight in Oslo (summer time)
        ("2026-01-15T12:00", datetime(2026, 1, 15, 11, 0, tzinfo=UTC)),  # noon in Oslo (winter time)
        ("2026-01-15T12:00+00:00", datetime(2026, 1, 15, 12, 0, tzinfo=UTC)),
    ],
)
def test_clock_is_norwegian_time_unless_an_offset_is_given(text: str, expected: datetime) -> None:
    from testenv.__main__ import parse_args

    assert parse_args(["--clock", text]).clock == expected


@pytest.mark.parametrize("text", ["yesterday", "2025-13-01", ""])
def test_a_clock_that_is_no_date_is_refused_with_an_example(text: str, capsys) -> None:
    from testenv.__main__ import parse_args

    with pytest.raises(SystemExit):
        parse_args(["--clock", text])
    assert "is not an ISO date such as 2025-10-01" in capsys.readouterr().err

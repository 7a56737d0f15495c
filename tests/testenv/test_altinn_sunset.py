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

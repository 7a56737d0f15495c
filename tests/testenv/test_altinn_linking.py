"""Linking an old self-identified account to an e-mail log-in (testenv/services/altinn/linking.py, links.py)
over HTTP: who may start it, the old credentials under guide 000's lockout, one e-mail account per old account,
the actor list and its messages, and broken input answered without a 5xx."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
CONTROL = "/__testenv__"
SIGN_IN = "/en/profile/add-account/sign-in"
OLD = {"username": "kari", "email": "kari@example.no", "password": "abcdefg1"}


def _email_session(client: TestClient, address: str) -> None:
    made = client.post(f"{CONTROL}/altinn/idporten-sessions", json={"email": address})
    assert made.status_code == 201, made.text
    client.cookies.set(made.json()["cookie"]["name"], made.json()["cookie"]["value"])


def _sign_in(client: TestClient, username: str, password: str):
    token = CSRF.search(client.get(SIGN_IN).text).group(1)
    return client.post(SIGN_IN, data={"csrf_token": token, "username": username, "password": password})


@pytest.fixture
def old(client: TestClient) -> dict:
    assert client.post(f"{CONTROL}/altinn/users", json=OLD).status_code == 201
    return OLD


def test_an_email_person_links_the_old_account_and_sees_its_messages(client: TestClient, old: dict) -> None:
    client.post(f"{CONTROL}/altinn/messages", json={"title": "Old letter", "username": "kari"})
    client.post(f"{CONTROL}/altinn/messages", json={"title": "New letter", "email": "k@example.no"})
    _email_session(client, "K@Example.no")
    inbox = client.get("/en/inbox").text
    assert 'href="/en/profile/add-account"' in inbox and "New letter" in inbox and "Old letter" not in inbox
    answer = _sign_in(client, "KARI", "abcdefg1")  # usernames compare without case, as at the old log-in
    assert answer.status_code == 303 and answer.headers["location"] == "/en/inbox"
    inbox = client.get("/en/inbox").text
    assert 'role="status"' in inbox and 'href="/en/inbox?actor=legacy:' in inbox
    actor = re.search(r'href="/en/inbox\?actor=(legacy:\d+)"', inbox).group(1)
    chosen = client.get(f"/en/inbox?actor={actor}").text
    assert "Old letter" in chosen and "New letter" not in chosen
    everyone = client.get("/en/inbox?actor=all").text
    assert "Old letter" in everyone and "New letter" in everyone
    assert client.get(f"{CONTROL}/altinn/links", params={"email": "k@example.no"}).json()["linked"] == ["kari"]


def test_a_wrong_password_is_refused_counted_and_locks_as_at_the_old_log_in(client: TestClient, old: dict) -> None:
    _email_session(client, "k@example.no")
    assert [_sign_in(client, "kari", "wrong0000").status_code for _ in range(3)] == [401, 401, 423]
    assert _sign_in(client, "kari", "abcdefg1").status_code == 423  # the right password too
    assert client.get(f"{CONTROL}/altinn/links", params={"username": "kari"}).json()["email"] is None
    assert _sign_in(client, "nobody", "wrong0000").status_code == 401  # an unknown name is never locked


def test_an_account_linked_elsewhere_is_refused_and_stays(client: TestClient, old: dict) -> None:
    assert client.post(f"{CONTROL}/altinn/links", json={"username": "kari", "email": "a@example.no"}).status_code == 201
    assert client.post(f"{CONTROL}/altinn/links", json={"username": "kari", "email": "b@example.no"}).status_code == 409
    _email_session(client, "b@example.no")
    assert _sign_in(client, "kari", "abcdefg1").status_code == 409
    assert client.get(f"{CONTROL}/altinn/links", params={"username": "kari"}).json()["email"] == "a@example.no"
    _email_session(client, "a@example.no")
    assert _sign_in(client, "kari", "abcdefg1").status_code == 303  # again to the same account: fine


def test_only_an_email_log_in_links(client: TestClient, old: dict) -> None:
    assert client.get("/en/profile/add-account").headers["location"] == "/en/login"
    made = client.post(f"{CONTROL}/altinn/sessions", json={"username": "kari"}).json()
    client.cookies.set(made["cookie"]["name"], made["cookie"]["value"])
    assert client.get("/en/profile/add-account").headers["location"] == "/en/profile"
    assert 'href="/en/profile/add-account"' not in client.get("/en/profile").text


@pytest.mark.parametrize(
    "form",
    [
        {},
        {"username": "kari"},
        {"username": "x" * 9000, "password": "y" * 9000},
        {"username": "\x00", "password": "\x00"},
    ],
)
def test_broken_sign_in_forms_are_answered_without_a_5xx(client: TestClient, old: dict, form: dict) -> None:
    _email_session(client, "k@example.no")
    token = CSRF.search(client.get(SIGN_IN).text).group(1)
    assert 400 <= client.post(SIGN_IN, data={"csrf_token": token, **form}).status_code < 500
    assert client.post(SIGN_IN, data={"other": "1", **form}).status_code == 403  # no CSRF token: refused first
    assert client.get("/en/inbox?actor=" + "z" * 5000).status_code == 200  # an unknown actor: the person's own
    assert 400 <= client.get("/en/inbox?actor=%00").status_code < 500
    assert client.get("/xx/profile").status_code == 404


def test_the_control_api_refuses_what_it_cannot_seed(client: TestClient, old: dict) -> None:
    both = {"title": "t", "username": "kari", "email": "k@example.no"}
    bad = [{"title": "t"}, both, {"title": "", "username": "kari"}]
    assert [client.post(f"{CONTROL}/altinn/messages", json=body).status_code for body in bad] == [422, 422, 422]
    assert client.post(f"{CONTROL}/altinn/messages", json={"title": "t", "username": "nobody"}).status_code == 404
    assert client.post(f"{CONTROL}/altinn/messages", json={"title": "t", "email": "nope"}).status_code == 422
    assert client.get(f"{CONTROL}/altinn/links").status_code == 422

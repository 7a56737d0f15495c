"""Altinn's self-identified flow over HTTP (FastAPI TestClient): CSRF, refused forms, log-in, lockout,
log-out, and the defects that only routes.py can show."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from era_support import before_sunset, offset_s
from fastapi.testclient import TestClient

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
CREATE = "/en/login/without-id/create"
LOGIN = "/ui/Authentication/SelfIdentified?lang=en"
FORM_HEADERS = {"content-type": "application/x-www-form-urlencoded"}


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> Iterator[TestClient]:
    """Guide 000's flow is the subject here: a client on a clock before its sunset (era_support.py)."""
    with make_client() as c:
        yield before_sunset(c)


GOOD = {"username": "kari", "email": "kari@example.no", "password": "abcdefg1", "confirm_password": "abcdefg1"}


def post_form(client: TestClient, page: str, data: dict, action: str | None = None):
    token = CSRF.search(client.get(page).text).group(1)
    return client.post(action or page, data={**data, "csrf_token": token})


def count(client: TestClient, username: str) -> int:
    return client.get("/__testenv__/altinn/users", params={"username": username}).json()["count"]


def seed(client: TestClient, username: str = "kari", password: str = "abcdefg1") -> None:
    body = {"username": username, "email": f"{username}@example.no", "password": password}
    assert client.post("/__testenv__/altinn/users", json=body).status_code == 201


def log_in(client: TestClient, username: str, password: str):
    return post_form(client, LOGIN, {"username": username, "password": password})


# --- the create form -------------------------------------------------------------------------------
def test_a_post_without_csrf_token_is_refused_and_creates_nothing(client: TestClient) -> None:
    client.get(CREATE)  # a session exists, but the form's token is not sent
    response = client.post(CREATE, data=GOOD)
    assert response.status_code == 403
    assert count(client, "kari") == 0


def test_a_post_with_a_wrong_csrf_token_is_refused(client: TestClient) -> None:
    client.get(CREATE)
    response = client.post(CREATE, data={**GOOD, "csrf_token": "forged"})
    assert response.status_code == 403
    assert count(client, "kari") == 0


def test_a_valid_form_creates_the_user_and_emails_the_username(client: TestClient) -> None:
    response = post_form(client, CREATE, GOOD)
    assert response.status_code == 303
    assert response.headers["location"] == "/en/login/without-id/created"
    assert count(client, "kari") == 1
    mails = client.get("/__testenv__/outbox/email", params={"to": "kari@example.no"}).json()
    assert len(mails) == 1 and "kari" in mails[0]["body"]


def test_a_refused_form_names_each_field_and_stores_nothing(client: TestClient) -> None:
    response = post_form(client, CREATE, {**GOOD, "email": "", "password": "abc", "confirm_password": "abd"})
    assert response.status_code == 422
    html = response.text
    assert 'id="email" name="email"' in html and 'aria-describedby="email-error-1"' in html
    assert 'aria-describedby="password-error-1 password-error-2"' in html  # too short and no digit
    assert 'aria-describedby="confirm_password-error-1"' in html
    assert 'value="kari"' in html and "abcdefg1" not in html and 'value="abc"' not in html
    assert count(client, "kari") == 0


def test_a_taken_username_in_another_case_is_refused(client: TestClient) -> None:
    seed(client, "Kari")
    response = post_form(client, CREATE, {**GOOD, "username": "kARI", "email": "other@example.no"})
    assert response.status_code == 422
    assert "This username is already taken." in response.text
    assert count(client, "kari") == 1


def test_a_duplicated_field_is_a_bad_request_not_a_crash(client: TestClient) -> None:
    token = CSRF.search(client.get(CREATE).text).group(1)
    response = client.post(CREATE, content=f"csrf_token={token}&username=a&username=b", headers=FORM_HEADERS)
    assert response.status_code == 400
    assert count(client, "a") == 0


def test_a_far_too_long_field_is_refused_not_a_crash(client: TestClient) -> None:
    response = post_form(client, CREATE, {**GOOD, "username": "k" * 20_000})
    assert response.status_code == 413


# --- log-in, lockout, log-out ------------------------------------------------------------------------
def test_log_in_answers_302_to_the_inbox_at_level_0(client: TestClient) -> None:
    seed(client)
    response = log_in(client, "KARI", "abcdefg1")  # the username in any case
    assert response.status_code == 302
    assert response.headers["location"] == "/en/inbox"
    inbox = client.get("/en/inbox")
    assert "Logged in as kari" in inbox.text and "Security level: 0" in inbox.text


@pytest.mark.parametrize("username, password", [("kari", "abcdefg2"), ("kari", "ABCDEFG1"), ("nobody", "abcdefg1")])
def test_wrong_credentials_get_one_message(client: TestClient, username: str, password: str) -> None:
    seed(client)
    response = log_in(client, username, password)
    assert response.status_code == 401
    assert "Invalid combination of username and password." in response.text
    assert client.get("/en/inbox").headers["location"] == "/en/login"


def test_three_wrong_passwords_lock_for_60_minutes_on_the_scopes_clock(client: TestClient) -> None:
    seed(client)
    assert [log_in(client, "kari", "wrong0000").status_code for _ in range(3)] == [401, 401, 423]
    assert log_in(client, "kari", "abcdefg1").status_code == 423  # the right password is locked out too
    scope = {"X-Testenv-Scope": "later"}
    client.put("/__testenv__/scopes/later", json={"clock_offset_s": offset_s(59 * 60)})
    assert post_form_scoped(client, scope).status_code == 423
    client.put("/__testenv__/scopes/later", json={"clock_offset_s": offset_s(61 * 60)})
    assert post_form_scoped(client, scope).status_code == 302


def post_form_scoped(client: TestClient, scope: dict):
    token = CSRF.search(client.get(LOGIN, headers=scope).text).group(1)
    data = {"username": "kari", "password": "abcdefg1", "csrf_token": token}
    return client.post(LOGIN, data=data, headers=scope)


def test_unknown_users_are_never_locked_and_never_created(client: TestClient) -> None:
    assert {log_in(client, "nobody", "wrong0000").status_code for _ in range(4)} == {401}
    assert count(client, "nobody") == 0


def test_log_out_ends_the_session(client: TestClient) -> None:
    seed(client)
    log_in(client, "kari", "abcdefg1")
    response = post_form(client, "/en/inbox", {}, action="/logout")
    assert response.status_code == 303
    assert client.get("/en/inbox").headers["location"] == "/en/login"


def test_a_control_session_opens_the_inbox(client: TestClient) -> None:
    seed(client)
    cookie = client.post("/__testenv__/altinn/sessions", json={"username": "kari"}).json()["cookie"]
    client.cookies.set(cookie["name"], cookie["value"])
    assert "Logged in as kari" in client.get("/en/inbox").text


# --- defects that live in routes.py ------------------------------------------------------------------
def test_the_defect_that_stores_refused_forms(make_client: Callable[..., TestClient]) -> None:
    with make_client("altinn.refused_form_stores_user") as client:
        before_sunset(client)
        response = post_form(client, CREATE, {**GOOD, "confirm_password": "other0000"})
        assert response.status_code == 422
        assert count(client, "kari") == 1


@pytest.mark.parametrize(
    "defect, status", [("altinn.lockout_never", 401), ("altinn.lockout_30_minutes", 423)], ids=["never", "30-min"]
)
def test_lockout_defects(make_client: Callable[..., TestClient], defect: str, status: int) -> None:
    with make_client(defect) as client:
        before_sunset(client)
        seed(client)
        assert [log_in(client, "kari", "wrong0000").status_code for _ in range(3)][-1] == status
        client.put("/__testenv__/scopes/later", json={"clock_offset_s": offset_s(31 * 60)})
        later = post_form_scoped(client, {"X-Testenv-Scope": "later"}).status_code
        assert later == 302, "after 31 minutes both defects let the right password in"


def test_the_login_answers_200_defect(make_client: Callable[..., TestClient]) -> None:
    with make_client("altinn.login_answers_200") as client:
        before_sunset(client)
        seed(client)
        response = log_in(client, "kari", "abcdefg1")
        assert response.status_code == 200 and "Logged in as kari" in response.text

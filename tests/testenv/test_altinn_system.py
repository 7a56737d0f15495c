"""Altinn advanced settings, alternative log-in tabs and the end-user-system API inside the test environment."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
FNR = "31129956715"  # domain-facts §4 worked example
OTHER_FNR = "12829499914"  # domain-facts §4 synthetic example
MOBILE, REGISTER_MOBILE = "91234567", "41234567"
PASSWORD = "Hemmelig123"


def seed_person(client: TestClient, pid: str = FNR, **fields) -> None:
    body = {
        "pid": pid,
        "name": "Kari Nordmann",
        "residential_address": "Storgata 1, 0155 Oslo",
        "mobile": REGISTER_MOBILE,
        **fields,
    }
    response = client.post("/__testenv__/register/persons", json=body)
    assert response.status_code == 201, response.text


def seed_login_info(client: TestClient, pid: str = FNR, **fields) -> dict:
    body = {"pid": pid, "password": PASSWORD, "mobile": MOBILE, "allow_system": True, **fields}
    response = client.put(f"/__testenv__/altinn-system/login-info/{pid}", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def seed_system(client: TestClient, pid: str = FNR, password: str = "System123") -> int:
    response = client.post(
        "/__testenv__/altinn-system/systems", json={"owner_pid": pid, "name": "Maestro", "password": password}
    )
    assert response.status_code == 201, response.text
    return response.json()["system_id"]


def sms(client: TestClient, mobile: str = MOBILE) -> list[dict]:
    return client.get("/__testenv__/outbox/sms", params={"to": mobile}).json()


def last_code(client: TestClient, mobile: str = MOBILE) -> str:
    return re.findall(r"\d{6}", sms(client, mobile)[-1]["body"])[-1]


def post_form(client: TestClient, page: str, action: str, data: dict):
    token = CSRF.search(client.get(page).text).group(1)
    return client.post(action, data={**data, "csrf_token": token})


def log_in_as(client: TestClient, pid: str = FNR, level: int = 3) -> None:
    cookie = client.post("/__testenv__/altinn-system/sessions", json={"pid": pid, "level": level}).json()["cookie"]
    client.cookies.set(cookie["name"], cookie["value"])


# --- end-user-system API --------------------------------------------------------------------------------
def start(client: TestClient, system_id: int, password: str = "System123"):
    return client.post("/api/enduser/sessions", json={"system_id": system_id, "system_password": password})


def test_the_whole_protocol_ends_in_a_stored_submission(client: TestClient) -> None:
    seed_person(client)
    seed_login_info(client)
    system_id = seed_system(client)
    session = start(client, system_id)
    assert session.status_code == 201, session.text
    sid = session.json()["session_id"]
    user = client.post(f"/api/enduser/sessions/{sid}/user", json={"user": FNR, "password": PASSWORD})
    assert user.status_code == 200, user.text
    assert sms(client, REGISTER_MOBILE) == []  # the mobile of the advanced settings, not the register's
    pin = client.post(f"/api/enduser/sessions/{sid}/pin", json={"pin": last_code(client)})
    assert pin.json() == {"authenticated": True, "level": 2, "next": "submit"}
    sent = client.post(f"/api/enduser/sessions/{sid}/submissions", json={"form": "RF-0002", "data": {"sum": 1}})
    assert sent.status_code == 201, sent.text
    stored = client.get("/__testenv__/altinn-system/submissions", params={"system_id": system_id}).json()
    assert [s["receipt_id"] for s in stored] == [sent.json()["receipt_id"]]


def test_wrong_system_password_is_refused_and_locks_after_the_threshold(client: TestClient) -> None:
    system_id = seed_system(client)
    for _ in range(3):
        wrong = start(client, system_id, "Wrong1234")
        assert (wrong.status_code, wrong.json()["error"]) == (401, "Incorrect username/password given for system")
    locked = start(client, system_id)
    assert locked.status_code == 423
    assert locked.json()["error"] == f"The EndUserSystem System with ID: {system_id} is locked out"


def test_wrong_user_password_sends_no_sms(client: TestClient) -> None:
    seed_person(client)
    seed_login_info(client)
    sid = start(client, seed_system(client)).json()["session_id"]
    wrong = client.post(f"/api/enduser/sessions/{sid}/user", json={"user": FNR, "password": "Wrong1234"})
    assert (wrong.status_code, wrong.json()["error"]) == (401, "Incorrect username/password/pin given for user")
    assert sms(client) == []


def test_user_without_the_system_box_is_refused_before_any_sms(client: TestClient) -> None:
    seed_person(client)
    seed_login_info(client, allow_system=False)
    sid = start(client, seed_system(client)).json()["session_id"]
    refused = client.post(f"/api/enduser/sessions/{sid}/user", json={"user": FNR, "password": PASSWORD})
    assert refused.status_code == 403
    assert sms(client) == []


@pytest.mark.parametrize(
    ("headers", "content", "status"),
    [
        ({"content-type": "text/plain"}, b"{}", 415),
        ({"content-type": "application/json"}, b"{not json", 400),
        ({"content-type": "application/json"}, b"[1, 2]", 400),
        ({"content-type": "application/json"}, b'{"system_password": "x"}', 422),
        ({"content-type": "application/json"}, b"\xff\xfe", 400),
    ],
)
def test_malformed_requests_get_a_json_4xx(client: TestClient, headers: dict, content: bytes, status: int) -> None:
    response = client.post("/api/enduser/sessions", headers=headers, content=content)
    assert response.status_code == status
    assert response.json()["error"]


def test_steps_out_of_order_are_refused(client: TestClient) -> None:
    seed_person(client)
    seed_login_info(client)
    sid = start(client, seed_system(client)).json()["session_id"]
    assert client.post(f"/api/enduser/sessions/{sid}/pin", json={"pin": "123456"}).status_code == 409
    submission = {"form": "RF-0002", "data": {}}
    assert client.post(f"/api/enduser/sessions/{sid}/submissions", json=submission).status_code == 409
    assert client.post("/api/enduser/sessions/nope/user", json={"user": FNR, "password": PASSWORD}).status_code == 404


# --- alternative log-in tabs ----------------------------------------------------------------------------
def test_sms_tab_logs_in_at_level_3_with_the_box(client: TestClient) -> None:
    seed_person(client)
    seed_login_info(client, allow_level3=True)
    page = "/en/login/alternative?tab=sms"
    response = post_form(client, page, "/en/login/alternative/sms", {"pid": FNR, "password": PASSWORD})
    assert response.headers["location"] == "/en/login/alternative/sms/code"
    code_page = "/en/login/alternative/sms/code"
    done = post_form(client, code_page, code_page, {"code": last_code(client)})
    assert done.headers["location"] == "/en/inbox"
    assert "Security level: 3" in client.get("/en/inbox").text


def test_code_letter_order_then_log_in_with_the_asked_code(client: TestClient) -> None:
    seed_person(client, postal_address="Postboks 1, 0101 Oslo")
    ordered = post_form(
        client, "/nb/login/alternative/order-letter", "/nb/login/alternative/order-letter", {"pid": FNR}
    )
    assert ordered.status_code == 200
    letter = client.get("/__testenv__/outbox/post", params={"to": FNR}).json()[-1]["body"]
    assert "Postboks 1, 0101 Oslo" in letter
    codes = dict(re.findall(r"(\d\d): (\d{6})", letter))
    assert len(codes) == 30
    page = "/nb/login/alternative?tab=code-letter"
    asked = post_form(client, page, "/nb/login/alternative/code-letter", {"pid": FNR})
    code_page = asked.headers["location"]
    assert "Kode nummer 1 " in client.get(code_page).text
    done = post_form(client, code_page, code_page, {"code": codes["01"]})
    assert done.headers["location"] == "/nb/inbox"


def test_tab_pages_render_and_junk_is_never_a_5xx(client: TestClient) -> None:
    for tab in ("code-letter", "sms", "password"):
        assert client.get(f"/en/login/alternative?tab={tab}").status_code == 200
    for path in ("order-letter", "disable", "enterprise"):
        assert client.get(f"/nb/login/alternative/{path}").status_code == 200
    for action in ("sms", "password", "code-letter", "order-letter", "disable", "sms/code", "code-letter/code"):
        response = post_form(client, "/en/login/alternative", f"/en/login/alternative/{action}", {"pid": "x" * 5000})
        assert response.status_code < 500, action


# --- advanced settings ----------------------------------------------------------------------------------
def test_settings_need_a_log_in(client: TestClient) -> None:
    response = client.get("/en/profile/advanced-settings")
    assert response.status_code == 303
    assert response.headers["location"] == "/en/login/idporten?then=%2Fen%2Fprofile%2Fadvanced-settings"
    start = client.get(response.headers["location"])  # Altinn's relying party: an OpenID Connect request
    assert start.status_code == 303
    authorize = urlsplit(start.headers["location"])
    query = parse_qs(authorize.query)
    assert authorize.path == "/idporten/authorize"
    assert query["client_id"] == ["altinn"] and query["acr_values"] == ["idporten-loa-substantial"]
    assert query["code_challenge_method"] == ["S256"] and query["state"] and query["nonce"]


def test_settings_save_login_information(client: TestClient) -> None:
    seed_person(client)
    log_in_as(client)
    page = "/nb/profile/advanced-settings"
    data = {"username": "kari.n", "password": PASSWORD, "mobile": "912 34 567", "allow_system": "on"}
    response = post_form(client, page, "/nb/profile/advanced-settings/login-info", data)
    assert response.status_code == 303, response.text
    info = client.get(f"/__testenv__/altinn-system/login-info/{FNR}").json()
    assert (info["username"], info["mobile"], info["has_password"], info["allow_system"]) == (
        "kari.n",
        MOBILE,
        True,
        True,
    )


@pytest.mark.parametrize("char", list("?@#&"))
def test_settings_refuse_each_special_character_and_store_nothing(client: TestClient, char: str) -> None:
    seed_person(client)
    log_in_as(client)
    page = "/en/profile/advanced-settings"
    data = {"password": f"Abc{char}12345", "mobile": MOBILE}
    response = post_form(client, page, "/en/profile/advanced-settings/login-info", data)
    assert response.status_code == 422
    assert "Altinn does not accept special characters" in response.text
    assert client.get(f"/__testenv__/altinn-system/login-info/{FNR}").status_code == 404


def test_registering_a_system_gives_an_id(client: TestClient) -> None:
    seed_person(client)
    log_in_as(client)
    page = "/en/profile/advanced-settings"
    data = {"system_name": "Maestro", "system_password": "System123"}
    assert post_form(client, page, "/en/profile/advanced-settings/systems", data).status_code == 303
    shown = client.get(page).text
    found = re.search(r"registered with ID (\d{6})", shown)
    assert found
    assert start(client, int(found.group(1))).status_code == 201

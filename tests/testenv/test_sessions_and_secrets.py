"""Sessions and one-time secrets (docs/decisions.md, "Attempt limits, sessions and one-time secrets"; issue
#19): a session lifetime on the test clock, a password reset that ends every session of the account, a new
CSRF token at log-in, and no one-time secret readable from the database file."""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
SIX_DIGITS = re.compile(r"\b(\d{6})\b")
LINK = re.compile(r"/login/without-id/reset/([A-Za-z0-9_-]+)")
ACTIVATION = re.compile(r"\b([A-Z2-9]{4}-[A-Z2-9]{4})\b")
EMAIL, PASSWORD = "kari@example.no", "Abcdefg1"
FNR, MOBILE = "31129956715", "91234567"


def token(client: TestClient, page: str) -> str:
    return CSRF.search(client.get(page).text).group(1)


def post_form(client: TestClient, page: str, action: str, data: dict) -> httpx.Response:
    return client.post(action, data={**data, "csrf_token": token(client, page)})


def outbox(client: TestClient, channel: str, to: str) -> list[dict]:
    return client.get(f"/__testenv__/outbox/{channel}", params={"to": to}).json()


def udi_account(client: TestClient) -> None:
    assert client.post(
        "/__testenv__/udi/accounts", json={"email": EMAIL, "password": PASSWORD, "name": "Kari"}
    ).is_success


def udi_session(client: TestClient) -> dict:
    return client.post("/__testenv__/udi/sessions", json={"email": EMAIL}).json()["cookie"]


def logged_in_to_udi(client: TestClient, cookie: dict) -> bool:
    client.cookies.clear()
    client.cookies.set(cookie["name"], cookie["value"])
    return client.get("/udi/en/applications").status_code == 200


# --- a password reset ends every session of the account ---------------------------------------------------
def test_udi_new_password_logs_out_every_other_browser(make_client) -> None:
    with make_client() as elsewhere, make_client() as here:
        udi_account(here)
        other = udi_session(here)
        assert logged_in_to_udi(elsewhere, other)
        post_form(here, "/udi/en/forgot", "/udi/en/forgot", {"email": EMAIL})
        code = SIX_DIGITS.findall(outbox(here, "email", EMAIL)[-1]["body"])[-1]
        post_form(here, "/udi/en/forgot/verify", "/udi/en/forgot/verify", {"code": code})
        done = post_form(here, "/udi/en/forgot/password", "/udi/en/forgot/password", {"password": "Newpass12"})
        assert done.headers["location"] == "/udi/en/login"
        assert not logged_in_to_udi(elsewhere, other), "the other browser is still logged in with the old password"


def test_altinn_new_password_logs_out_every_other_browser(make_client) -> None:
    with make_client() as elsewhere, make_client() as here:
        body = {"username": "kari", "email": EMAIL, "password": "Passord123"}
        assert here.post("/__testenv__/altinn/users", json=body).status_code == 201
        cookie = here.post("/__testenv__/altinn/sessions", json={"username": "kari"}).json()["cookie"]
        elsewhere.cookies.set(cookie["name"], cookie["value"])
        assert elsewhere.get("/en/inbox").status_code == 200
        forgot = "/en/login/without-id/forgot"
        post_form(here, forgot, forgot, {"username": "kari", "email": EMAIL})
        path = f"/en/login/without-id/reset/{LINK.search(outbox(here, 'email', EMAIL)[-1]['body']).group(1)}"
        done = post_form(here, path, path, {"password": "Nyttpass123", "confirm_password": "Nyttpass123"})
        assert done.status_code == 200
        assert elsewhere.get("/en/inbox").status_code != 200, "the other browser is still logged in"


# --- CSRF token and session lifetime ----------------------------------------------------------------------
def test_the_csrf_token_changes_at_log_in_and_the_old_one_is_refused(client: TestClient) -> None:
    udi_account(client)
    before = token(client, "/udi/en/login")
    answer = client.post("/udi/en/login", data={"email": EMAIL, "password": PASSWORD, "csrf_token": before})
    assert answer.headers["location"] == "/udi/en/applications"
    after = token(client, "/udi/en/applications")
    assert after != before
    assert client.post("/udi/logout", data={"lang": "en", "csrf_token": before}).status_code == 403


def test_an_idle_session_ends_after_2_hours_on_the_test_clock(client: TestClient) -> None:
    client.headers["X-Testenv-Scope"] = "idle"
    client.put("/__testenv__/scopes/idle", json={"clock_offset_s": 0})
    udi_account(client)
    cookie = udi_session(client)
    client.cookies.set(cookie["name"], cookie["value"])
    assert client.get("/udi/en/applications").status_code == 200
    client.put("/__testenv__/scopes/idle", json={"clock_offset_s": timedelta(minutes=119).total_seconds()})
    assert client.get("/udi/en/applications").status_code == 200  # used: the idle time starts again
    client.put("/__testenv__/scopes/idle", json={"clock_offset_s": timedelta(minutes=119 + 121).total_seconds()})
    assert client.get("/udi/en/applications").status_code == 303


def test_a_session_ends_12_hours_after_it_began_however_busy(client: TestClient) -> None:
    client.headers["X-Testenv-Scope"] = "busy"
    udi_account(client)
    cookie = udi_session(client)
    client.cookies.set(cookie["name"], cookie["value"])
    for minutes in range(0, 12 * 60, 100):
        client.put("/__testenv__/scopes/busy", json={"clock_offset_s": minutes * 60})
        assert client.get("/udi/en/applications").status_code == 200, f"ended after {minutes} minutes"
    client.put("/__testenv__/scopes/busy", json={"clock_offset_s": (12 * 60 + 1) * 60})
    assert client.get("/udi/en/applications").status_code == 303


# --- one-time secrets are never in the database file in clear (nor as an unsalted SHA-256) -----------------
def _database_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists())


def test_no_sent_secret_can_be_read_from_the_database_file(client: TestClient, tmp_path: Path) -> None:
    sent: list[str] = []
    person = {"pid": FNR, "name": "Kari Nordmann", "residential_address": "Storgata 1, 0155 Oslo", "mobile": "41234567"}
    client.post("/__testenv__/register/persons", json={**person, "eids": ["bankid"]})
    # ID-porten's SMS code
    post_form(client, "/idporten/en/eid/bankid", "/idporten/en/eid/bankid", {"pid": FNR})
    sent.append(SIX_DIGITS.findall(outbox(client, "sms", "41234567")[-1]["body"])[-1])
    # UDI's e-mail code
    post_form(client, "/udi/en/register", "/udi/en/register", {"email": EMAIL})
    sent.append(SIX_DIGITS.findall(outbox(client, "email", EMAIL)[-1]["body"])[-1])
    # Altinn's SMS code (log-in tab) and the end-user-system API's pin
    info = {"pid": FNR, "password": "Hemmelig123", "mobile": MOBILE, "allow_system": True}
    client.put(f"/__testenv__/altinn-system/login-info/{FNR}", json=info)
    sms_tab = "/en/login/alternative?tab=sms"
    post_form(client, sms_tab, "/en/login/alternative/sms", {"pid": FNR, "password": "Hemmelig123"})
    sent.append(SIX_DIGITS.findall(outbox(client, "sms", MOBILE)[-1]["body"])[-1])
    system = client.post(
        "/__testenv__/altinn-system/systems", json={"owner_pid": FNR, "name": "M", "password": "System123"}
    )
    sid = client.post(
        "/api/enduser/sessions", json={"system_id": system.json()["system_id"], "system_password": "System123"}
    )
    client.post(f"/api/enduser/sessions/{sid.json()['session_id']}/user", json={"user": FNR, "password": "Hemmelig123"})
    sent.append(SIX_DIGITS.findall(outbox(client, "sms", MOBILE)[-1]["body"])[-1])
    # Altinn's reset link and MinID's activation code (ordered as a person would)
    client.post(
        "/__testenv__/altinn/users", json={"username": "kari", "email": "k@example.com", "password": "Passord123"}
    )
    post_form(
        client,
        "/en/login/without-id/forgot",
        "/en/login/without-id/forgot",
        {"username": "kari", "email": "k@example.com"},
    )
    sent.append(LINK.search(outbox(client, "email", "k@example.com")[-1]["body"]).group(1))
    client.post("/__testenv__/register/persons", json={**person, "pid": "12829499914"})
    post_form(client, "/minid/nb/order", "/minid/nb/order", {"pid": "12829499914"})
    post_form(client, "/minid/nb/order/phone", "/minid/nb/order/phone", {"mobile": "91111111"})
    order_code = SIX_DIGITS.findall(outbox(client, "sms", "91111111")[-1]["body"])[-1]
    sent.append(order_code)
    post_form(client, "/minid/nb/order/code", "/minid/nb/order/code", {"code": order_code})
    sent.append(ACTIVATION.search(outbox(client, "post", "Storgata 1, 0155 Oslo")[-1]["body"]).group(1))
    assert len(sent) == 7
    stored = _database_bytes(tmp_path / "t.db")
    outboxes = b"".join(
        m["body"].encode() for ch in ("sms", "email", "post") for m in client.get(f"/__testenv__/outbox/{ch}").json()
    )
    for secret in sent:
        # The outbox holds what was sent (the person's phone and mailbox); nothing else may hold the secret.
        in_clear = stored.count(secret.encode()) - outboxes.count(secret.encode())
        assert in_clear <= 0, f"a sent secret is stored in clear: {secret[:2]}…"
        for variant in {secret, secret.replace("-", "")}:
            assert hashlib.sha256(variant.encode()).hexdigest().encode() not in stored, "an unsalted SHA-256"


def test_altinn_code_letters_are_kept_only_as_keyed_hashes(client: TestClient, tmp_path: Path) -> None:
    """Altinn's code letter (30 printed codes): the post and the seeding answer show the codes; the database
    holds only keyed hashes of them, and the control API's letter listing shows no code."""
    pid = "12829499914"
    person = {"pid": pid, "name": "Kari Nordmann", "residential_address": "Storgata 1, 0155 Oslo", "mobile": MOBILE}
    client.post("/__testenv__/register/persons", json=person)
    seeded = client.post("/__testenv__/altinn-system/letters", json={"pid": pid}).json()["codes"]
    assert len(seeded) == 30
    post_form(client, "/nb/login/alternative/order-letter", "/nb/login/alternative/order-letter", {"pid": pid})
    printed = dict(re.findall(r"(\d\d): (\d{6})", outbox(client, "post", pid)[-1]["body"]))
    assert len(printed) == 30

    stored = _database_bytes(tmp_path / "t.db")
    outboxes = b"".join(m["body"].encode() for m in client.get("/__testenv__/outbox/post").json())
    for code in [*seeded, *printed.values()]:
        assert stored.count(code.encode()) - outboxes.count(code.encode()) <= 0, f"a code in clear: {code[:2]}…"
        assert hashlib.sha256(code.encode()).hexdigest().encode() not in stored, "an unsalted SHA-256"
    listed = client.get(f"/__testenv__/altinn-system/letters/{pid}").json()["active"]
    assert listed == [{"codes": 30, "used": []}]

    # The printed code still logs in (the ordered letter cancelled the seeded one).
    asked = post_form(
        client, "/nb/login/alternative?tab=code-letter", "/nb/login/alternative/code-letter", {"pid": pid}
    )
    code_page = asked.headers["location"]
    done = post_form(client, code_page, code_page, {"code": printed["01"]})
    assert done.headers["location"] == "/nb/inbox"

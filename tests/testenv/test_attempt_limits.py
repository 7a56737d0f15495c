"""Attempt limits of one-time codes and password log-ins (docs/decisions.md, "Attempt limits"; issue #19):
counted per person and flow in the database, so parallel requests, a new session or "Send a new code" do
not get round them, and once the limit is reached even the right code or password is refused."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta

import aio
import httpx
from fastapi.testclient import TestClient

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
SIX_DIGITS = re.compile(r"\b(\d{6})\b")
FNR = "31129956715"  # domain-facts §4 worked example
MOBILE = "91234567"
EMAIL = "kari@example.no"
LIMIT = 5  # wrong codes or passwords; the 5th locks (docs/decisions.md)
TOKEN = "test-token"  # tests/testenv/conftest.py


def seed_person(client, **fields) -> None:
    body = {"pid": FNR, "name": "Kari Nordmann", "residential_address": "Storgata 1, 0155 Oslo", "mobile": MOBILE}
    response = client.post("/__testenv__/register/persons", json={**body, "eids": ["bankid"], **fields})
    assert response.status_code == 201, response.text


def post_form(client: TestClient, page: str, action: str, data: dict) -> httpx.Response:
    token = CSRF.search(client.get(page).text).group(1)
    return client.post(action, data={**data, "csrf_token": token})


def last_code(client, channel: str, to: str) -> str:
    messages = client.get(f"/__testenv__/outbox/{channel}", params={"to": to}).json()
    return SIX_DIGITS.findall(messages[-1]["body"])[-1]


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def shift_clock(client: TestClient, scope: str, by: timedelta) -> None:
    client.put(f"/__testenv__/scopes/{scope}", json={"clock_offset_s": by.total_seconds()})


# --- ID-porten's one-time code -------------------------------------------------------------------------
def _bankid_code_sent(client: TestClient) -> str:
    seed_person(client)
    sent = post_form(client, "/idporten/en/eid/bankid", "/idporten/en/eid/bankid", {"pid": FNR})
    assert sent.headers["location"] == "/idporten/en/code"
    return last_code(client, "sms", MOBILE)


async def _all_at_once(client: TestClient, cookies: dict, path: str, forms: list[dict]) -> list[httpx.Response]:
    """Posts every form to `path` in one browser session, all released together by a barrier (a race)."""
    barrier = asyncio.Barrier(len(forms))
    transport = httpx.ASGITransport(app=client.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver", cookies=cookies) as http:

        async def post(form: dict) -> httpx.Response:
            await barrier.wait()
            return await http.post(path, data=form)

        return await asyncio.gather(*(post(form) for form in forms))


def test_thirty_parallel_wrong_codes_cannot_pass_the_limit_and_the_right_one_is_refused_after(
    make_client,
) -> None:
    """30 wrong codes at once, released together by a barrier: at most 4 may be answered "wrong"
    (the 5th locks), and the right code afterwards is refused (a counter in the session let them all by)."""
    with make_client() as client:
        right = _bankid_code_sent(client)
        token = CSRF.search(client.get("/idporten/en/code").text).group(1)
        cookies = dict(client.cookies)

        codes = [f"{(int(right) + 1 + n) % 1_000_000:06d}" for n in range(30)]
        forms = [{"code": code, "csrf_token": token} for code in codes]
        answers = aio.run(_all_at_once(client, cookies, "/idporten/en/code", forms))
        assert all(a.status_code in (422, 423) for a in answers), [a.status_code for a in answers]
        wrong_but_allowed = sum("Wrong code" in a.text for a in answers)
        assert wrong_but_allowed <= LIMIT - 1, f"{wrong_but_allowed} wrong codes were answered as still allowed"
        final = post_form(client, "/idporten/en/code", "/idporten/en/code", {"code": right})
        assert final.status_code == 423 and "Too many wrong codes" in final.text
        assert client.get("/idporten/en/demo-service").status_code != 200


def test_send_a_new_code_does_not_reset_the_counter(client: TestClient) -> None:
    first = _bankid_code_sent(client)
    for _ in range(LIMIT - 1):
        assert post_form(client, "/idporten/en/code", "/idporten/en/code", {"code": wrong(first)}).status_code == 422
    resent = post_form(client, "/idporten/en/code", "/idporten/en/code/resend", {})
    assert resent.status_code == 200
    fresh = last_code(client, "sms", MOBILE)
    locked = post_form(client, "/idporten/en/code", "/idporten/en/code", {"code": wrong(fresh)})
    assert locked.status_code == 423, "the 5th wrong code after a resend must lock, as without it"
    sms_before = len(client.get("/__testenv__/outbox/sms", params={"to": MOBILE}).json())
    again = post_form(client, "/idporten/en/code", "/idporten/en/code/resend", {})
    assert again.status_code == 423 and "Too many wrong codes" in again.text
    assert len(client.get("/__testenv__/outbox/sms", params={"to": MOBILE}).json()) == sms_before
    refused = post_form(client, "/idporten/en/code", "/idporten/en/code", {"code": fresh})
    assert refused.status_code == 423


def test_a_new_session_does_not_reset_the_counter(client: TestClient) -> None:
    code = _bankid_code_sent(client)
    for _ in range(LIMIT - 1):
        post_form(client, "/idporten/en/code", "/idporten/en/code", {"code": wrong(code)})
    client.cookies.clear()  # another browser, the same person
    post_form(client, "/idporten/en/eid/bankid", "/idporten/en/eid/bankid", {"pid": FNR})
    code = last_code(client, "sms", MOBILE)
    assert post_form(client, "/idporten/en/code", "/idporten/en/code", {"code": wrong(code)}).status_code == 423


def test_the_lock_ends_after_15_minutes_on_the_test_clock(client: TestClient) -> None:
    client.headers["X-Testenv-Scope"] = "limits"
    shift_clock(client, "limits", timedelta(0))
    code = _bankid_code_sent(client)
    for _ in range(LIMIT):
        post_form(client, "/idporten/en/code", "/idporten/en/code", {"code": wrong(code)})
    shift_clock(client, "limits", timedelta(minutes=14))
    assert post_form(client, "/idporten/en/code", "/idporten/en/code/resend", {}).status_code == 423
    shift_clock(client, "limits", timedelta(minutes=15, seconds=1))
    assert post_form(client, "/idporten/en/code", "/idporten/en/code/resend", {}).status_code == 200
    done = post_form(client, "/idporten/en/code", "/idporten/en/code", {"code": last_code(client, "sms", MOBILE)})
    assert done.status_code == 303


# --- MinID's order code ---------------------------------------------------------------------------------
def test_minid_order_code_is_limited_too(client: TestClient) -> None:
    seed_person(client, pid="12829499914", mobile="41234567")  # an adult without MinID (synthetic, §4)
    post_form(client, "/minid/nb/order", "/minid/nb/order", {"pid": "12829499914"})
    post_form(client, "/minid/nb/order/phone", "/minid/nb/order/phone", {"mobile": "91111111"})
    right = last_code(client, "sms", "91111111")
    for _ in range(LIMIT):
        post_form(client, "/minid/nb/order/code", "/minid/nb/order/code", {"code": wrong(right)})
    refused = post_form(client, "/minid/nb/order/code", "/minid/nb/order/code", {"code": right})
    assert refused.status_code == 423 and "For mange feil koder" in refused.text
    assert client.get("/__testenv__/outbox/post", params={"to": "Storgata 1, 0155 Oslo"}).json() == []


# --- UDI's e-mail codes ---------------------------------------------------------------------------------
def test_udi_forgot_password_code_cannot_be_guessed_in_200_tries(client: TestClient) -> None:
    client.post("/__testenv__/udi/accounts", json={"email": EMAIL, "password": "Abcdefg1", "name": "Kari"})
    post_form(client, "/udi/en/forgot", "/udi/en/forgot", {"email": EMAIL})
    right = last_code(client, "email", EMAIL)
    token = CSRF.search(client.get("/udi/en/forgot/verify").text).group(1)
    answers = [
        client.post("/udi/en/forgot/verify", data={"code": f"{n:06d}", "csrf_token": token})
        for n in range(200)
        if f"{n:06d}" != right
    ][:200]
    assert sum("The code is not correct" in a.text for a in answers) <= LIMIT - 1
    final = client.post("/udi/en/forgot/verify", data={"code": right, "csrf_token": token})
    assert final.status_code == 422 and "Too many wrong codes" in final.text
    assert client.get("/udi/en/forgot/password").status_code == 303  # not verified: back to the start


def test_udi_new_code_does_not_reset_the_counter(client: TestClient) -> None:
    post_form(client, "/udi/en/register", "/udi/en/register", {"email": EMAIL})
    for _ in range(LIMIT - 1):
        post_form(client, "/udi/en/register/verify", "/udi/en/register/verify", {"code": "000000"})
    post_form(client, "/udi/en/register/verify", "/udi/en/register/resend", {})
    right = last_code(client, "email", EMAIL)
    post_form(client, "/udi/en/register/verify", "/udi/en/register/verify", {"code": wrong(right)})
    refused = post_form(client, "/udi/en/register/verify", "/udi/en/register/verify", {"code": right})
    assert "Too many wrong codes" in refused.text


# --- password log-ins -----------------------------------------------------------------------------------
def test_minid_password_log_in_is_throttled(client: TestClient) -> None:
    client.headers["X-Testenv-Scope"] = "minid-throttle"
    shift_clock(client, "minid-throttle", timedelta(0))
    seed_person(client, minid_password="hemmelig123")
    for _ in range(LIMIT):
        failed = post_form(client, "/idporten/en/minid", "/idporten/en/minid", {"pid": FNR, "password": "feil12345"})
    assert failed.status_code == 423
    right = post_form(client, "/idporten/en/minid", "/idporten/en/minid", {"pid": FNR, "password": "hemmelig123"})
    assert right.status_code == 423 and "Too many failed log-in attempts" in right.text
    assert client.get("/__testenv__/outbox/sms", params={"to": MOBILE}).json() == []
    shift_clock(client, "minid-throttle", timedelta(minutes=16))
    later = post_form(client, "/idporten/en/minid", "/idporten/en/minid", {"pid": FNR, "password": "hemmelig123"})
    assert later.status_code == 303


def test_udi_password_log_in_is_throttled_also_for_unknown_addresses(client: TestClient) -> None:
    client.post("/__testenv__/udi/accounts", json={"email": EMAIL, "password": "Abcdefg1", "name": "Kari"})
    for email in (EMAIL, "nobody@example.no"):
        for _ in range(LIMIT):
            post_form(client, "/udi/en/login", "/udi/en/login", {"email": email, "password": "Wrongpass1"})
        right = post_form(client, "/udi/en/login", "/udi/en/login", {"email": email, "password": "Abcdefg1"})
        assert right.status_code == 423 and "Too many failed log-in attempts" in right.text


def test_udi_parallel_wrong_passwords_lock_before_the_right_one(make_client) -> None:
    with make_client() as client:
        client.post("/__testenv__/udi/accounts", json={"email": EMAIL, "password": "Abcdefg1", "name": "Kari"})
        token = CSRF.search(client.get("/udi/en/login").text).group(1)
        cookies = dict(client.cookies)

        forms = [{"email": EMAIL, "password": f"Wrongpass{n}", "csrf_token": token} for n in range(12)]
        answers = aio.run(_all_at_once(client, cookies, "/udi/en/login", forms))
        assert sum(a.status_code == 401 for a in answers) <= LIMIT - 1
        right = post_form(client, "/udi/en/login", "/udi/en/login", {"email": EMAIL, "password": "Abcdefg1"})
        assert right.status_code == 423

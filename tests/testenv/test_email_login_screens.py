"""ID-porten's e-mail log-in screens over HTTP, and Altinn's "International" → "Email login" (issue #16): the
first log-in creates the account at level 0 as epost:<lower-cased address>, the same address in another case
reaches it again; wrong, expired, reused and replaced codes, the attempt limit, bad input, CSRF, and the date."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, quote, urlsplit

import aio
import httpx
from fastapi.testclient import TestClient

from testenv.core.clock import OSLO

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
CODE = re.compile(r"\b(\d{6})\b")
ADDRESS = "Kari.Nordmann@Example.NO"


def _csrf(client: TestClient, page: str) -> str:
    found = CSRF.search(client.get(page).text)
    assert found, page
    return found.group(1)


def _follow(client: TestClient, response, until: str):
    for _ in range(6):
        assert response.status_code in (302, 303), response.text[:500]
        if urlsplit(response.headers["location"]).path == until:
            return response
        response = client.get(response.headers["location"])
    raise AssertionError(f"never reached {until}")


def _start(client: TestClient, lang: str = "en") -> None:
    """Altinn's 'Email login' → ID-porten's authorize (acr selfregistered-email) → the e-mail address screen."""
    start = client.get(f"/{lang}/login/email")
    assert start.status_code == 303, start.text[:300]
    query = parse_qs(urlsplit(start.headers["location"]).query)
    assert query["client_id"] == ["altinn"] and query["acr_values"] == ["selfregistered-email"]
    screen = client.get(start.headers["location"])
    assert screen.status_code == 303 and urlsplit(screen.headers["location"]).path == f"/idporten/{lang}/email"


def _address(client: TestClient, address: str, lang: str = "en"):
    token = _csrf(client, f"/idporten/{lang}/email")
    return client.post(f"/idporten/{lang}/email", data={"email": address, "csrf_token": token})


def _last_code(client: TestClient, address: str) -> str:
    mails = client.get("/__testenv__/outbox/email", params={"to": address}).json()
    assert mails, f"no e-mail to {address}"
    return CODE.findall(mails[-1]["body"])[-1]


def _code(client: TestClient, code: str, lang: str = "en"):
    token = _csrf(client, f"/idporten/{lang}/email/code")
    return client.post(f"/idporten/{lang}/email/code", data={"code": code, "csrf_token": token})


def _log_in(client: TestClient, address: str) -> str:
    _start(client)
    assert _address(client, address).status_code == 303
    _follow(client, _code(client, _last_code(client, address)), "/en/inbox")
    return client.get("/en/inbox").text


def _logout(client: TestClient) -> None:
    token = _csrf(client, "/en/inbox")
    _follow(client, client.post("/logout", data={"csrf_token": token}), "/en/")


def _accounts(client: TestClient, address: str) -> int:
    return client.get("/__testenv__/altinn/email-accounts", params={"email": address}).json()["count"]


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10**6:06d}"


def test_altinn_offers_international_then_email_login(client: TestClient) -> None:
    login = client.get("/en/login").text
    assert 'href="/en/login/international"' in login and ">International<" in login
    page = client.get("/nb/login/international")
    assert page.status_code == 200 and 'href="/nb/login/email"' in page.text


def test_first_log_in_creates_the_account_at_level_0_and_the_same_address_reaches_it(client: TestClient) -> None:
    inbox = _log_in(client, ADDRESS)
    assert "epost:kari.nordmann@example.no" in inbox and "Security level: 0" in inbox
    assert "A new account has been created" in inbox
    assert _accounts(client, ADDRESS) == 1
    _logout(client)
    again = _log_in(client, ADDRESS.upper())
    assert "epost:kari.nordmann@example.no" in again and "A new account has been created" not in again
    assert _accounts(client, "kari.nordmann@example.no") == 1


def test_a_wrong_code_is_refused_and_the_right_one_then_works(client: TestClient) -> None:
    _start(client)
    _address(client, ADDRESS)
    right = _last_code(client, ADDRESS)
    refused = _code(client, _wrong(right))
    assert refused.status_code == 422 and 'aria-invalid="true"' in refused.text
    _follow(client, _code(client, right), "/en/inbox")


def test_an_expired_code_is_refused(client: TestClient) -> None:
    client.headers["X-Testenv-Scope"] = "email-expiry"
    _start(client)
    _address(client, ADDRESS)
    code = _last_code(client, ADDRESS)
    client.put(
        "/__testenv__/scopes/email-expiry", json={"clock_offset_s": timedelta(minutes=10, seconds=5).total_seconds()}
    )
    refused = _code(client, code)
    assert refused.status_code == 422 and "expired" in refused.text


def test_a_used_code_does_not_log_in_again_and_a_new_code_replaces_the_old(client: TestClient) -> None:
    _log_in(client, ADDRESS)
    used = _last_code(client, ADDRESS)
    _logout(client)
    _start(client)
    _address(client, ADDRESS)
    assert _code(client, used).status_code == 422  # the used code
    first = _last_code(client, ADDRESS)
    token = _csrf(client, "/idporten/en/email/code")
    resent = client.post("/idporten/en/email/code/resend", data={"csrf_token": token})
    assert resent.status_code == 200 and 'role="status"' in resent.text
    assert _code(client, first).status_code == 422  # replaced by the new one
    _follow(client, _code(client, _last_code(client, ADDRESS)), "/en/inbox")


def test_the_fifth_wrong_code_blocks_even_the_right_one_and_resend_gives_no_new_attempts(
    client: TestClient,
) -> None:
    _start(client)
    _address(client, ADDRESS)
    for _ in range(4):
        assert _code(client, _wrong(_last_code(client, ADDRESS))).status_code == 422
    token = _csrf(client, "/idporten/en/email/code")
    client.post("/idporten/en/email/code/resend", data={"csrf_token": token})
    assert _code(client, _wrong(_last_code(client, ADDRESS))).status_code == 423
    assert _code(client, _last_code(client, ADDRESS)).status_code == 423
    assert client.get("/en/inbox").status_code == 303  # nobody logged in


def test_bad_addresses_are_refused_at_the_field_and_nothing_is_sent(client: TestClient) -> None:
    _start(client)
    for bad in ("", "kari", "kari@example", "kari nordmann@example.no", "a" * 250 + "@example.no"):
        answer = _address(client, bad)
        assert answer.status_code == 422, bad
        assert 'aria-invalid="true"' in answer.text and 'aria-describedby="email-error-1"' in answer.text
    token = _csrf(client, "/idporten/en/email")
    body = f"csrf_token={quote(token)}&email=kari%ED%A0%80@example.no"  # a lone surrogate's bytes
    answer = client.post(
        "/idporten/en/email", content=body, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert answer.status_code == 422
    assert client.get("/__testenv__/outbox/email", params={"to": "kari@example.no"}).json() == []


def test_forms_need_their_csrf_token_and_pages_carry_the_security_headers(client: TestClient) -> None:
    _start(client)
    assert client.post("/idporten/en/email", data={"email": ADDRESS}).status_code == 403
    page = client.get("/idporten/en/email")
    assert "content-security-policy" in page.headers and page.headers.get("x-frame-options")


def test_not_offered_before_february_2026(client: TestClient) -> None:
    before = datetime(2026, 1, 31, 23, 50, tzinfo=OSLO)
    client.put("/__testenv__/scopes/january", json={"clock_offset_s": (before - datetime.now(UTC)).total_seconds()})
    client.headers["X-Testenv-Scope"] = "january"
    assert "/en/login/international" not in client.get("/en/login").text
    assert client.get("/en/login/international").status_code == 404
    assert client.get("/en/login/email").status_code == 404


def test_the_email_screens_need_a_client_waiting_for_an_email_log_in(client: TestClient) -> None:
    answer = client.get("/idporten/en/email")
    assert answer.status_code == 303 and urlsplit(answer.headers["location"]).path == "/idporten/en/"


async def _all_at_once(client: TestClient, path: str, forms: list[dict]) -> list[httpx.Response]:
    """Every form posted to `path` in this browser session, released together by a barrier (a race)."""
    barrier = asyncio.Barrier(len(forms))
    transport = httpx.ASGITransport(app=client.app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver", cookies=dict(client.cookies)
    ) as http:

        async def post(form: dict) -> httpx.Response:
            await barrier.wait()
            return await http.post(path, data=form)

        return await asyncio.gather(*(post(form) for form in forms))


def test_thirty_parallel_wrong_codes_are_counted_one_by_one(client: TestClient) -> None:
    _start(client)
    _address(client, ADDRESS)
    right = _last_code(client, ADDRESS)
    token = _csrf(client, "/idporten/en/email/code")
    forms = [{"code": f"{(int(right) + 1 + n) % 10**6:06d}", "csrf_token": token} for n in range(30)]
    answers = aio.run(_all_at_once(client, "/idporten/en/email/code", forms))
    assert all(a.status_code in (422, 423) for a in answers), [a.status_code for a in answers]
    assert sum(a.status_code == 422 for a in answers) <= 4, "more wrong codes allowed than the limit"
    assert _code(client, right).status_code == 423


def test_a_new_browser_does_not_reset_the_counter(make_client) -> None:
    with make_client() as first:
        _start(first)
        _address(first, ADDRESS)
        for _ in range(4):
            assert _code(first, _wrong(_last_code(first, ADDRESS))).status_code == 422
        first.cookies.clear()  # another browser, the same address
        _start(first)
        _address(first, ADDRESS.upper())
        assert _code(first, _wrong(_last_code(first, ADDRESS))).status_code == 423
        assert _code(first, _last_code(first, ADDRESS)).status_code == 423

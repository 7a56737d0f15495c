"""Altinn logs people in as a relying party of ID-porten (client `altinn`, testenv.core.oidc_rp): the level is
the ID token's acr, a cancel at ID-porten comes back to Altinn with a message, log-out ends both sessions."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
SYNTHETIC_FNR = "12829499914"  # domain-facts §4 (Skatteetaten's table)


def _csrf(client: TestClient, page: str) -> str:
    found = CSRF.search(client.get(page).text)
    assert found, page
    return found.group(1)


def _follow(client: TestClient, response, until: str):
    """Follow redirects (ID-porten's resume, Altinn's callback) until the path `until`."""
    for _ in range(6):
        assert response.status_code in (302, 303), response.text
        if urlsplit(response.headers["location"]).path == until:
            return response
        response = client.get(response.headers["location"])
    raise AssertionError(f"never reached {until}")


def _to_idporten(client: TestClient, lang: str = "en") -> None:
    start = client.get(f"/{lang}/login/idporten")
    assert start.status_code == 303
    authorize = urlsplit(start.headers["location"])
    assert authorize.path == "/idporten/authorize"
    assert parse_qs(authorize.query)["client_id"] == ["altinn"]
    assert client.get(start.headers["location"]).status_code == 303  # to ID-porten's choice of eID


def _testid(client: TestClient, level: str):
    token = _csrf(client, "/idporten/en/testid")
    return client.post("/idporten/en/testid", data={"pid": SYNTHETIC_FNR, "level": level, "csrf_token": token})


def test_the_level_is_the_tokens_acr_not_the_requested_one(client: TestClient) -> None:
    _to_idporten(client)  # Altinn asks for substantial (level 3)
    _follow(client, _testid(client, "4"), "/en/inbox")
    inbox = client.get("/en/inbox")
    assert inbox.status_code == 200 and "Security level: 4" in inbox.text


def test_cancel_at_idporten_comes_back_to_altinn_with_a_message(client: TestClient) -> None:
    _to_idporten(client)
    token = _csrf(client, "/idporten/en/")
    back = client.post("/idporten/oidc/cancel", data={"csrf_token": token})
    assert back.status_code == 303 and urlsplit(back.headers["location"]).path == "/oidc/callback"
    assert parse_qs(urlsplit(back.headers["location"]).query)["error"] == ["access_denied"]
    page = client.get(back.headers["location"])
    assert page.status_code == 200 and 'role="alert"' in page.text and "cancelled" in page.text
    assert client.get("/en/inbox").status_code == 303  # nobody is logged in


def test_a_callback_with_an_unknown_state_logs_nobody_in(client: TestClient) -> None:
    _to_idporten(client)
    page = client.get("/oidc/callback", params={"code": "x", "state": "not-ours"})
    assert page.status_code == 400 and 'role="alert"' in page.text
    assert client.get("/en/inbox").status_code == 303


def test_log_out_ends_altinns_session_and_idportens(client: TestClient) -> None:
    _to_idporten(client)
    _follow(client, _testid(client, "3"), "/en/inbox")
    assert "Security level: 3" in client.get("/en/inbox").text
    out = client.post("/logout", data={"csrf_token": _csrf(client, "/en/inbox")})
    assert out.status_code == 303
    end = urlsplit(out.headers["location"])
    assert end.path == "/idporten/endsession" and parse_qs(end.query)["id_token_hint"]
    assert client.get("/en/inbox").status_code == 303  # Altinn's session ended before the person left
    back = client.get(out.headers["location"])
    assert back.status_code == 303 and urlsplit(back.headers["location"]).path == "/oidc/logged-out"
    home = client.get(back.headers["location"])
    assert home.status_code == 303 and home.headers["location"].endswith("/")
    assert "logged out" in client.get(home.headers["location"]).text
    again = client.get("/en/login/idporten")  # ID-porten's session is gone too: no single sign-on
    assert client.get(again.headers["location"]).headers["location"].startswith("/idporten/")
    assert urlsplit(client.get(again.headers["location"]).headers["location"]).path != "/oidc/callback"


def test_the_control_session_comes_from_a_minted_and_validated_token(client: TestClient) -> None:
    person = {"pid": SYNTHETIC_FNR, "name": "Kari Nordmann", "residential_address": "Storgata 1, 0155 Oslo"}
    assert client.post("/__testenv__/register/persons", json={**person, "eids": ["bankid"]}).status_code == 201
    made = client.post("/__testenv__/altinn/idporten-sessions", json={"pid": SYNTHETIC_FNR, "eid": "bankid"})
    assert made.status_code == 201 and made.json()["level"] == 4
    cookie = made.json()["cookie"]
    client.cookies.set(cookie["name"], cookie["value"])
    inbox = client.get("/en/inbox")
    assert "Logged in as Kari Nordmann" in inbox.text and "Security level: 4" in inbox.text
    out = client.post("/logout", data={"csrf_token": _csrf(client, "/en/inbox")})
    assert urlsplit(out.headers["location"]).path == "/idporten/endsession"  # it holds an ID token to hint with


def test_an_email_session_is_level_0_named_epost_and_the_lower_cased_address(client: TestClient) -> None:
    made = client.post("/__testenv__/altinn/idporten-sessions", json={"email": "Kari.Nordmann@Example.NO"})
    assert made.status_code == 201, made.text
    assert made.json()["level"] == 0 and made.json()["username"] == "epost:kari.nordmann@example.no"
    cookie = made.json()["cookie"]
    client.cookies.set(cookie["name"], cookie["value"])
    inbox = client.get("/en/inbox")
    assert "epost:kari.nordmann@example.no" in inbox.text and "Security level: 0" in inbox.text


def test_an_email_session_needs_a_well_formed_address(client: TestClient) -> None:
    for bad in ("kari", "kari@example", "a b@example.no"):
        assert client.post("/__testenv__/altinn/idporten-sessions", json={"email": bad}).status_code == 422

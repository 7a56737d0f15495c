"""ID-porten in the test environment: log-ins, levels, require_level, return_to, control sessions."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from testenv.app import create_app
from testenv.config import Settings

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
# Valid synthetic numbers from domain-facts §4 (Skatteetaten's table).
SYNTHETIC_FNR, SYNTHETIC_DNR = "12829499914", "52829400197"
FNR = "31129956715"  # domain-facts §4 worked example


def seed(client: TestClient, pid: str, **fields) -> dict:
    body = {"pid": pid, "name": "Kari Nordmann", "residential_address": "Storgata 1, 0155 Oslo", "mobile": "91234567"}
    response = client.post("/__testenv__/register/persons", json={**body, **fields})
    assert response.status_code == 201, response.text
    return response.json()


def post_form(client: TestClient, page: str, action: str, data: dict):
    token = CSRF.search(client.get(page).text).group(1)
    return client.post(action, data={**data, "csrf_token": token})


def last_code(client: TestClient, mobile: str) -> str:
    messages = client.get("/__testenv__/outbox/sms", params={"to": mobile}).json()
    return re.findall(r"\d{6}", messages[-1]["body"])[-1]


def minid_login(client: TestClient, pid: str, password: str, mobile: str = "91234567"):
    response = post_form(client, "/idporten/nb/minid", "/idporten/nb/minid", {"pid": pid, "password": password})
    assert response.status_code == 303, response.text
    return post_form(client, "/idporten/nb/code", "/idporten/nb/code", {"code": last_code(client, mobile)})


def test_minid_login_returns_to_the_service_with_level_3(client: TestClient) -> None:
    seed(client, FNR, minid_password="hemmelig123")
    start = client.get("/en/login/idporten")  # Altinn, an OpenID Connect relying party (client altinn)
    assert start.status_code == 303
    assert client.get(start.headers["location"]).status_code == 303  # ID-porten's /authorize: to the choice
    response = minid_login(client, FNR, "hemmelig123")
    for _ in range(5):  # ID-porten's resume, then Altinn's callback (the code redeemed, the ID token checked)
        assert response.status_code in (302, 303), response.text
        if urlsplit(response.headers["location"]).path == "/en/inbox":
            break
        response = client.get(response.headers["location"])
    assert urlsplit(response.headers["location"]).path == "/en/inbox"
    inbox = client.get("/en/inbox")
    assert inbox.status_code == 200
    assert "Logged in as Kari Nordmann" in inbox.text and "Security level: 3" in inbox.text


def test_wrong_minid_password_gives_one_message_and_no_code(client: TestClient) -> None:
    seed(client, FNR, minid_password="hemmelig123")
    response = post_form(client, "/idporten/nb/minid", "/idporten/nb/minid", {"pid": FNR, "password": "feil12345"})
    assert response.status_code == 401
    assert "Feil fødselsnummer eller passord" in response.text
    assert client.get("/__testenv__/outbox/sms", params={"to": "91234567"}).json() == []


@pytest.mark.parametrize(
    ("pid", "reason"),
    [("3112995671", "length"), ("3112995671x", "not_digits"), ("31139956715", "date"), ("31129956716", "control")],
)
def test_identity_number_format_errors_are_shown_next_to_the_field(client: TestClient, pid: str, reason: str) -> None:
    response = post_form(client, "/idporten/en/eid/bankid", "/idporten/en/eid/bankid", {"pid": pid})
    assert response.status_code == 422
    assert 'aria-describedby="pid-error-1"' in response.text


def test_level_4_required_refuses_minid_and_offers_a_new_log_in(client: TestClient) -> None:
    seed(client, FNR, minid_password="hemmelig123", eids=["bankid"])
    first = client.get("/idporten/nb/demo-service", params={"acr": "high"})
    assert first.status_code == 303 and "/idporten/nb/authorize" in first.headers["location"]
    client.get(first.headers["location"])
    minid_login(client, FNR, "hemmelig123")
    refused = client.get("/idporten/nb/demo-service", params={"acr": "high"})
    assert refused.status_code == 403
    assert "Tjenesten krever et høyere sikkerhetsnivå." in refused.text
    again = re.search(r'href="(/idporten/nb/authorize[^"]+)"', refused.text).group(1).replace("&amp;", "&")
    assert "acr=high" in again
    client.get(again)
    post_form(client, "/idporten/nb/eid/bankid", "/idporten/nb/eid/bankid", {"pid": FNR})
    done = post_form(client, "/idporten/nb/code", "/idporten/nb/code", {"code": last_code(client, "91234567")})
    assert done.headers["location"].startswith("/idporten/nb/demo-service")
    ok = client.get(done.headers["location"])
    assert ok.status_code == 200 and "Sikkerhetsnivå: 4" in ok.text


def test_level_4_eid_needs_the_person_to_hold_it(client: TestClient) -> None:
    seed(client, FNR, eids=["bankid"])
    response = post_form(client, "/idporten/en/eid/buypass", "/idporten/en/eid/buypass", {"pid": FNR})
    assert response.status_code == 422 and "You do not have this electronic ID" in response.text


@pytest.mark.parametrize(
    "return_to", ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", ""]
)
def test_return_to_must_be_a_path_on_this_host(client: TestClient, return_to: str) -> None:
    response = client.get("/idporten/en/authorize", params={"client": "altinn", "return_to": return_to})
    assert response.status_code == 400


def test_expired_code_is_refused_by_the_test_clock(client: TestClient) -> None:
    seed(client, FNR, eids=["bankid"])
    headers = {"X-Testenv-Scope": "s1"}
    page = client.get("/idporten/en/eid/bankid", headers=headers)
    token = CSRF.search(page.text).group(1)
    client.post("/idporten/en/eid/bankid", data={"pid": FNR, "csrf_token": token}, headers=headers)
    code = last_code(client, "91234567")
    client.put("/__testenv__/scopes/s1", json={"clock_offset_s": timedelta(minutes=6).total_seconds()})
    response = client.post("/idporten/en/code", data={"code": code, "csrf_token": token}, headers=headers)
    assert response.status_code == 422 and "The code has expired" in response.text


def test_testid_takes_synthetic_people_only_at_the_chosen_level(client: TestClient) -> None:
    seed(client, SYNTHETIC_DNR, eids=[])
    seed(client, FNR, eids=[])
    refused = post_form(client, "/idporten/en/testid", "/idporten/en/testid", {"pid": FNR, "level": "4"})
    assert refused.status_code == 422 and "only accepts synthetic" in refused.text
    done = post_form(client, "/idporten/en/testid", "/idporten/en/testid", {"pid": SYNTHETIC_DNR, "level": "4"})
    assert done.status_code == 303
    assert "Security level: 4" in client.get(done.headers["location"]).text


def test_testid_takes_a_synthetic_number_the_register_does_not_know_and_shows_the_number(
    client: TestClient,
) -> None:
    """As the real TestID (no password, any synthetic number): what lets the suite log a person in on a
    target without a control API. A real number the register does not know is still refused as not synthetic."""
    refused = post_form(client, "/idporten/en/testid", "/idporten/en/testid", {"pid": FNR, "level": "3"})
    assert refused.status_code == 422 and "only accepts synthetic" in refused.text
    done = post_form(client, "/idporten/en/testid", "/idporten/en/testid", {"pid": SYNTHETIC_FNR, "level": "3"})
    assert done.status_code == 303
    assert f"Logged in as {SYNTHETIC_FNR}" in client.get(done.headers["location"]).text


def test_control_session_logs_a_browser_in_with_the_eid_level(client: TestClient) -> None:
    seed(client, FNR, minid_password="hemmelig123")
    cookie = client.post("/__testenv__/altinn/idporten-sessions", json={"pid": FNR, "eid": "minid"}).json()["cookie"]
    client.cookies.set(cookie["name"], cookie["value"])
    assert "Security level: 3" in client.get("/en/inbox").text  # Altinn's session, from a validated ID token
    assert client.get("/idporten/en/demo-service", params={"acr": "high"}).status_code == 403


def test_log_out_clears_the_login(client: TestClient) -> None:
    seed(client, FNR, eids=["commfides"])
    cookie = client.post("/__testenv__/idporten/sessions", json={"pid": FNR, "eid": "commfides"}).json()["cookie"]
    client.cookies.set(cookie["name"], cookie["value"])
    assert client.get("/idporten/en/demo-service").status_code == 200
    post_form(client, "/idporten/en/demo-service", "/idporten/logout", {"lang": "en"})
    assert client.get("/idporten/en/demo-service").status_code == 303


def test_chooser_offers_every_eid_and_testid_in_test_mode(client: TestClient) -> None:
    page = client.get("/idporten/nb/").text
    for name in ("MinID", "BankID", "Buypass", "Commfides", "TestID"):
        assert f">{name}</a>" in page


def test_testid_is_absent_outside_test_mode(tmp_path: Path) -> None:
    app = create_app(Settings(db_path=tmp_path / "p.db"))
    with TestClient(app) as c:
        assert ">TestID</a>" not in c.get("/idporten/nb/").text
        assert c.get("/idporten/nb/testid").status_code == 404

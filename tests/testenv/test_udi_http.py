"""The UDI portal over HTTP (FastAPI TestClient): the silent refusal, codes, log-in, ID-porten levels,
account separation, the Russian banner, Nynorsk pages, and refusals that must never be a 5xx."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from testenv.app import create_app
from testenv.config import Settings
from testenv.core.i18n import Translator, translator
from testenv.services.udi import registration, view
from testenv.services.udi.texts import TEXTS
from tests.testenv.rp_support import log_in_with_testid

TOKEN = "t"  # the control token of the app built here without the conftest's client
MakeClient = Callable[..., TestClient]
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
CODE = re.compile(r"\b(\d{6})\b")
BANNER = "Не всё содержание этой страницы имеется на русском."
PID = "17912099997"  # a synthetic fødselsnummer from Skatteetaten's examples (domain-facts §4)
GOOD, BAD = "Abcdefg1", "Abcdef1@"


def csrf(client: TestClient, page: str) -> str:
    return CSRF.search(client.get(page).text).group(1)


def post(client: TestClient, page: str, data: dict, action: str | None = None):
    return client.post(action or page, data={**data, "csrf_token": csrf(client, page)})


def use(client: TestClient, cookie: dict) -> None:
    client.cookies.set(cookie["name"], cookie["value"])


def verified(client: TestClient, email: str = "kari@example.no") -> None:
    use(client, client.post("/__testenv__/udi/registrations", json={"email": email}).json()["cookie"])


def accounts(client: TestClient, email: str = "kari@example.no") -> int:
    return client.get("/__testenv__/udi/accounts", params={"email": email}).json()["count"]


def last_code(client: TestClient, email: str) -> str:
    return CODE.search(client.get("/__testenv__/outbox/email", params={"to": email}).json()[-1]["body"]).group(1)


def seed_person(client: TestClient, pid: str = PID) -> None:
    body = {"pid": pid, "name": "Kari Nordmann", "residential_address": "Gata 1, 0150 Oslo", "eids": ["bankid"]}
    assert client.post("/__testenv__/register/persons", json=body).status_code == 201


# --- the silent refusal ----------------------------------------------------------------------------------
def test_a_refused_password_is_answered_204_with_no_body_and_no_account(client: TestClient) -> None:
    verified(client)
    answer = post(client, "/udi/en/register/account", {"password": BAD, "name": "Kari"})
    assert (answer.status_code, answer.content) == (204, b"")
    assert "set-cookie" not in answer.headers
    assert accounts(client) == 0


def test_a_compliant_password_creates_the_account_and_goes_to_log_in(client: TestClient) -> None:
    verified(client)
    answer = post(client, "/udi/en/register/account", {"password": GOOD, "name": "Kari"})
    assert (answer.status_code, answer.headers["location"]) == (303, "/udi/en/login")
    assert accounts(client) == 1
    assert "Your user account has been created." in client.get("/udi/en/login").text


@pytest.mark.parametrize(
    ("defect", "status", "stored"),
    [("udi.silent_refusal_shows_page", 422, 0), ("udi.refused_password_stores_account", 204, 1)],
)
def test_defects_of_the_silent_refusal(make_client: MakeClient, defect: str, status: int, stored: int) -> None:
    with make_client(defect) as client:
        verified(client)
        assert post(client, "/udi/en/register/account", {"password": BAD, "name": "Kari"}).status_code == status
        assert accounts(client) == stored


def test_the_password_form_needs_a_verified_address(client: TestClient) -> None:
    assert client.get("/udi/en/register/account").headers["location"] == "/udi/en/register"


def test_a_post_without_the_csrf_token_is_refused(client: TestClient) -> None:
    verified(client)
    answer = client.post("/udi/en/register/account", data={"password": GOOD, "name": "Kari"})
    assert answer.status_code == 403
    assert accounts(client) == 0


# --- codes -------------------------------------------------------------------------------------------------
def test_register_code_is_mailed_checked_and_expires(client: TestClient, tmp_path: Path) -> None:
    email = "ola@example.no"
    assert post(client, "/udi/nb/register", {"email": email}).headers["location"] == "/udi/nb/register/verify"
    code = last_code(client, email)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    assert "Koden er ikke riktig" in post(client, "/udi/nb/register/verify", {"code": wrong}).text
    answer = post(client, "/udi/nb/register/verify", {"code": code})
    assert answer.headers["location"] == "/udi/nb/register/account"


def test_a_code_is_refused_as_expired_after_five_minutes(client: TestClient) -> None:
    scope = {"X-Testenv-Scope": "later"}
    client.headers.update(scope)
    client.put("/__testenv__/scopes/later", json={"clock_offset_s": 0})
    post(client, "/udi/en/register", {"email": "Kari@Example.no"})
    code = last_code(client, "kari@example.no")
    client.put("/__testenv__/scopes/later", json={"clock_offset_s": timedelta(minutes=5, seconds=1).total_seconds()})
    assert "The code has expired" in post(client, "/udi/en/register/verify", {"code": code}).text
    client.put("/__testenv__/scopes/later", json={"clock_offset_s": timedelta(minutes=4, seconds=59).total_seconds()})
    assert post(client, "/udi/en/register/verify", {"code": code}).headers["location"] == "/udi/en/register/account"


def test_forgot_password_for_an_unknown_address_sends_nothing(client: TestClient) -> None:
    answer = post(client, "/udi/en/forgot", {"email": "nobody@example.no"})
    assert answer.headers["location"] == "/udi/en/forgot/verify"
    assert client.get("/__testenv__/outbox/email", params={"to": "nobody@example.no"}).json() == []


# --- log-in ------------------------------------------------------------------------------------------------
def test_a_legacy_password_with_special_characters_never_logs_in(client: TestClient) -> None:
    client.post("/__testenv__/udi/accounts", json={"email": "kari@example.no", "password": BAD, "name": "Kari"})
    answer = post(client, "/udi/en/login", {"email": "kari@example.no", "password": BAD})
    assert answer.status_code == 401
    assert "Try a different browser" in answer.text


def test_log_in_is_case_insensitive_in_the_address(client: TestClient) -> None:
    client.post("/__testenv__/udi/accounts", json={"email": "kari@example.no", "password": GOOD, "name": "Kari"})
    answer = post(client, "/udi/en/login", {"email": "KARI@example.no", "password": GOOD})
    assert answer.headers["location"] == "/udi/en/applications"


# --- ID-porten ---------------------------------------------------------------------------------------------
def idporten(client: TestClient, level: int, lang: str = "en"):
    """UDI's callback's answer after a TestID log-in at `level` (the whole OpenID Connect round trip)."""
    return log_in_with_testid(client, f"/udi/{lang}/login/idporten", PID, level)


def test_level_3_is_refused_and_makes_no_account(client: TestClient) -> None:
    seed_person(client)
    answer = idporten(client, 3)
    assert answer.status_code == 403
    assert "UDI requires a higher security level (level 4)" in answer.text
    assert client.get("/__testenv__/udi/applications", params={"pid": PID}).json()["account"] is None


def test_level_4_makes_a_separate_id_porten_account(client: TestClient) -> None:
    seed_person(client)
    client.post(
        "/__testenv__/udi/accounts", json={"email": "kari@example.no", "password": GOOD, "name": "Kari Nordmann"}
    )
    client.post("/__testenv__/udi/applications", json={"email": "kari@example.no"})
    assert idporten(client, 4).headers["location"] == "/udi/en/applications"
    owned = client.get("/__testenv__/udi/applications", params={"pid": PID}).json()
    assert owned["account"]["kind"] == "idporten"
    assert owned["applications"] == []
    assert "There are no applications in this user account." in client.get("/udi/en/applications").text


def test_minid_accepted_defect_lets_level_3_in(make_client: MakeClient) -> None:
    with make_client("udi.minid_accepted") as client:
        seed_person(client)
        assert idporten(client, 3).status_code == 303


def test_an_employer_with_id_porten_is_refused_and_nothing_is_stored(client: TestClient) -> None:
    use(client, client.post("/__testenv__/udi/sessions", json={"pid": PID, "name": "Kari"}).json()["cookie"])
    answer = post(client, "/udi/en/applications/new", {"relation": "employee", "applicant": "Ola", "kind": "work"})
    assert answer.status_code == 422
    assert "must instead log in with a username and password" in answer.text
    assert client.get("/__testenv__/udi/applications", params={"pid": PID}).json()["applications"] == []


# --- languages, bad input, control API ---------------------------------------------------------------------
def test_the_russian_banner_only_where_content_fell_back_to_english(client: TestClient) -> None:
    assert BANNER not in client.get("/udi/ru/login").text
    assert BANNER in client.get("/udi/ru/register").text
    assert BANNER in client.get("/udi/ru/help/login").text
    assert BANNER not in client.get("/udi/en/help/login").text


# Nynorsk is a full language: every UDI page and e-mail in nn is drawn from the nn table alone.
def english_only_texts() -> list[str]:
    """English sentences that Nynorsk words differently: none of them may be on a Nynorsk page."""
    return [
        text
        for key, text in TEXTS["en"].items()
        if "{" not in text and '"' not in text and "'" not in text and len(text) > 8 and text != TEXTS["nn"][key]
    ]


@pytest.fixture
def translations(monkeypatch: pytest.MonkeyPatch) -> list[Translator]:
    """Every translator the UDI pages and e-mails make during the test (each remembers what fell back)."""
    made: list[Translator] = []

    def spy(request, lang: str) -> Translator:
        made.append(translator(request, lang))
        return made[-1]

    monkeypatch.setattr(view, "translator", spy)
    monkeypatch.setattr(registration, "translator", spy)
    return made


def assert_nynorsk(answer, translations: list[Translator]) -> None:
    assert answer.status_code < 500
    html = answer.text
    assert '<html lang="nn">' in html
    assert BANNER not in html
    assert [(t.lang, t.fell_back) for t in translations if t.fell_back or t.lang != "nn"] == []
    assert [text for text in english_only_texts() if text in html] == []
    assert 'hreflang="nn" lang="nn" aria-current="true">Norsk nynorsk</a>' in html


def test_nynorsk_registration_pages_and_e_mail(client: TestClient, translations: list[Translator]) -> None:
    email, nn = "kari@example.no", TEXTS["nn"]
    seen = {"login": client.get("/udi/nn/login"), "faq": client.get("/udi/nn/help/login")}
    seen["register"] = client.get("/udi/nn/register")
    seen["register refused"] = post(client, "/udi/nn/register", {"email": "x"})
    assert post(client, "/udi/nn/register", {"email": email}).headers["location"] == "/udi/nn/register/verify"
    seen["verify"] = client.get("/udi/nn/register/verify")
    code = last_code(client, email)
    seen["verify refused"] = post(client, "/udi/nn/register/verify", {"code": f"{(int(code) + 1) % 1_000_000:06d}"})
    assert post(client, "/udi/nn/register/verify", {"code": code}).headers["location"] == "/udi/nn/register/account"
    seen["account"] = client.get("/udi/nn/register/account")
    seen["account refused"] = post(client, "/udi/nn/register/account", {"password": GOOD, "name": ""})
    assert post(client, "/udi/nn/register/account", {"password": GOOD, "name": "Kari"}).status_code == 303
    seen["created"] = client.get("/udi/nn/login")
    seen["log-in refused"] = post(client, "/udi/nn/login", {"email": email, "password": "Feil1234"})
    seen["forgot"] = client.get("/udi/nn/forgot")
    post(client, "/udi/nn/forgot", {"email": email})
    seen["forgot verify"] = client.get("/udi/nn/forgot/verify")
    post(client, "/udi/nn/forgot/verify", {"code": last_code(client, email)})
    seen["new password"] = client.get("/udi/nn/forgot/password")
    for name, answer in seen.items():
        assert answer.status_code in (200, 401, 422), name
        assert_nynorsk(answer, translations)
    assert nn["udi.verify.code"] in seen["verify"].text
    assert nn["udi.err.code.wrong"] in seen["verify refused"].text
    assert nn["udi.err.name.required"] in seen["account refused"].text
    assert nn["udi.login.created"] in seen["created"].text
    assert nn["udi.login.advice.browser"] in seen["log-in refused"].text
    assert nn["udi.faq.minid.q"] in seen["faq"].text
    mail = client.get("/__testenv__/outbox/email", params={"to": email}).json()[0]
    assert mail["subject"] == nn["udi.verify.email_subject"]
    assert mail["body"].startswith("Stadfestingskoden din er ")


def test_nynorsk_application_pages(client: TestClient, translations: list[Translator]) -> None:
    client.post("/__testenv__/udi/accounts", json={"email": "kari@example.no", "password": GOOD, "name": "Kari"})
    assert post(client, "/udi/nn/login", {"email": "kari@example.no", "password": GOOD}).status_code == 303
    seen = {"applications": client.get("/udi/nn/applications"), "new": client.get("/udi/nn/applications/new")}
    seen["new refused"] = post(client, "/udi/nn/applications/new", {"relation": "", "applicant": "", "kind": ""})
    post(client, "/udi/nn/applications/new", {"relation": "self", "applicant": "", "kind": "work"})
    seen["registered"] = client.get("/udi/nn/applications")
    for answer in seen.values():
        assert_nynorsk(answer, translations)
    assert TEXTS["nn"]["udi.err.kind.required"] in seen["new refused"].text
    assert TEXTS["nn"]["udi.kind.work"] in seen["registered"].text


def test_nynorsk_id_porten_pages(client: TestClient, translations: list[Translator]) -> None:
    seed_person(client)
    refused = idporten(client, 3, "nn")
    assert refused.status_code == 403
    assert_nynorsk(refused, translations)
    assert TEXTS["nn"]["udi.level.title"] in refused.text  # domain-facts §9: "Tenesten krev eit høgare tryggingsnivå."
    assert "ui_locales=nn" in client.get("/udi/nn/login/idporten").headers["location"]

    client.cookies.clear()  # the refusal's own session cookie would shadow the one set below
    use(client, client.post("/__testenv__/udi/sessions", json={"pid": PID, "name": "Kari"}).json()["cookie"])
    seen = [client.get("/udi/nn/applications"), client.get("/udi/nn/applications/new")]
    seen.append(post(client, "/udi/nn/applications/new", {"relation": "employee", "applicant": "Ola", "kind": "work"}))
    for answer in seen:
        assert_nynorsk(answer, translations)
    assert TEXTS["nn"]["udi.err.for.employer_idporten"] in seen[-1].text


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        ("GET", "/udi/xx/login", {}, 404),
        ("POST", "/udi/en/login", {"content": b"\x00\xff", "headers": {"content-type": "text/plain"}}, 415),
        ("POST", "/udi/en/register", {"data": {"email": "x"}}, 403),
        ("GET", "/udi/en/applications/new", {}, 303),
    ],
)
def test_bad_requests_are_answered_without_a_5xx(client: TestClient, method, path, kwargs, status) -> None:
    assert client.request(method, path, **kwargs).status_code == status


def test_the_control_api_needs_the_token(tmp_path: Path) -> None:
    settings = Settings(db_path=tmp_path / "t.db", test_mode=True, control_token=TOKEN)
    with TestClient(create_app(settings)) as client:
        assert client.get("/__testenv__/udi/accounts", params={"email": "a@b.no"}).status_code == 401

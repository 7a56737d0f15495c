"""ID-porten's OpenID Provider against an independent relying party (Authlib's client, joserfc checks)
on a real loopback server; the person's part goes through ID-porten's TestID screen over HTTP.

Rules: domain-facts §10.1 (ID-porten's contract), OpenID Connect Core 1.0, RFC 6749, RFC 7636. No
`@pytest.mark.req` here: the catalogue counts only scenarios under tests/e2e (tests/unit/
test_every_rule_has_a_test.py), so the IDP-OIDC-* ids come with the relying parties' browser scenarios.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from authlib.integrations.base_client.errors import OAuthError
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from oidc_support import (
    PUBLISHED_CHALLENGE,
    PUBLISHED_VERIFIER,
    SYNTHETIC,
    Person,
    Provider,
    RelyingParty,
    query_of,
    start,
)

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Provider]:
    yield from start(Path(tmp_path_factory.mktemp("oidc")) / "t.db")


@pytest.fixture
def person(provider: Provider) -> Iterator[Person]:
    someone = Person(provider, scope="oidc-" + secrets.token_hex(6))
    yield someone
    someone.close()


def log_in(person: Person, rp: RelyingParty, level: str = "4", **extra: str) -> str:
    """The person starts at the client, logs in with TestID and comes back: the callback URL."""
    chooser = person.open(rp.authorization_url(**extra))
    assert chooser.status_code == 200 and "TestID" in chooser.text, chooser.text
    back = person.test_id("nb", level=level)
    assert back.status_code == 303, back.text
    assert back.headers["location"].startswith(rp.redirect_uri + "?"), back.headers["location"]
    return back.headers["location"]


# --- discovery ---------------------------------------------------------------------------------------
def test_discovery_names_the_endpoints_and_idportens_choices(provider: Provider) -> None:
    meta = provider.metadata()
    assert meta["issuer"] == provider.issuer
    for endpoint in ("authorization", "token", "userinfo", "end_session"):
        assert meta[f"{endpoint}_endpoint"].startswith(provider.issuer + "/")
    assert meta["response_types_supported"] == ["code"]
    assert meta["code_challenge_methods_supported"] == ["S256"]
    assert "RS256" in meta["id_token_signing_alg_values_supported"]
    assert meta["subject_types_supported"] == ["pairwise"]
    assert {"idporten-loa-substantial", "idporten-loa-high"} <= set(meta["acr_values_supported"])
    assert {"client_secret_basic", "client_secret_post"} <= set(meta["token_endpoint_auth_methods_supported"])
    keys = httpx.get(meta["jwks_uri"]).json()["keys"]
    assert keys and all(key["kty"] == "RSA" and key["kid"] and "d" not in key for key in keys)


def test_the_published_pkce_example_holds_for_the_client_library() -> None:
    assert create_s256_code_challenge(PUBLISHED_VERIFIER) == PUBLISHED_CHALLENGE


# --- a whole log-in --------------------------------------------------------------------------------------
@pytest.mark.parametrize("auth", ["client_secret_basic", "client_secret_post"])
def test_log_in_gives_a_signed_id_token_with_idportens_claims(provider: Provider, person: Person, auth: str) -> None:
    rp = RelyingParty(provider, auth=auth)
    callback = log_in(person, rp, level="4")
    assert query_of(callback)["state"] == rp.state
    token = rp.token(callback)
    claims = rp.validate(token["id_token"])
    assert claims["pid"] == SYNTHETIC[0] and claims["sub"] != SYNTHETIC[0]
    assert claims["acr"] == "idporten-loa-high" and claims["amr"] == ["TestID"]
    assert claims["locale"] == "nb" and claims["sid"] and claims["jti"]
    assert claims["iat"] <= time.time() + 5 and 0 < claims["exp"] - claims["iat"] <= 600
    assert abs(claims["auth_time"] - time.time()) < 60
    info = httpx.get(rp.metadata["userinfo_endpoint"], headers={"Authorization": f"Bearer {token['access_token']}"})
    assert info.status_code == 200 and info.json()["sub"] == claims["sub"] and info.json()["pid"] == SYNTHETIC[0]


def test_acr_reports_the_level_reached_not_the_one_asked_for(provider: Provider, person: Person) -> None:
    rp = RelyingParty(provider)
    claims = rp.validate(rp.token(log_in(person, rp, level="3", acr_values="idporten-loa-high"))["id_token"])
    assert claims["acr"] == "idporten-loa-substantial"


def test_ui_locales_chooses_the_page_language_and_the_locale_claim(provider: Provider, person: Person) -> None:
    rp = RelyingParty(provider)
    chooser = person.open(rp.authorization_url(ui_locales="nn"))
    assert chooser.url.path == "/idporten/nn/" and '<html lang="nn"' in chooser.text
    back = person.test_id("nn")
    assert rp.validate(rp.token(back.headers["location"])["id_token"])["locale"] == "nn"


def test_sub_is_pairwise_stable_per_client_and_different_between_clients(provider: Provider, person: Person) -> None:
    subs = []
    for client_id in ("demo", "udi", "demo"):
        rp = RelyingParty(provider, client_id)
        subs.append(rp.validate(rp.token(log_in(person, rp, prompt="login"))["id_token"])["sub"])
    assert subs[0] == subs[2] != subs[1]


def test_single_sign_on_unless_prompt_login(provider: Provider, person: Person) -> None:
    rp = RelyingParty(provider)
    rp.token(log_in(person, rp))
    again = person.open(rp.authorization_url())
    assert again.status_code == 303 and again.headers["location"].startswith(rp.redirect_uri + "?code=")
    forced = person.open(rp.authorization_url(prompt="login"))
    assert forced.status_code == 200 and "TestID" in forced.text


# --- PKCE ---------------------------------------------------------------------------------------------
def _authorize_error(person: Person, rp: RelyingParty, **params: str) -> dict[str, str]:
    url = rp.authorization_url()
    query = {**query_of(url), **params}
    response = person.http.get(url.split("?")[0], params={k: v for k, v in query.items() if v is not None})
    assert response.status_code in (302, 303), response.text
    assert response.headers["location"].startswith(rp.redirect_uri + "?")
    return query_of(response.headers["location"])


@pytest.mark.parametrize(
    "change",
    [
        {"code_challenge": "", "code_challenge_method": ""},
        {"code_challenge_method": "plain"},
        {"code_challenge_method": ""},
        {"code_challenge": "too-short"},
    ],
    ids=["missing", "plain", "method-missing", "short"],
)
def test_authorization_without_an_s256_challenge_is_refused(provider: Provider, person: Person, change: dict) -> None:
    rp = RelyingParty(provider)
    answer = _authorize_error(person, rp, **{k: (v or None) for k, v in change.items()})
    assert answer["error"] == "invalid_request" and answer["state"] == rp.state


def check_pkce_verifier(provider: Provider, person: Person) -> None:
    """A wrong verifier is invalid_grant; a missing or too short one is invalid_request (RFC 7636 §4.6)."""
    for verifier, error in ((secrets.token_urlsafe(48), "invalid_grant"), ("", "invalid_request")):
        rp = RelyingParty(provider)
        callback = log_in(person, rp, prompt="login")
        with pytest.raises(OAuthError) as refused:
            rp.token(callback, verifier=verifier)
        assert refused.value.error == error, (verifier, refused.value)


def test_token_needs_the_right_code_verifier(provider: Provider, person: Person) -> None:
    check_pkce_verifier(provider, person)


# --- the code ------------------------------------------------------------------------------------------
def check_code_single_use(provider: Provider, person: Person) -> None:
    rp = RelyingParty(provider)
    callback = log_in(person, rp, prompt="login")
    first = rp.token(callback)
    with pytest.raises(OAuthError) as refused:
        rp.token(callback)
    assert refused.value.error == "invalid_grant"
    # RFC 6749 §4.1.2: the tokens issued for a code used twice are revoked.
    revoked = httpx.get(rp.metadata["userinfo_endpoint"], headers={"Authorization": f"Bearer {first['access_token']}"})
    assert revoked.status_code == 401


def test_a_code_is_single_use(provider: Provider, person: Person) -> None:
    check_code_single_use(provider, person)


def test_an_expired_code_is_invalid_grant(provider: Provider) -> None:
    scope = "oidc-" + secrets.token_hex(6)
    someone = Person(provider, scope=scope)
    rp = RelyingParty(provider)
    callback = log_in(someone, rp)
    provider.move_clock(scope, 11 * 60)  # past any code life RFC 6749 §4.1.2 allows (10 minutes at most)
    with pytest.raises(OAuthError) as refused:
        rp.token(callback, **{"X-Testenv-Scope": scope})
    assert refused.value.error == "invalid_grant"
    someone.close()


def test_a_code_is_bound_to_its_client_and_redirect_uri(provider: Provider, person: Person) -> None:
    rp = RelyingParty(provider)
    code = query_of(log_in(person, rp, prompt="login"))["code"]
    other = httpx.post(
        rp.metadata["token_endpoint"],
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": rp.redirect_uri,
            "code_verifier": rp.verifier,
        },
        auth=("udi", "udi-test-secret"),
    )
    assert other.status_code == 400 and other.json()["error"] == "invalid_grant"
    rp2 = RelyingParty(provider)
    code = query_of(log_in(person, rp2, prompt="login"))["code"]
    moved = httpx.post(
        rp2.metadata["token_endpoint"],
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": rp2.redirect_uri + "/x",
            "code_verifier": rp2.verifier,
        },
        auth=("demo", "demo-test-secret"),
    )
    assert moved.status_code == 400 and moved.json()["error"] == "invalid_grant"


def test_wrong_client_secret_is_invalid_client(provider: Provider) -> None:
    response = httpx.post(
        provider.metadata()["token_endpoint"],
        data={"grant_type": "authorization_code", "code": "x", "redirect_uri": "http://x", "code_verifier": "y" * 43},
        auth=("demo", "wrong"),
    )
    assert response.status_code == 401 and response.json()["error"] == "invalid_client"


# --- redirect_uri and client: shown on ID-porten's page, never redirected ---------------------------------
def check_redirect_uri_exact(provider: Provider, person: Person) -> None:
    rp = RelyingParty(provider)
    for wrong in (rp.redirect_uri + "/evil", rp.redirect_uri + ".evil.example", rp.redirect_uri + "?x=1"):
        url = rp.authorization_url()
        response = person.http.get(url.split("?")[0], params={**query_of(url), "redirect_uri": wrong})
        assert response.status_code == 400 and "location" not in response.headers, wrong
        assert "registered" in response.text or "registrert" in response.text


def test_redirect_uri_must_match_a_registered_one_exactly(provider: Provider, person: Person) -> None:
    check_redirect_uri_exact(provider, person)


def test_an_unknown_client_is_shown_on_idportens_page(provider: Provider, person: Person) -> None:
    rp = RelyingParty(provider)
    url = rp.authorization_url()
    response = person.http.get(url.split("?")[0], params={**query_of(url), "client_id": "nobody"})
    assert response.status_code == 400 and "location" not in response.headers
    assert "ikke registrert i ID-porten" in response.text


# --- errors that go back to the client -------------------------------------------------------------------
def test_cancel_at_idporten_returns_access_denied_with_state(provider: Provider, person: Person) -> None:
    rp = RelyingParty(provider)
    chooser = person.open(rp.authorization_url())
    assert "Avbryt" in chooser.text
    back = person.cancel("nb")
    assert back.status_code in (302, 303) and back.headers["location"].startswith(rp.redirect_uri + "?")
    answer = query_of(back.headers["location"])
    assert answer["error"] == "access_denied" and answer["state"] == rp.state and "code" not in answer


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"acr_values": "Level4"}, "invalid_request"),
        ({"response_mode": "form_post"}, "invalid_request"),
        ({"scope": "profile"}, "invalid_scope"),
        ({"response_type": "token"}, "unsupported_response_type"),
    ],
    ids=["acr", "response-mode", "no-openid", "implicit"],
)
def test_a_bad_request_goes_back_with_its_standard_error(
    provider: Provider, person: Person, change: dict, error: str
) -> None:
    rp = RelyingParty(provider)
    answer = _authorize_error(person, rp, **change)
    assert answer["error"] == error and answer["state"] == rp.state


def test_a_replayed_nonce_is_refused(provider: Provider, person: Person) -> None:
    rp = RelyingParty(provider)
    rp.token(log_in(person, rp, prompt="login"))
    used = rp.nonce
    answer = _authorize_error(person, rp, nonce=used)
    assert answer["error"] == "invalid_request" and answer["state"] == rp.state


def test_userinfo_needs_a_live_bearer_token(provider: Provider) -> None:
    endpoint = provider.metadata()["userinfo_endpoint"]
    assert httpx.get(endpoint).status_code == 401
    assert httpx.get(endpoint, headers={"Authorization": "Bearer nonsense"}).status_code == 401


# --- logout ---------------------------------------------------------------------------------------------
def test_logout_ends_the_session_and_returns_with_state(provider: Provider, person: Person) -> None:
    rp = RelyingParty(provider)
    id_token = rp.token(log_in(person, rp))["id_token"]
    state = secrets.token_urlsafe(12)
    out = person.http.get(
        rp.metadata["end_session_endpoint"],
        params={"id_token_hint": id_token, "post_logout_redirect_uri": rp.post_logout_uri, "state": state},
    )
    assert out.status_code in (302, 303) and out.headers["location"] == f"{rp.post_logout_uri}?state={state}"
    again = person.open(rp.authorization_url())  # no single sign-on left: the eID choice again
    assert again.status_code == 200 and "TestID" in again.text


def test_logout_never_redirects_to_an_unregistered_address(provider: Provider, person: Person) -> None:
    rp = RelyingParty(provider)
    id_token = rp.token(log_in(person, rp))["id_token"]
    out = person.http.get(
        rp.metadata["end_session_endpoint"],
        params={"id_token_hint": id_token, "post_logout_redirect_uri": "https://evil.example/", "state": "s"},
    )
    assert out.status_code == 200 and "location" not in out.headers and "logget ut" in out.text

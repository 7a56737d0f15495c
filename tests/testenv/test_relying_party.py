"""UDI as an OpenID Connect relying party, against a provider this test forges (domain-facts §10.1, §5).

The environment's relying party is pointed (`idporten_issuer`) at a provider that lives in this file: its
discovery document, its JWKS and a token endpoint that answers with whatever ID token the test built, with
joserfc and keys of its own. So every token below is the test's, never the environment's code: one claim wrong
at a time (iss, aud, nonce, exp, alg none, another key, a lower acr) must log nobody in, and each registered
defect of `testenv.core.oidc_rp` must let exactly its forgery through.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

from testenv.app import create_app
from testenv.config import DEFAULT_PUBLIC_URL, Settings
from tests.testenv.rp_support import path_of

ISSUER = "https://forged-idporten.test/idporten"
PID = "12829499914"  # synthetic (month + 80), domain-facts §4
APPLICATIONS = "/udi/en/applications"
KEY = RSAKey.generate_key(2048, parameters={"kid": "forged-1"})  # the forged provider's (one per module: slow)


def _b64(data: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass
class ForgedProvider:
    """Discovery, JWKS and /token of a provider the test controls (an httpx transport, no socket)."""

    key: RSAKey = field(default_factory=lambda: KEY)
    next_token: str = ""
    token_requests: list[dict] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/idporten/.well-known/openid-configuration":
            return httpx.Response(
                200,
                json={
                    "issuer": ISSUER,
                    "authorization_endpoint": ISSUER + "/authorize",
                    "token_endpoint": ISSUER + "/token",
                    "jwks_uri": ISSUER + "/jwks",
                    "end_session_endpoint": ISSUER + "/endsession",
                },
            )
        if path == "/idporten/jwks":
            return httpx.Response(200, json=KeySet([self.key]).as_dict(private=False))
        if path == "/idporten/token":
            self.token_requests.append({k: v[0] for k, v in parse_qs(request.content.decode()).items()})
            return httpx.Response(200, json={"access_token": "a", "token_type": "Bearer", "id_token": self.next_token})
        return httpx.Response(404)

    def claims(self, sent_nonce: str, **changes) -> dict:
        at = int(time.time())
        claims = {
            "iss": ISSUER,
            "aud": "udi",
            "sub": "pairwise-sub",
            "pid": PID,
            "name": "Testa Syntetisk",
            "acr": "idporten-loa-high",
            "amr": ["BankID"],
            "locale": "en",
            "sid": "sid-1",
            "nonce": sent_nonce,
            "auth_time": at,
            "iat": at,
            "exp": at + 120,
        }
        claims.update(changes)
        return {k: v for k, v in claims.items() if v is not None}

    def sign(self, claims: dict, key: RSAKey | None = None) -> str:
        signer = key or self.key
        return jwt.encode({"alg": "RS256", "kid": signer.kid, "typ": "JWT"}, claims, signer)

    @staticmethod
    def unsigned(claims: dict) -> str:
        header = _b64(json.dumps({"alg": "none", "typ": "JWT"}).encode())
        return f"{header}.{_b64(json.dumps(claims).encode())}."


@pytest.fixture
def forged(tmp_path: Path) -> Iterator[Callable[..., tuple[TestClient, ForgedProvider]]]:
    opened: list[TestClient] = []

    def make(*defects: str) -> tuple[TestClient, ForgedProvider]:
        provider = ForgedProvider()
        settings = Settings(
            db_path=tmp_path / f"rp{len(opened)}.db",
            test_mode=True,
            control_token="t",
            idporten_issuer=ISSUER,
        )
        app = create_app(settings)
        app.state.env.active_defects.update(defects)
        app.state.oidc_rp_transport = httpx.MockTransport(provider.handle)
        client = TestClient(app, base_url=DEFAULT_PUBLIC_URL, headers={"X-Testenv-Token": "t"}, follow_redirects=False)
        opened.append(client.__enter__())
        return client, provider

    yield make
    for client in opened:
        client.__exit__(None, None, None)


def start(client: TestClient) -> dict[str, str]:
    """UDI's 'Log in with ID-porten': the authorization request it sends the browser to."""
    answer = client.get("/udi/en/login/idporten")
    assert answer.status_code == 303
    location = answer.headers["location"]
    assert location.startswith(ISSUER + "/authorize?")
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def callback(client: TestClient, request: dict[str, str], **params: str) -> httpx.Response:
    query = {"code": "forged-code", "state": request["state"], **params}
    return client.get("/udi/oidc/callback", params={k: v for k, v in query.items() if v is not None})


def logged_in(client: TestClient) -> bool:
    return client.get(APPLICATIONS).status_code == 200


def account_made(client: TestClient) -> bool:
    return client.get("/__testenv__/udi/applications", params={"pid": PID}).json()["account"] is not None


# --- the authorization request ---------------------------------------------------------------------------
def test_each_log_in_sends_a_fresh_state_nonce_and_s256_challenge(forged) -> None:
    client, _ = forged()
    first, second = start(client), start(client)
    assert first["client_id"] == "udi" and first["response_type"] == "code"
    assert first["redirect_uri"] == DEFAULT_PUBLIC_URL + "/udi/oidc/callback"
    assert "openid" in first["scope"].split()
    assert first["acr_values"] == "idporten-loa-high" and first["ui_locales"] == "en"
    assert first["code_challenge_method"] == "S256" and len(first["code_challenge"]) == 43
    for name in ("state", "nonce", "code_challenge"):
        assert first[name] != second[name] and len(first[name]) >= 22


def test_the_code_is_redeemed_with_the_verifier_of_its_challenge(forged) -> None:
    import base64
    import hashlib

    client, provider = forged()
    request = start(client)
    provider.next_token = provider.sign(provider.claims(request["nonce"]))
    assert callback(client, request).headers["location"] == APPLICATIONS
    redeemed = provider.token_requests[-1]
    assert redeemed["grant_type"] == "authorization_code" and redeemed["code"] == "forged-code"
    challenge = base64.urlsafe_b64encode(hashlib.sha256(redeemed["code_verifier"].encode()).digest()).rstrip(b"=")
    assert challenge.decode() == request["code_challenge"]
    assert redeemed["redirect_uri"] == request["redirect_uri"]
    assert logged_in(client) and account_made(client)


# --- forged and replayed callbacks ------------------------------------------------------------------------
FORGERIES: dict[str, Callable[[ForgedProvider, str], str]] = {
    "wrong iss": lambda p, n: p.sign(p.claims(n, iss="https://evil.test/idporten")),
    "wrong aud": lambda p, n: p.sign(p.claims(n, aud="altinn")),
    "wrong nonce": lambda p, n: p.sign(p.claims(n, nonce="not-the-one-sent")),
    "no nonce": lambda p, n: p.sign(p.claims(n, nonce=None)),
    "expired": lambda p, n: p.sign(p.claims(n, iat=int(time.time()) - 900, exp=int(time.time()) - 600)),
    "alg none": lambda p, n: p.unsigned(p.claims(n)),
    "other key": lambda p, n: p.sign(p.claims(n), RSAKey.generate_key(2048, parameters={"kid": "forged-1"})),
    "unknown acr": lambda p, n: p.sign(p.claims(n, acr="idporten-loa-low")),
}


@pytest.mark.parametrize("forgery", list(FORGERIES))
def test_a_forged_id_token_logs_nobody_in(forged, forgery: str) -> None:
    client, provider = forged()
    request = start(client)
    provider.next_token = FORGERIES[forgery](provider, request["nonce"])
    answer = callback(client, request)
    assert answer.status_code == 400
    assert "could not be completed" in answer.text
    assert not logged_in(client) and not account_made(client)


def test_a_level_3_token_is_refused_on_its_claim_although_level_4_was_asked_for(forged) -> None:
    client, provider = forged()
    request = start(client)
    assert request["acr_values"] == "idporten-loa-high"
    provider.next_token = provider.sign(provider.claims(request["nonce"], acr="idporten-loa-substantial"))
    answer = callback(client, request)
    assert answer.status_code == 403
    assert "UDI requires a higher security level (level 4)" in answer.text
    assert not logged_in(client) and not account_made(client)


@pytest.mark.parametrize("state", ["forged-state", None])
def test_a_callback_with_another_or_no_state_is_refused_before_the_code_is_redeemed(forged, state) -> None:
    client, provider = forged()
    request = start(client)
    provider.next_token = provider.sign(provider.claims(request["nonce"]))
    answer = callback(client, request, state=state)
    assert answer.status_code == 400
    assert provider.token_requests == []
    assert not logged_in(client)


def test_a_replayed_callback_is_refused(forged) -> None:
    client, provider = forged()
    request = start(client)
    provider.next_token = provider.sign(provider.claims(request["nonce"]))
    first = callback(client, request)
    assert first.headers["location"] == APPLICATIONS
    client.cookies.clear()  # another browser (or the same one logged out) replays the URL
    assert callback(client, request).status_code == 400
    assert not logged_in(client)


def test_cancelling_at_id_porten_is_shown_at_udi(forged) -> None:
    client, provider = forged()
    request = start(client)
    answer = callback(client, request, code=None, error="access_denied")
    assert answer.status_code == 200
    assert "You cancelled the log-in at ID-porten" in answer.text
    assert provider.token_requests == [] and not logged_in(client)


def test_an_unreachable_provider_is_said_at_udi_not_a_crash(tmp_path: Path) -> None:
    settings = Settings(db_path=tmp_path / "t.db", test_mode=True, control_token="t", idporten_issuer=ISSUER)
    app = create_app(settings)
    app.state.oidc_rp_transport = httpx.MockTransport(lambda request: httpx.Response(503))
    with TestClient(app, base_url=DEFAULT_PUBLIC_URL, follow_redirects=False) as client:
        answer = client.get("/udi/en/login/idporten")
    assert answer.status_code == 503
    assert "ID-porten cannot be reached" in answer.text


# --- each defect lets its forgery in (the checks above would catch it) --------------------------------------
DEFECT_FORGERY = {
    "udi.idporten_iss_unchecked": "wrong iss",
    "udi.idporten_aud_unchecked": "wrong aud",
    "udi.idporten_nonce_unchecked": "wrong nonce",
    "udi.idporten_expired_accepted": "expired",
    "udi.idporten_alg_none_accepted": "alg none",
}


@pytest.mark.parametrize("defect", list(DEFECT_FORGERY))
def test_the_defect_lets_its_forgery_in(forged, defect: str) -> None:
    client, provider = forged(defect)
    request = start(client)
    provider.next_token = FORGERIES[DEFECT_FORGERY[defect]](provider, request["nonce"])
    assert callback(client, request).headers["location"] == APPLICATIONS


def test_the_state_defect_lets_a_forged_state_in(forged) -> None:
    client, provider = forged("udi.idporten_state_unchecked")
    request = start(client)
    provider.next_token = provider.sign(provider.claims(request["nonce"]))
    assert callback(client, request, state="forged-state").headers["location"] == APPLICATIONS


def test_the_requested_level_defect_lets_level_3_in(forged) -> None:
    client, provider = forged("udi.level_from_request")
    request = start(client)
    provider.next_token = provider.sign(provider.claims(request["nonce"], acr="idporten-loa-substantial"))
    assert callback(client, request).headers["location"] == APPLICATIONS


# --- log-out ----------------------------------------------------------------------------------------------
def _logged_in_then_logout(client: TestClient, provider: ForgedProvider) -> httpx.Response:
    request = start(client)
    provider.next_token = provider.sign(provider.claims(request["nonce"]))
    callback(client, request)
    page = client.get(APPLICATIONS)
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    return client.post("/udi/logout", data={"lang": "en", "csrf_token": token})


def test_logout_ends_udis_session_and_sends_the_person_to_end_session(forged) -> None:
    client, provider = forged()
    answer = _logged_in_then_logout(client, provider)
    location = answer.headers["location"]
    assert location.startswith(ISSUER + "/endsession?")
    query = {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}
    assert query["id_token_hint"] == provider.next_token
    assert query["post_logout_redirect_uri"] == DEFAULT_PUBLIC_URL + "/udi/oidc/logged-out"
    assert not logged_in(client)  # before the provider answers
    back = client.get(path_of(query["post_logout_redirect_uri"]), params={"state": query["state"]})
    assert back.headers["location"] == "/udi/en/login"
    assert "You are now logged out." in client.get("/udi/en/login").text


def test_the_logout_defect_leaves_udis_session_alive(forged) -> None:
    client, provider = forged("udi.idporten_logout_keeps_session")
    assert _logged_in_then_logout(client, provider).headers["location"].startswith(ISSUER + "/endsession?")
    assert logged_in(client)

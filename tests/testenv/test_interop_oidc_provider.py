"""Interoperability (issue 15): the npm `oidc-provider` (a certified OpenID Provider nobody here wrote) as a
real server on loopback, configured as a foreign ID-porten (tests/testenv/interop/foreign_idporten.mjs).

This module proves the fixture itself with an independent client (Authlib's `OAuth2Client`, the ID token
checked with joserfc against the provider's JWKS): the tokens it issues have ID-porten's shape
(domain-facts §10.1), PKCE is required and the level reported is the one reached. The environment's relying
parties log in through the same fixture once they exist (docs/idporten-contract.md, "Interoperability").
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
from authlib.integrations.httpx_client import OAuth2Client
from foreign_support import ForeignProvider, log_in_foreign, start_foreign, walk
from joserfc import jwt
from joserfc.jwk import KeySet
from oidc_support import SYNTHETIC, query_of

pytestmark = pytest.mark.timeout(90)
CLIENT_ID, SECRET = "authlib-rp", "authlib-rp-test-secret"
REDIRECT_URI = "http://127.0.0.1:9/callback"  # never served: the person stops at the redirect to it


@pytest.fixture(scope="module")
def foreign() -> Iterator[ForeignProvider]:
    client = {"client_id": CLIENT_ID, "client_secret": SECRET, "redirect_uris": [REDIRECT_URI]}
    yield from start_foreign([client])


class AuthlibRp:
    def __init__(self, foreign: ForeignProvider) -> None:
        self.metadata = foreign.metadata()
        self.oauth = OAuth2Client(
            CLIENT_ID, SECRET, scope="openid", redirect_uri=REDIRECT_URI, code_challenge_method="S256"
        )
        self.state, self.nonce, self.verifier = (secrets.token_urlsafe(16) for _ in range(3))
        self.verifier += secrets.token_urlsafe(32)

    def authorization_url(self, **extra: str) -> str:
        url, _ = self.oauth.create_authorization_url(
            self.metadata["authorization_endpoint"],
            state=self.state,
            nonce=self.nonce,
            code_verifier=self.verifier,
            **{"acr_values": "idporten-loa-high", "ui_locales": "nb", **extra},
        )
        return url

    def claims(self, callback: str) -> dict:
        token = self.oauth.fetch_token(
            self.metadata["token_endpoint"],
            authorization_response=callback,
            state=self.state,
            code_verifier=self.verifier,
        )
        decoded = jwt.decode(
            token["id_token"], KeySet.import_key_set(httpx.get(self.metadata["jwks_uri"]).json()), algorithms=["RS256"]
        )
        jwt.JWTClaimsRegistry(
            iss={"essential": True, "value": self.metadata["issuer"]},
            aud={"essential": True, "value": CLIENT_ID},
            nonce={"essential": True, "value": self.nonce},
            exp={"essential": True},
            iat={"essential": True},
        ).validate(decoded.claims)
        assert decoded.header.get("kid"), decoded.header
        return decoded.claims


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(follow_redirects=False) as client:
        yield client


def test_the_foreign_provider_publishes_idportens_choices(foreign: ForeignProvider) -> None:
    meta = foreign.metadata()
    assert meta["issuer"] == foreign.issuer and urlsplit(foreign.issuer).hostname == "127.0.0.1"
    assert meta["response_types_supported"] == ["code"] and meta["code_challenge_methods_supported"] == ["S256"]
    assert set(meta["acr_values_supported"]) == {"idporten-loa-substantial", "idporten-loa-high"}
    assert meta["subject_types_supported"] == ["pairwise"]
    assert {"pid", "locale"} <= set(meta["claims_supported"])


@pytest.mark.parametrize(("level", "acr"), [("4", "idporten-loa-high"), ("3", "idporten-loa-substantial")])
def test_authlib_logs_in_and_gets_an_idporten_shaped_id_token(
    foreign: ForeignProvider, http: httpx.Client, level: str, acr: str
) -> None:
    rp = AuthlibRp(foreign)
    callback = log_in_foreign(http, rp.authorization_url(ui_locales="nn"), REDIRECT_URI, SYNTHETIC[0], level)
    assert query_of(callback)["state"] == rp.state
    claims = rp.claims(callback)
    assert claims["acr"] == acr and claims["amr"] == ["TestID"]  # the level reached, whatever was asked
    assert claims["pid"] == SYNTHETIC[0] and claims["locale"] == "nn"
    assert claims["sub"] != SYNTHETIC[0] and re.fullmatch(r"[\w-]{20,}", claims["sub"]), claims["sub"]


def test_the_foreign_provider_requires_pkce(foreign: ForeignProvider, http: httpx.Client) -> None:
    rp = AuthlibRp(foreign)
    query = {k: v for k, v in query_of(rp.authorization_url()).items() if not k.startswith("code_challenge")}
    answer = walk(http, httpx.URL(rp.metadata["authorization_endpoint"], params=query).__str__(), REDIRECT_URI)
    assert answer.status_code in (302, 303), answer.text
    refused = query_of(answer.headers["location"])
    assert refused["error"] == "invalid_request" and refused["state"] == rp.state and "code" not in refused

"""`private_key_jwt` at ID-porten's token endpoint (domain-facts §10.1: "client authentication by secret or,
recommended, by a signed JWT"; RFC 7523 §2.2 and §3, OpenID Connect Core 9), driven by Authlib's client
(`OAuth2Client` + `PrivateKeyJWT`) and, for the assertions a real client would never send, by joserfc.

The `demo-jwt` client is registered with a public key only; the test holds its private key
(tests/testenv/interop/demo-jwt-private.jwks.json). Every refusal is `invalid_client` and leaves the code
unused: the same code is then redeemed by a proper assertion, so a bad assertion costs the client nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from authlib.integrations.base_client.errors import OAuthError
from joserfc import jwt
from joserfc.jwk import RSAKey
from oidc_support import SYNTHETIC, Person, Provider, RelyingParty, demo_jwt_key, query_of, start

pytestmark = pytest.mark.timeout(60)
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Provider]:
    yield from start(Path(tmp_path_factory.mktemp("oidc-jwt")) / "t.db")


@pytest.fixture
def person(provider: Provider) -> Iterator[Person]:
    someone = Person(provider, scope="jwt-" + secrets.token_hex(6))
    yield someone
    someone.close()


def log_in(person: Person, rp: RelyingParty) -> str:
    chooser = person.open(rp.authorization_url(prompt="login"))
    assert chooser.status_code == 200 and "TestID" in chooser.text, chooser.text
    back = person.test_id("nb", level="4")
    assert back.status_code == 303 and back.headers["location"].startswith(rp.redirect_uri + "?"), back.text
    return back.headers["location"]


def claims_for(rp: RelyingParty, **changes: object) -> dict:
    """What RFC 7523 §3 asks of a client assertion, for `demo-jwt` at this provider; `changes` override
    (a value of None removes the claim)."""
    issued = int(time.time())
    claims = {
        "iss": "demo-jwt",
        "sub": "demo-jwt",
        "aud": rp.metadata["issuer"],
        "iat": issued,
        "exp": issued + 60,
        "jti": secrets.token_urlsafe(24),
    }
    claims.update(changes)
    return {key: value for key, value in claims.items() if value is not None}


def signed(claims: dict, key: RSAKey | None = None, alg: str = "RS256") -> str:
    key = key or demo_jwt_key()
    header = {"alg": alg, **({"kid": key.kid} if key.kid else {})}
    return jwt.encode(header, claims, key, algorithms=[alg])


def forged(header: dict, claims: dict, public: RSAKey | None = None) -> str:
    """A JWT no library will make (joserfc refuses both): unsigned, or HMAC-signed with the client's public
    key as the secret. Written out here because forging it is the point."""

    def part(value: bytes) -> str:
        return base64.urlsafe_b64encode(value).rstrip(b"=").decode()

    signing_input = f"{part(json.dumps(header).encode())}.{part(json.dumps(claims).encode())}"
    if public is None:
        return signing_input + "."
    secret = public.as_pem(private=False)
    return f"{signing_input}.{part(hmac.new(secret, signing_input.encode(), hashlib.sha256).digest())}"


def redeem(rp: RelyingParty, callback: str, assertion: str, **extra: str) -> httpx.Response:
    """The token request as the wire carries it, with a client assertion of our making."""
    data = {
        "grant_type": "authorization_code",
        "code": query_of(callback)["code"],
        "redirect_uri": rp.redirect_uri,
        "code_verifier": rp.verifier,
        "client_assertion_type": ASSERTION_TYPE,
        "client_assertion": assertion,
        **extra,
    }
    return httpx.post(rp.metadata["token_endpoint"], data=data)


def test_discovery_offers_private_key_jwt_with_rs256(provider: Provider) -> None:
    meta = provider.metadata()
    assert "private_key_jwt" in meta["token_endpoint_auth_methods_supported"]
    assert meta["token_endpoint_auth_signing_alg_values_supported"] == ["RS256"]


def test_authlibs_private_key_jwt_client_logs_in(provider: Provider, person: Person) -> None:
    rp = RelyingParty(provider, "demo-jwt", auth="private_key_jwt")
    claims = rp.validate(rp.token(log_in(person, rp))["id_token"])
    assert claims["aud"] == "demo-jwt" and claims["pid"] == SYNTHETIC[0] and claims["acr"] == "idporten-loa-high"
    # Same organisation as `demo` (demo.example): the same pairwise sub for the same person.
    demo = RelyingParty(provider, "demo")
    assert demo.validate(demo.token(log_in(person, demo))["id_token"])["sub"] == claims["sub"]


def test_an_assertion_addressed_to_the_token_endpoint_is_accepted_too(provider: Provider, person: Person) -> None:
    """RFC 7523 §3 and OIDC Core 9: the audience may be the token endpoint's URL (Authlib's client does so)."""
    rp = RelyingParty(provider, "demo-jwt", auth="private_key_jwt")
    callback = log_in(person, rp)
    answer = redeem(rp, callback, signed(claims_for(rp, aud=rp.metadata["token_endpoint"])))
    assert answer.status_code == 200 and answer.json()["id_token"], answer.text


def _refused(rp: RelyingParty, callback: str, assertion: str, **extra: str) -> None:
    """invalid_client (never a 5xx), and the code is still good for a proper assertion afterwards."""
    answer = redeem(rp, callback, assertion, **extra)
    assert answer.status_code in (400, 401), answer.text
    assert answer.json()["error"] == "invalid_client", answer.text
    good = redeem(rp, callback, signed(claims_for(rp)))
    assert good.status_code == 200, good.text


@pytest.mark.parametrize(
    "wrong",
    [
        "another-key",
        "expired",
        "other-audience",
        "iss-not-sub",
        "no-jti",
        "jti-not-text",
        "no-sub",
        "hs256-with-the-public-key",
        "alg-none",
        "garbage",
    ],
)
def test_a_wrong_assertion_is_invalid_client(provider: Provider, person: Person, wrong: str) -> None:
    rp = RelyingParty(provider, "demo-jwt", auth="private_key_jwt")
    callback = log_in(person, rp)
    now = int(time.time())
    if wrong == "another-key":  # same kid, another key: the signature does not verify
        other = RSAKey.generate_key(2048, parameters={"kid": demo_jwt_key().kid})
        assertion = signed(claims_for(rp), key=other)
    elif wrong == "expired":
        assertion = signed(claims_for(rp, iat=now - 600, exp=now - 300))
    elif wrong == "other-audience":
        assertion = signed(claims_for(rp, aud="https://idporten.example/"))
    elif wrong == "iss-not-sub":
        assertion = signed(claims_for(rp, iss="demo"))
    elif wrong == "no-jti":
        assertion = signed(claims_for(rp, jti=None))
    elif wrong == "jti-not-text":
        assertion = signed(claims_for(rp, jti={"not": "text"}))
    elif wrong == "no-sub":
        assertion = signed(claims_for(rp, sub=None))
    elif wrong == "hs256-with-the-public-key":  # the classic algorithm confusion
        assertion = forged({"alg": "HS256", "kid": demo_jwt_key().kid}, claims_for(rp), demo_jwt_key())
    elif wrong == "alg-none":
        assertion = forged({"alg": "none"}, claims_for(rp))
    else:
        assertion = "not.a.jwt"
    _refused(rp, callback, assertion)


def test_a_replayed_assertion_is_refused(provider: Provider, person: Person) -> None:
    """RFC 7523 §3 lets the server refuse a `jti` it has seen; Authlib's server asks `validate_jti`, and
    ID-porten's double keeps every accepted `jti` per client until well after its `exp`."""
    rp = RelyingParty(provider, "demo-jwt", auth="private_key_jwt")
    assertion = signed(claims_for(rp))
    assert redeem(rp, log_in(person, rp), assertion).status_code == 200
    again = RelyingParty(provider, "demo-jwt", auth="private_key_jwt")
    _refused(again, log_in(person, again), assertion)


def test_authlibs_client_with_a_fixed_jti_is_refused_the_second_time(provider: Provider, person: Person) -> None:
    fixed = {"jti": secrets.token_urlsafe(24)}
    first = RelyingParty(provider, "demo-jwt", auth="private_key_jwt", assertion_claims=fixed)
    first.token(log_in(person, first))
    second = RelyingParty(provider, "demo-jwt", auth="private_key_jwt", assertion_claims=fixed)
    callback = log_in(person, second)
    with pytest.raises(OAuthError) as refused:
        second.token(callback)
    assert refused.value.error == "invalid_client"


def test_a_client_id_that_names_another_client_is_refused(provider: Provider, person: Person) -> None:
    rp = RelyingParty(provider, "demo-jwt", auth="private_key_jwt")
    _refused(rp, log_in(person, rp), signed(claims_for(rp)), client_id="demo")


def test_a_secret_client_cannot_use_an_assertion_nor_a_jwt_client_a_secret(provider: Provider, person: Person) -> None:
    demo = RelyingParty(provider, "demo")
    callback = log_in(person, demo)
    answer = redeem(demo, callback, signed(claims_for(demo, iss="demo", sub="demo")))
    assert answer.status_code in (400, 401) and answer.json()["error"] == "invalid_client", answer.text
    rp = RelyingParty(provider, "demo-jwt", auth="private_key_jwt")
    callback = log_in(person, rp)
    for secret in ("", "demo-test-secret"):
        answer = httpx.post(
            rp.metadata["token_endpoint"],
            data={
                "grant_type": "authorization_code",
                "code": query_of(callback)["code"],
                "redirect_uri": rp.redirect_uri,
                "code_verifier": rp.verifier,
            },
            auth=("demo-jwt", secret),
        )
        assert answer.status_code == 401 and answer.json()["error"] == "invalid_client", answer.text

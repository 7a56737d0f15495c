"""Interoperability (issue 15): a relying party nobody here wrote, the npm `openid-client`, logs in through the
test environment's ID-porten on loopback. openid-client does discovery, PKCE, the code exchange and the ID
token's validation itself (signature from the JWKS, `iss`, `aud`, `exp`, `iat`, `nonce`, `state`); the person's
part is TestID over HTTP. The test then judges the claims it validated against ID-porten's contract
(domain-facts §10.1): `acr` as reached, `pid`, a pairwise `sub`, our `nonce`.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from node_support import NodeProgram
from oidc_support import CLIENTS, DEMO_JWT_KEY_FILE, SYNTHETIC, Person, Provider, RelyingParty, query_of, start

pytestmark = pytest.mark.timeout(90)
PACKAGES = ("openid-client",)


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Provider]:
    yield from start(Path(tmp_path_factory.mktemp("interop-rp")) / "t.db")


@pytest.fixture
def person(provider: Provider) -> Iterator[Person]:
    someone = Person(provider, scope="node-" + secrets.token_hex(6))
    yield someone
    someone.close()


def openid_client(provider: Provider, client_id: str, **settings: str) -> NodeProgram:
    secret, callback, _ = CLIENTS[client_id]
    config = {
        "issuer": provider.issuer,
        "client_id": client_id,
        "redirect_uri": provider.url + callback,
        **({"private_jwks_file": str(DEMO_JWT_KEY_FILE)} if client_id == "demo-jwt" else {"client_secret": secret}),
        **settings,
    }
    return NodeProgram("openid_client_rp.mjs", json.dumps(config), packages=PACKAGES)


def log_in(provider: Provider, person: Person, client_id: str, level: str = "4", **settings: str) -> tuple[dict, dict]:
    """openid-client's result for a TestID log-in at `level`, and the query of the URL it sent the person to."""
    with openid_client(provider, client_id, **settings) as rp:
        url = rp.read()["authorization_url"]
        chooser = person.open(url)
        assert chooser.status_code == 200 and "TestID" in chooser.text, chooser.text
        back = person.test_id(settings.get("ui_locales", "nb"), level=level)
        assert back.status_code == 303, back.text
        rp.send(back.headers["location"])
        return rp.read(), query_of(url)


@pytest.mark.parametrize("client_id", ["demo", "demo-jwt"], ids=["client_secret_basic", "private_key_jwt"])
def test_openid_client_logs_in_and_validates_idportens_id_token(
    provider: Provider, person: Person, client_id: str
) -> None:
    result, asked = log_in(provider, person, client_id, acr_values="idporten-loa-high")
    assert "error" not in result, result
    claims = result["claims"]
    assert asked["code_challenge_method"] == "S256" and asked["code_challenge"], asked
    assert claims["iss"] == provider.issuer and claims["aud"] == client_id
    assert claims["nonce"] == asked["nonce"]
    assert claims["acr"] == "idporten-loa-high" and claims["amr"] == ["TestID"]
    assert claims["pid"] == SYNTHETIC[0] and claims["locale"] == "nb"
    assert claims["sub"] != SYNTHETIC[0] and result["userinfo"]["sub"] == claims["sub"]
    # Pairwise: the same sub for another client of demo.example (Authlib's), another for UDI's organisation.
    subs = {}
    for other in ("demo", "udi"):
        authlib_rp = RelyingParty(provider, other)
        back = person.open(authlib_rp.authorization_url(prompt="login"))
        assert back.status_code == 200, back.text
        callback = person.test_id("nb").headers["location"]
        subs[other] = authlib_rp.validate(authlib_rp.token(callback)["id_token"])["sub"]
    assert subs["demo"] == claims["sub"] != subs["udi"]


def test_openid_client_sees_the_level_reached_not_the_one_asked_for(provider: Provider, person: Person) -> None:
    result, _ = log_in(provider, person, "demo", level="3", acr_values="idporten-loa-high", ui_locales="nn")
    assert "error" not in result, result
    assert result["claims"]["acr"] == "idporten-loa-substantial" and result["claims"]["locale"] == "nn"


def test_openid_client_refuses_a_callback_with_a_forged_state(provider: Provider, person: Person) -> None:
    """The harness can fail: openid-client itself refuses a callback whose state is not the one it sent."""
    with openid_client(provider, "demo") as rp:
        person.open(rp.read()["authorization_url"])
        callback = person.test_id("nb").headers["location"]
        forged = callback.replace(f"state={query_of(callback)['state']}", "state=" + secrets.token_urlsafe(16))
        rp.send(forged)
        result = rp.read()
    assert "claims" not in result and "state" in (result["cause"] or ""), result

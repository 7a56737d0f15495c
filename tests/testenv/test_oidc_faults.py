"""The control API's provider faults: the next ID token of a test's scope to one client is wrong in exactly one
way (docs/idporten-contract.md). Checked with an independent relying party (Authlib's client, joserfc against
the published JWKS) on a real loopback server: each forged token fails exactly its own check, once."""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from joserfc import jws, jwt
from joserfc.errors import BadSignatureError, JoseError
from joserfc.jwk import KeySet
from oidc_support import Person, Provider, RelyingParty, query_of, start

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Provider]:
    yield from start(Path(tmp_path_factory.mktemp("faults")) / "t.db")


def set_fault(provider: Provider, scope: str, fault: str | None, client_id: str = "demo") -> httpx.Response:
    return provider.control.put(
        f"/__testenv__/idporten/scopes/{scope}/id-token-fault", json={"client_id": client_id, "fault": fault}
    )


def id_token_of_a_log_in(provider: Provider, scope: str) -> tuple[str, RelyingParty]:
    """A TestID log-in of the demo client in `scope`; the code is redeemed with that scope (as a relying party of
    the environment passes its test's scope on the back channel)."""
    person = Person(provider, scope=scope)
    try:
        rp = RelyingParty(provider)
        person.open(rp.authorization_url())
        back = person.test_id("nb")
        assert back.headers["location"].startswith(rp.redirect_uri), back.headers["location"]
        assert query_of(back.headers["location"])["state"] == rp.state
        token = rp.token(back.headers["location"], **{"X-Testenv-Scope": scope})
    finally:
        person.close()
    return token["id_token"], rp


def unverified(id_token: str) -> tuple[dict, dict]:
    parts = jws.extract_compact(id_token.encode())
    return dict(parts.protected), json.loads(parts.payload)


def test_without_a_fault_the_token_passes_every_check(provider: Provider) -> None:
    id_token, rp = id_token_of_a_log_in(provider, "f-" + secrets.token_hex(6))
    rp.validate(id_token)


@pytest.mark.parametrize("fault", ["key", "alg_none", "iss", "aud", "expired", "nonce"])
def test_a_fault_makes_the_next_token_wrong_in_its_one_way_and_only_once(provider: Provider, fault: str) -> None:
    scope = "f-" + secrets.token_hex(6)
    assert set_fault(provider, scope, fault).status_code == 200
    forged, rp = id_token_of_a_log_in(provider, scope)
    genuine_header, _ = unverified(id_token_of_a_log_in(provider, "f-" + secrets.token_hex(6))[0])
    header, claims = unverified(forged)
    jwks = KeySet.import_key_set(httpx.get(rp.metadata["jwks_uri"]).json())
    if fault == "key":
        assert header["kid"] == genuine_header["kid"]
        with pytest.raises(BadSignatureError):
            jwt.decode(forged, jwks, algorithms=["RS256"])
        return
    if fault == "alg_none":
        assert header["alg"] == "none" and forged.endswith(".")
        with pytest.raises(JoseError):
            jwt.decode(forged, jwks, algorithms=["RS256"])
        rp_claims = claims
    else:
        rp_claims = jwt.decode(forged, jwks, algorithms=["RS256"]).claims  # signed by ID-porten's key
    wrong = {
        "iss": rp_claims["iss"] != rp.metadata["issuer"],
        "aud": rp_claims["aud"] != rp.client_id,
        "nonce": rp_claims["nonce"] != rp.nonce,
        "expired": rp_claims["exp"] < time.time() - 300,  # past any leeway
    }
    expected = {name: name == fault for name in wrong}
    assert wrong == expected, f"{fault}: wrong in {wrong}"
    # Once: the scope's next token is genuine again.
    again, rp_again = id_token_of_a_log_in(provider, scope)
    rp_again.validate(again)


def test_a_fault_reaches_only_its_own_scope_and_client(provider: Provider) -> None:
    scope = "f-" + secrets.token_hex(6)
    assert set_fault(provider, scope, "iss", client_id="udi").status_code == 200  # another client
    id_token, rp = id_token_of_a_log_in(provider, scope)
    rp.validate(id_token)
    assert set_fault(provider, scope, "iss").status_code == 200
    id_token, rp = id_token_of_a_log_in(provider, "f-" + secrets.token_hex(6))  # another scope
    rp.validate(id_token)
    assert set_fault(provider, scope, None).status_code == 200  # cleared
    id_token, rp = id_token_of_a_log_in(provider, scope)
    rp.validate(id_token)


@pytest.mark.parametrize(
    "body", [{"client_id": "nobody", "fault": "iss"}, {"client_id": "demo", "fault": "everything"}, {"fault": "iss"}]
)
def test_an_unknown_client_or_fault_is_refused(provider: Provider, body: dict) -> None:
    answer = provider.control.put("/__testenv__/idporten/scopes/s1/id-token-fault", json=body)
    assert answer.status_code == 422, answer.text


def test_the_control_needs_the_token(provider: Provider) -> None:
    answer = httpx.put(
        provider.url + "/__testenv__/idporten/scopes/s1/id-token-fault", json={"client_id": "demo", "fault": "iss"}
    )
    assert answer.status_code in (401, 403), answer.text

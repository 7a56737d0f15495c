"""Interoperability (issue 15): the environment's relying party, UDI, logs people in through a provider nobody
here wrote — the npm `oidc-provider` as a foreign ID-porten on loopback (tests/testenv/foreign_support.py) —
with the environment's `idporten_issuer` pointing there and the secret the foreign provider registered.

UDI redeems the code and validates the foreign ID token itself (signature from the foreign JWKS, `iss`,
`aud`, `nonce`, `exp`); the level rule ("UDI requires a higher security level (level 4)", guide 001) must hold
on that token's `acr`: a level-3 log-in is refused although UDI asked for high.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient
from foreign_support import ForeignProvider, log_in_foreign, start_foreign

from testenv.app import create_app
from testenv.config import DEFAULT_PUBLIC_URL, Settings
from tests.testenv.rp_support import path_of

pytestmark = pytest.mark.timeout(90)
PID = "52829400197"  # synthetic (month + 80), domain-facts §4
SECRET = "udi-secret-at-the-foreign-provider-" + secrets.token_hex(8)
CALLBACK = DEFAULT_PUBLIC_URL + "/udi/oidc/callback"
APPLICATIONS = "/udi/en/applications"


@pytest.fixture(scope="module")
def foreign() -> Iterator[ForeignProvider]:
    udi = {
        "client_id": "udi",
        "client_secret": SECRET,
        "redirect_uris": [CALLBACK],
        "post_logout_redirect_uris": [DEFAULT_PUBLIC_URL + "/udi/oidc/logged-out"],
    }
    yield from start_foreign([udi])


@pytest.fixture
def udi(foreign: ForeignProvider, tmp_path: Path) -> Iterator[TestClient]:
    """The environment with UDI's relying party pointed at the foreign provider (real HTTP to it)."""
    settings = Settings(
        db_path=tmp_path / "t.db",
        test_mode=True,
        control_token="t",
        idporten_issuer=foreign.issuer,
        idporten_client_secrets={"udi": SECRET},
    )
    app = create_app(settings)
    with TestClient(app, base_url=DEFAULT_PUBLIC_URL, headers={"X-Testenv-Token": "t"}, follow_redirects=False) as c:
        yield c


def udi_logs_in(udi: TestClient, foreign: ForeignProvider, level: str) -> httpx.Response:
    """'Log in with ID-porten' at UDI, the foreign provider's TestID at `level`, and UDI's answer to the callback."""
    started = udi.get("/udi/en/login/idporten")
    assert started.status_code == 303, started.text[:300]
    authorize = started.headers["location"]
    assert authorize.startswith(foreign.metadata()["authorization_endpoint"] + "?"), authorize
    asked = {k: v[0] for k, v in parse_qs(urlsplit(authorize).query).items()}
    assert asked["acr_values"] == "idporten-loa-high" and asked["code_challenge_method"] == "S256"
    with httpx.Client(follow_redirects=False) as browser_at_foreign:
        callback = log_in_foreign(browser_at_foreign, authorize, CALLBACK, PID, level)
    assert callback.startswith(CALLBACK + "?"), callback
    return udi.get(path_of(callback))


def test_udi_logs_in_through_the_foreign_provider_at_level_4(udi: TestClient, foreign: ForeignProvider) -> None:
    answer = udi_logs_in(udi, foreign, "4")
    assert answer.status_code == 303 and answer.headers["location"] == APPLICATIONS, answer.text[:500]
    assert udi.get(APPLICATIONS).status_code == 200
    assert udi.get("/__testenv__/udi/applications", params={"pid": PID}).json()["account"] is not None


def test_udi_refuses_the_foreign_level_3_token_on_its_acr(udi: TestClient, foreign: ForeignProvider) -> None:
    answer = udi_logs_in(udi, foreign, "3")
    assert answer.status_code == 403, answer.text[:500]
    assert "UDI requires a higher security level (level 4)" in answer.text
    assert udi.get(APPLICATIONS).status_code != 200
    assert udi.get("/__testenv__/udi/applications", params={"pid": PID}).json()["account"] is None


def test_a_wrong_secret_at_the_foreign_provider_logs_nobody_in(foreign: ForeignProvider, tmp_path: Path) -> None:
    """The foreign provider really authenticates UDI: with another secret the code is never redeemed."""
    settings = Settings(
        db_path=tmp_path / "w.db",
        test_mode=True,
        control_token="t",
        idporten_issuer=foreign.issuer,
        idporten_client_secrets={"udi": "not-the-registered-secret"},
    )
    base = {"base_url": DEFAULT_PUBLIC_URL, "headers": {"X-Testenv-Token": "t"}, "follow_redirects": False}
    with TestClient(create_app(settings), **base) as udi:
        answer = udi_logs_in(udi, foreign, "4")
        assert answer.status_code < 500 and answer.headers.get("location") != APPLICATIONS, answer.text[:500]
        assert udi.get(APPLICATIONS).status_code != 200

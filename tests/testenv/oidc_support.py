"""Shared by the OpenID Connect protocol tests: the test environment as a real server on loopback, a person
who logs in through ID-porten's screens over HTTP, and a relying party that is not the environment's code.

The relying party is Authlib's own OAuth 2.0 client (`authlib.integrations.httpx_client.OAuth2Client`) and
the ID token is checked with joserfc against the JWKS the provider publishes: the expectations come from
OpenID Connect Core and domain-facts §10, never from testenv's code.
"""

from __future__ import annotations

import json
import re
import secrets
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import uvicorn
from authlib.integrations.httpx_client import OAuth2Client
from authlib.oauth2.rfc7523 import PrivateKeyJWT
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

from testenv.app import create_app
from testenv.config import Settings

TOKEN = "oidc-test-token"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
# Synthetic identity numbers (month + 80), valid mod 11 (domain-facts §4, Skatteetaten's table).
SYNTHETIC = ("12829499914", "52829400197")
# What each registered client is (docs/idporten-contract.md: the suite side's copy, not testenv's table).
CLIENTS = {
    "demo": ("demo-test-secret", "/idporten/demo-client/callback", "/idporten/demo-client/logged-out"),
    "udi": ("udi-test-secret", "/udi/oidc/callback", "/udi/oidc/logged-out"),
    "altinn": ("altinn-test-secret", "/oidc/callback", "/oidc/logged-out"),
    # No secret: it signs a JWT with this private key (private_key_jwt), registered by its public half.
    "demo-jwt": ("", "/idporten/demo-client/callback", "/idporten/demo-client/logged-out"),
}
DEMO_JWT_KEY_FILE = Path(__file__).parent / "interop" / "demo-jwt-private.jwks.json"


def demo_jwt_key() -> RSAKey:
    """The private key of the `demo-jwt` client (docs/idporten-contract.md), as the client holds it."""
    return RSAKey.import_key(json.loads(DEMO_JWT_KEY_FILE.read_text())["keys"][0])


# RFC 7636 appendix B / domain-facts §10.1's published pair.
PUBLISHED_VERIFIER = "xyo94uhy3zKvgB0NJwLms86SwcjtWviEOpkBnGgaLlo"
PUBLISHED_CHALLENGE = "b7elB7ZyxIXgFyvBznKvxl7wOB-H17Pz0a3B62NIMFI"


class LoopbackServer:
    """The test environment served by uvicorn in a thread on 127.0.0.1 (a real socket, a free port)."""

    def __init__(self, db: Path) -> None:
        # The socket listens before the server starts: a request made at once waits in its backlog until
        # uvicorn serves it, so nothing has to poll for "started".
        self.socket = socket.create_server(("127.0.0.1", 0))
        # Its public URL (issuer, registered addresses), as `python -m testenv` (single origin) configures it.
        public = {"*": f"http://127.0.0.1:{self.socket.getsockname()[1]}"}
        settings = Settings(db_path=db, test_mode=True, control_token=TOKEN, public_urls=public)
        config = uvicorn.Config(create_app(settings), log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@dataclass
class Provider:
    url: str
    control: httpx.Client

    @property
    def issuer(self) -> str:
        return self.url + "/idporten"

    def metadata(self) -> dict:
        return httpx.get(self.issuer + "/.well-known/openid-configuration").json()

    def defects(self, *names: str) -> None:
        self.control.put("/__testenv__/defects", json={"active": list(names)}).raise_for_status()

    def move_clock(self, scope: str, seconds: float) -> None:
        self.control.put(f"/__testenv__/scopes/{scope}", json={"clock_offset_s": seconds}).raise_for_status()


def start(db: Path) -> Iterator[Provider]:
    with LoopbackServer(db) as server, httpx.Client(base_url=server.url, headers={"X-Testenv-Token": TOKEN}) as control:
        for pid in SYNTHETIC:
            body = {"pid": pid, "name": "Testa Syntetisk", "residential_address": "Testveien 1, 0150 Oslo"}
            control.post("/__testenv__/register/persons", json=body).raise_for_status()
        yield Provider(server.url, control)


class Person:
    """A browser without a browser: follows ID-porten's redirects itself, stops at the client's redirect_uri."""

    def __init__(self, provider: Provider, scope: str | None = None) -> None:
        headers = {"X-Testenv-Scope": scope} if scope else {}
        self.http = httpx.Client(base_url=provider.url, headers=headers, follow_redirects=False)
        self.provider = provider

    def open(self, url: str) -> httpx.Response:
        """GET url and follow redirects while they stay on ID-porten; return the last response."""
        response = self.http.get(url)
        while response.status_code in (302, 303):
            path = urlsplit(response.headers["location"]).path
            if not path.startswith("/idporten/") or path.startswith("/idporten/demo-client/"):
                break
            response = self.http.get(response.headers["location"])
        return response

    def test_id(self, lang: str, pid: str = SYNTHETIC[0], level: str = "4") -> httpx.Response:
        """Log in with TestID on the page; returns where ID-porten sends the browser afterwards."""
        page = self.http.get(f"/idporten/{lang}/testid")
        token = CSRF.search(page.text).group(1)
        done = self.http.post(f"/idporten/{lang}/testid", data={"pid": pid, "level": level, "csrf_token": token})
        assert done.status_code == 303, done.text
        return self.open(done.headers["location"])

    def cancel(self, lang: str) -> httpx.Response:
        page = self.http.get(f"/idporten/{lang}/")
        token = CSRF.search(page.text).group(1)
        return self.http.post("/idporten/oidc/cancel", data={"csrf_token": token})

    def close(self) -> None:
        self.http.close()


class RelyingParty:
    """A relying party built on Authlib's client: fresh state, nonce and PKCE verifier for every log-in."""

    def __init__(
        self,
        provider: Provider,
        client_id: str = "demo",
        *,
        auth: str = "client_secret_basic",
        key: RSAKey | None = None,
        assertion_claims: dict | None = None,
    ) -> None:
        """`auth="private_key_jwt"` signs with `key` (default: demo-jwt's); `assertion_claims` are added to
        (or override) the assertion's claims, e.g. a fixed `jti`."""
        secret, callback, logged_out = CLIENTS[client_id]
        self.client_id, self.metadata = client_id, provider.metadata()
        self.redirect_uri, self.post_logout_uri = provider.url + callback, provider.url + logged_out
        signed = auth == "private_key_jwt"
        self.oauth = OAuth2Client(
            client_id,
            (key or demo_jwt_key()) if signed else secret,
            scope="openid profile",
            redirect_uri=self.redirect_uri,
            token_endpoint_auth_method=auth,
            code_challenge_method="S256",
        )
        if signed:
            # Authlib writes the jti it makes into the claims dict it is given: a copy per RelyingParty.
            claims = dict(assertion_claims) if assertion_claims is not None else None
            self.oauth.register_client_auth_method(PrivateKeyJWT(self.metadata["token_endpoint"], claims=claims))
        self.state = self.nonce = self.verifier = ""

    def authorization_url(self, **extra: str) -> str:
        self.state, self.nonce = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
        self.verifier = secrets.token_urlsafe(48)
        url, _ = self.oauth.create_authorization_url(
            self.metadata["authorization_endpoint"],
            state=self.state,
            nonce=self.nonce,
            code_verifier=self.verifier,
            **{"acr_values": "idporten-loa-high", "ui_locales": "nb", **extra},
        )
        return url

    def token(self, callback_url: str, verifier: str | None = None, **headers: str) -> dict:
        return self.oauth.fetch_token(
            self.metadata["token_endpoint"],
            authorization_response=callback_url,
            state=self.state,
            code_verifier=self.verifier if verifier is None else verifier,
            headers=headers or None,
        )

    def validate(self, id_token: str) -> dict:
        """OIDC Core 3.1.3.7: signature by a key of the JWKS, iss, aud, exp, iat and our nonce."""
        jwks = KeySet.import_key_set(httpx.get(self.metadata["jwks_uri"]).json())
        decoded = jwt.decode(id_token, jwks, algorithms=["RS256"])
        jwt.JWTClaimsRegistry(
            iss={"essential": True, "value": self.metadata["issuer"]},
            aud={"essential": True, "value": self.client_id},
            nonce={"essential": True, "value": self.nonce},
            sub={"essential": True},
            exp={"essential": True},
            iat={"essential": True},
        ).validate(decoded.claims)
        assert decoded.header["alg"] == "RS256" and decoded.header.get("kid"), decoded.header
        return decoded.claims


def query_of(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}

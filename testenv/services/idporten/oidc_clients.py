"""The clients registered at ID-porten's OpenID Provider: who may ask for a log-in, and where it may return.

Real ID-porten registers each client's redirect URIs in advance and accepts only those, character for
character (domain-facts §10.1). The registered addresses are paths on the public origin of the client's own
service (`SERVICE_OF_CLIENT`, testenv/core/urls.py), whichever origin the request came to. The secrets are
fixed and documented (docs/idporten-contract.md): this is a test double, and a relying party in a test must
be able to log in. A client that authenticates with a signed JWT (`private_key_jwt`, the method ID-porten recommends) is
registered with its public keys (a JWKS) instead of a secret; its private key is the test's, not ours.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field

from authlib.oauth2.rfc6749 import ClientMixin, scope_to_list

SCOPES = ("openid", "profile")
SECRET_METHODS = ("client_secret_basic", "client_secret_post")
AUTH_METHODS = (*SECRET_METHODS, "private_key_jwt")
# The public half of the key that `demo-jwt` signs its client assertions with (RS256). The private half is
# tests/testenv/interop/demo-jwt-private.jwks.json, documented in docs/idporten-contract.md.
DEMO_JWT_JWKS = {
    "keys": [
        {
            "kty": "RSA",
            "kid": "demo-jwt-test-1",
            "use": "sig",
            "alg": "RS256",
            "e": "AQAB",
            "n": (
                "tpTP3R6C3JxwpQl1sP23qQEjApJFVENVAfjdQFrPFdtTTkQzy9Fpr546SCZ1IzRAH5sRcQPjZtND0sOKRToGB2l6rgyZg55jmD6yNas"
                "iXX-4JolTS_bSTFtb5t_06xI1lOyONDueZt03qdUlQ1kCR4BvVAHCLM9ncxQwT0OkNJBfL06f3fKZBj--QPKXtJTMr0uyz9ipiIEj6sE"
                "Gvux4QEwblQua40zPl5ONSz_6dXnG6jJhU8-JRTGu82vCoL3PGGDyfISAp7f9X9nDdTni6QpHeQb7CjcPMDGeMU5MuhF161zp28pF5vt"
                "mDDxKx4MRbf5dPiKnVC9Z_w3cV7ddEQ"
            ),
        }
    ]
}


@dataclass(frozen=True)
class RegisteredClient:
    client_id: str
    name: str
    secret: str
    redirect_paths: tuple[str, ...]
    post_logout_paths: tuple[str, ...]
    # Pairwise `sub`: clients of one organisation (a "sector") see one `sub` per person, others another.
    sector: str
    # How it authenticates at /token: a secret (`secret`), or a JWT signed by a key of `jwks`.
    auth_methods: tuple[str, ...] = SECRET_METHODS
    jwks: dict | None = None


REGISTERED = (
    RegisteredClient("udi", "UDI", "udi-test-secret", ("/udi/oidc/callback",), ("/udi/oidc/logged-out",), "udi.no"),
    RegisteredClient("altinn", "Altinn", "altinn-test-secret", ("/oidc/callback",), ("/oidc/logged-out",), "altinn.no"),
    RegisteredClient(
        "altinn-system",
        "Altinn",
        "altinn-system-test-secret",
        ("/altinn-system/oidc/callback",),
        ("/altinn-system/oidc/logged-out",),
        "altinn.no",
    ),
    RegisteredClient(
        "demo",
        "Demo",
        "demo-test-secret",
        ("/idporten/demo-client/callback",),
        ("/idporten/demo-client/logged-out",),
        "demo.example",
    ),
    RegisteredClient(
        "demo-jwt",
        "Demo",
        "",  # no secret: it proves itself with a signed JWT
        ("/idporten/demo-client/callback",),
        ("/idporten/demo-client/logged-out",),
        "demo.example",
        auth_methods=("private_key_jwt",),
        jwks=DEMO_JWT_JWKS,
    ),
)
BY_ID = {client.client_id: client for client in REGISTERED}
# Whose public origin each client's registered addresses are on (the demo clients are ID-porten's own).
SERVICE_OF_CLIENT = {
    "udi": "udi",
    "altinn": "altinn",
    "altinn-system": "altinn",
    "demo": "idporten",
    "demo-jwt": "idporten",
}


@dataclass
class Client(ClientMixin):
    """A registered client as Authlib's server sees it, with its addresses resolved against `origin`."""

    registered: RegisteredClient
    origin: str
    prefix_match: bool = False  # the registered defect idporten.oidc_redirect_prefix
    client_metadata: dict = field(init=False)

    def __post_init__(self) -> None:
        self.client_metadata = {"post_logout_redirect_uris": self.post_logout_redirect_uris}

    @property
    def client_id(self) -> str:
        return self.registered.client_id

    @property
    def redirect_uris(self) -> list[str]:
        return [self.origin + path for path in self.registered.redirect_paths]

    @property
    def post_logout_redirect_uris(self) -> list[str]:
        return [self.origin + path for path in self.registered.post_logout_paths]

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str | None:
        return None  # redirect_uri is required: ID-porten never guesses where to send a person

    def get_allowed_scope(self, scope: str) -> str:
        if not scope:
            return ""
        return " ".join(s for s in scope_to_list(scope) if s in SCOPES)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        if self.prefix_match:
            return any(redirect_uri.startswith(uri) for uri in self.redirect_uris)
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret: str) -> bool:
        if not self.registered.secret:
            return False  # a client without a secret never authenticates with one
        return hmac.compare_digest(client_secret.encode(), self.registered.secret.encode())

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method in self.registered.auth_methods if endpoint == "token" else True

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type == "authorization_code"


def find_client(client_id: str | None, origin: str, *, prefix: bool = False) -> Client | None:
    registered = BY_ID.get(client_id or "")
    return Client(registered, origin, prefix) if registered else None

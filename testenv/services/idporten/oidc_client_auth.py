"""`private_key_jwt` at ID-porten's token endpoint (RFC 7523 §2.2, OpenID Connect Core 9): the client sends a
JWT it signed with its own key, and ID-porten checks it against the JWKS registered for that client.

Authlib's `JWTBearerClientAssertion` does the work: it finds the client by the assertion's `sub`, checks the
signature with the key we resolve, then `iss` = `sub`, `aud` (one of ours), `exp` (with a leeway) and
`jti` (present, and not seen before: `validate_jti`, kept in the database). What it leaves out and ID-porten
needs is added here: RS256 only (never `none` or an HMAC with the public key), a `client_id` form field that
names another client is refused, and a `jti` must be a string. Times are the real clock's: the assertion is
signed by the client's own clock, which a test scope's offset does not move.
"""

from __future__ import annotations

from authlib.oauth2.rfc6749 import InvalidClientError
from authlib.oauth2.rfc7523 import JWTBearerClientAssertion
from fastapi import Request
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from testenv.services.idporten import oidc_store as store

ALGORITHMS = ["RS256"]
LEEWAY_SECONDS = 10  # clock skew allowed on `exp`; loopback clients share our clock


class PrivateKeyJwt(JWTBearerClientAssertion):
    CLIENT_AUTH_METHOD = "private_key_jwt"

    def __init__(self, web: Request, audiences: list[str]) -> None:
        super().__init__(validate_jti=True, leeway=LEEWAY_SECONDS)
        self.web = web
        self.audiences = audiences

    def __call__(self, query_client, request):
        client = super().__call__(query_client, request)
        named = request.form.get("client_id")
        if client is not None and named and named != client.get_client_id():
            raise InvalidClientError(description="client_id does not match the assertion's 'sub'.")
        return client

    def get_audiences(self) -> list[str]:
        return self.audiences

    def resolve_client_public_key(self, client):
        if not client.registered.jwks:
            raise InvalidClientError(description="The client has no keys registered for private_key_jwt.")
        return KeySet.import_key_set(client.registered.jwks)

    def process_assertion_claims(self, assertion, resolve_key):
        try:
            token = jwt.decode(assertion, resolve_key, algorithms=ALGORITHMS)
        except JoseError as error:
            raise InvalidClientError(description=error.description or error.error) from error
        self.verify_claims(token.claims)
        return token.claims

    def validate_jti(self, claims, jti) -> bool:
        if not isinstance(jti, str) or not jti:
            raise InvalidClientError(description="Invalid claim: 'jti'")
        return store.remember_client_jti(self.web, claims["sub"], jti, float(claims["exp"]))

"""ID-porten's OpenID Provider, built on Authlib's authorization server (RFC 6749 code grant, OpenID Connect
Core, RFC 7636 PKCE, RP-Initiated Logout) with joserfc keys: nothing here signs or parses a JWT by hand.

Authlib's server is framework-neutral: `IdportenServer` is made per HTTP request (it is cheap), so the
grant's storage and clock see the request's scope. What ID-porten adds to the standards
(domain-facts §10.1): PKCE with S256 is required of every client, `acr_values` is one of ID-porten's levels,
and the ID token carries `pid`, `acr`, `amr`, `locale`, `sid` and a pairwise `sub`.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from dataclasses import dataclass
from typing import ClassVar

from authlib.common.security import generate_token
from authlib.oauth2.rfc6749 import AuthorizationServer, OAuth2Payload, OAuth2Request
from authlib.oauth2.rfc6749.errors import InvalidRequestError, InvalidScopeError
from authlib.oauth2.rfc6749.grants import AuthorizationCodeGrant
from authlib.oauth2.rfc6750 import BearerTokenGenerator
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oidc.core import OpenIDCode
from authlib.oidc.core.models import AuthorizationCodeMixin
from authlib.oidc.rpinitiated import EndSessionEndpoint
from fastapi import Request
from fastapi.responses import JSONResponse, Response

from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.scope import scope_id
from testenv.core.sessions import session_of
from testenv.core.urls import public_base
from testenv.services.idporten import email_login, oidc_faults
from testenv.services.idporten import oidc_store as store
from testenv.services.idporten.levels import HIGH, SESSION_KEY, SUBSTANTIAL
from testenv.services.idporten.oidc_client_auth import PrivateKeyJwt
from testenv.services.idporten.oidc_clients import AUTH_METHODS, SCOPES, SERVICE_OF_CLIENT, Client, find_client

# Lifetimes in seconds. ID-porten's ID and access tokens live 120 s; the code's life is not published
# (RFC 6749 recommends at most 10 minutes): a short one, so the test clock can expire it (docs/decisions.md).
CODE_SECONDS, TOKEN_SECONDS = 60, 120
ACR_VALUES = (SUBSTANTIAL, HIGH)
SID_KEY = "idporten_sid"


def issuer_of(request: Request) -> str:
    """`<ID-porten's public origin>/idporten`, from the configuration (never the request's Host)."""
    return public_base(request, "idporten") + "/idporten"


def client_origin(request: Request, client_id: str | None) -> str:
    """Where the client's registered addresses are: its service's public origin."""
    return public_base(request, SERVICE_OF_CLIENT.get(client_id or "", "idporten"))


class _Payload(OAuth2Payload):
    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._datalist: defaultdict[str, list] = defaultdict(list)
        for key, value in items:
            self._datalist[key].append(value)
        self._data = {key: values[0] for key, values in self._datalist.items()}

    @property
    def data(self) -> dict:
        return self._data

    @property
    def datalist(self) -> defaultdict[str, list]:
        return self._datalist


class IdportenRequest(OAuth2Request):
    """An HTTP request's parameters (query or form) as Authlib reads them."""

    def __init__(self, request: Request, method: str, items: list[tuple[str, str]]) -> None:
        # Authlib refuses plain http outside loopback; the simulation serves http on local hosts only
        # (127.0.0.1, *.localhost, the in-process test client), so its check sees the https form.
        super().__init__(method, str(request.url.replace(scheme="https")), headers=request.headers)
        self.uri = str(request.url)
        self.payload = _Payload(items)

    @property
    def args(self) -> dict:
        return self.payload.data

    @property
    def form(self) -> dict:
        return self.payload.data


@dataclass
class CodeRecord(AuthorizationCodeMixin):
    stored: store.StoredCode

    @property
    def code_challenge(self) -> str | None:
        return self.stored.code_challenge

    @property
    def code_challenge_method(self) -> str | None:
        return self.stored.code_challenge_method

    def get_redirect_uri(self) -> str:
        return self.stored.redirect_uri

    def get_scope(self) -> str:
        return self.stored.scope

    def get_nonce(self) -> str | None:
        return self.stored.nonce

    def get_auth_time(self) -> int:
        return int(self.stored.login["auth_time"])

    def get_acr(self) -> str:
        return self.stored.login["acr"]

    def get_amr(self) -> list[str]:
        return [self.stored.login["amr"]]


class CodeGrant(AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = list(AUTH_METHODS)
    server: IdportenServer

    def save_authorization_code(self, code: str, request: OAuth2Request) -> None:
        web = self.server.web
        data = request.payload.data
        store.save_code(
            web,
            store.StoredCode(
                code=code,
                client_id=request.client.get_client_id(),
                redirect_uri=request.payload.redirect_uri,
                scope=request.scope,
                nonce=data.get("nonce"),
                code_challenge=data.get("code_challenge"),
                code_challenge_method=data.get("code_challenge_method"),
                login=request.user,
                expires_at=now(web).timestamp() + CODE_SECONDS,
                used=False,
            ),
        )

    def query_authorization_code(self, code: str, client: Client) -> CodeRecord | None:
        web = self.server.web
        stored = store.redeem_code(web, code, client.get_client_id())
        if stored is None or stored.expires_at <= now(web).timestamp():
            return None
        return CodeRecord(stored)

    def delete_authorization_code(self, authorization_code: CodeRecord) -> None:
        """Nothing to do: `redeem_code` marked it used when it was read (one transaction, no race)."""

    def authenticate_user(self, authorization_code: CodeRecord) -> dict:
        return authorization_code.stored.login


class IdportenPkce(CodeChallenge):
    """PKCE for every client, S256 only ("all clients in ID-porten must use PKCE", domain-facts §10.1)."""

    SUPPORTED_CODE_CHALLENGE_METHOD: ClassVar[list[str]] = ["S256"]

    def __init__(self) -> None:
        super().__init__(required=True)

    def validate_code_challenge(self, grant, redirect_uri) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("PKCE is required: 'code_challenge' is missing.")
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("PKCE: only code_challenge_method=S256 is supported.")
        super().validate_code_challenge(grant, redirect_uri)

    def validate_code_verifier(self, grant, result) -> None:
        if defect_on(grant.server.web, "idporten.oidc_pkce_unchecked"):
            return
        super().validate_code_verifier(grant, result)


class IdportenRequestRules:
    """ID-porten's own rules for an authorization request, on top of the standards'."""

    def __call__(self, grant) -> None:
        grant.register_hook("after_validate_authorization_request_payload", self.validate)

    @staticmethod
    def validate(grant, redirect_uri) -> None:
        data = grant.request.payload.data
        if "openid" not in (grant.request.scope or "").split():
            raise InvalidScopeError("ID-porten needs scope 'openid'.")
        acr_values = data.get("acr_values", SUBSTANTIAL).split()
        if acr_values == [email_login.ACR]:  # the e-mail log-in: only for its clients, from its date on
            if not email_login.offered(grant.request.client.get_client_id(), now(grant.server.web)):
                raise InvalidRequestError("acr_values=selfregistered-email is not offered to this client now.")
        elif not acr_values or any(value not in ACR_VALUES for value in acr_values):
            raise InvalidRequestError(f"acr_values must be one of {' '.join(ACR_VALUES)}.")
        if data.get("response_mode", "query") != "query":
            raise InvalidRequestError("Only response_mode=query is supported.")


class IdportenOpenID(OpenIDCode):
    def __init__(self, web: Request) -> None:
        super().__init__(require_nonce=False)
        self.web = web

    def encode_id_token(self, token: dict, request: OAuth2Request) -> str:
        """The ID token; wrong in one way when the control API has set a provider fault for this scope's next
        token to this client (test mode only: there is no scope outside it)."""
        id_token = super().encode_id_token(token, request)
        fault = store.take_id_token_fault(self.web, scope_id(self.web), request.client.get_client_id())
        return oidc_faults.forge(self.web, id_token, fault) if fault else id_token

    def exists_nonce(self, nonce: str, request: OAuth2Request) -> bool:
        return store.nonce_used(self.web, request.payload.client_id, nonce)

    def resolve_client_private_key(self, client):
        return store.signing_key(self.web)

    def get_client_algorithm(self, client) -> str:
        return "RS256"

    def get_encode_header(self, client) -> dict:
        return {"alg": "RS256", "kid": store.signing_key(self.web).kid, "typ": "JWT"}

    def get_client_claims(self, client) -> dict:
        issued = int(now(self.web).timestamp())
        return {"iss": issuer_of(self.web), "aud": client.get_client_id(), "iat": issued, "exp": issued + TOKEN_SECONDS}

    def generate_user_info(self, user: dict, scope: str) -> dict:
        return {**userinfo_claims(user, scope), "sid": user["sid"], "jti": secrets.token_urlsafe(16)}


def userinfo_claims(user: dict, scope: str) -> dict:
    """An e-mail log-in has no identity number: its address travels in `email` instead of `pid`."""
    person = {"pid": user["pid"]} if user.get("pid") else {"email": user.get("email", "")}
    claims = {"sub": user["sub"], **person, "locale": user["locale"]}
    if "profile" in scope.split():
        claims["name"] = user["name"]
    return claims


class EndSession(EndSessionEndpoint):
    server: IdportenServer

    def get_server_jwks(self) -> dict:
        return store.public_jwks(self.server.web)

    def get_algorithms(self) -> list[str]:
        return ["RS256"]

    def end_session(self, end_session_request) -> None:
        """Ends ID-porten's own session (its log-in and `sid`) in this browser."""
        session = session_of(self.server.web)
        session.regenerate()
        session.pop(SESSION_KEY)
        session.pop(SID_KEY)


class IdportenServer(AuthorizationServer):
    def __init__(self, web: Request) -> None:
        super().__init__(scopes_supported=list(SCOPES))
        self.web = web
        self.register_token_generator(
            "default",
            BearerTokenGenerator(lambda *args, **kwargs: generate_token(42), None, lambda *args: TOKEN_SECONDS),
        )
        self.register_grant(CodeGrant, [IdportenPkce(), IdportenRequestRules(), IdportenOpenID(web)])
        self.register_endpoint(EndSession)
        issuer = issuer_of(web)  # RFC 7523 §3: the assertion's `aud` names us, as issuer or token endpoint
        self.register_client_auth_method("private_key_jwt", PrivateKeyJwt(web, [issuer, issuer + "/token"]))

    def query_client(self, client_id: str | None) -> Client | None:
        prefix = defect_on(self.web, "idporten.oidc_redirect_prefix")
        return find_client(client_id, client_origin(self.web, client_id), prefix=prefix)

    def save_token(self, token: dict, request: OAuth2Request) -> None:
        store.save_token(
            self.web,
            token["access_token"],
            request.client.get_client_id(),
            request.authorization_code.stored.code,
            userinfo_claims(request.user, token.get("scope", "")),
            now(self.web).timestamp() + token["expires_in"],
        )

    def create_oauth2_request(self, request):
        return request  # the routes hand in an IdportenRequest

    def create_json_request(self, request):
        raise NotImplementedError("no JSON endpoints")

    def handle_response(self, status: int, body, headers) -> Response:
        if isinstance(body, dict):
            return JSONResponse(body, status_code=status, headers=dict(headers))
        return Response(body or b"", status_code=status, headers=dict(headers))

    def send_signal(self, name: str, *args, **kwargs) -> None:
        """No signals: nothing listens."""

    def request_of(self, method: str, items: list[tuple[str, str]]) -> IdportenRequest:
        return IdportenRequest(self.web, method, items)

"""The relying-party side of OpenID Connect, shared by every service that logs people in through ID-porten.

Built on Authlib's client (`AsyncOAuth2Client`: the authorization URL with PKCE S256, the code redeemed at the
token endpoint) and joserfc (the ID token's signature and claims): nothing here parses a JWT by hand. Per log-in
a fresh `state`, `nonce` and PKCE verifier are kept in the service's own session; the callback checks `state`
first (nothing else is read when it does not match), redeems the code over the back channel (real HTTP),
validates the ID token (RS256 by a key of the issuer's JWKS, refetched once on an unknown key; `iss`, `aud`,
`exp`/`iat` on the test clock, `nonce`) and hands the service the level its `acr` claim states, never the level
it asked for (domain-facts §10.1, §5: "the client MUST validate that the security level (acr) is sufficiently
high"). The issuer is a setting (`Settings.idporten_issuer`); by default the environment's own ID-porten.

Defects (`RP_CHECKS`, rules IDP-OIDC-*) switch off one check each at the one place it is made, per relying party:
`relying_party_defects("udi")` registers `udi.idporten_state_unchecked` and the rest, `relying_party_defects(
"altinn")` Altinn's, so each service's scenarios must catch a check broken in that service alone. The browser
scenarios of the token checks (tests/e2e/udi/test_id_token_checks.py, tests/e2e/altinn/test_id_token_checks.py)
log in while ID-porten misbehaves (the control API's provider fault, idporten/oidc_faults.py);
tests/testenv/test_relying_party.py forges a whole provider.
"""

from __future__ import annotations

import json
import secrets
import time
import warnings
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import httpx
from authlib.deprecate import AuthlibDeprecationWarning

# Authlib 1.9 prefers the httpx2 package and warns once on import when it falls back to httpx (which it still
# supports fully). The warning would be the server's first line of output, before "listening on".
with warnings.catch_warnings():
    warnings.simplefilter("ignore", AuthlibDeprecationWarning)
    from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuthError
from fastapi import Request
from joserfc import jws, jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from testenv.core.clock import now
from testenv.core.defects import Defect, defect_on
from testenv.core.scope import HEADER as SCOPE_HEADER
from testenv.core.scope import scope_id
from testenv.core.sessions import session_of
from testenv.core.state import env_of
from testenv.core.urls import absolute_url, public_base

SUBSTANTIAL, HIGH = "idporten-loa-substantial", "idporten-loa-high"
LEVEL_OF_ACR = {SUBSTANTIAL: 3, HIGH: 4}
# ID-porten's e-mail log-in (domain-facts §0, §5): level 0, no identity number; only a relying party that
# registers for it accepts it, and only for a log-in that asked for it (never where 3 or 4 was asked).
SELFREGISTERED_EMAIL = "selfregistered-email"
# ID-porten's tokens live 120 s; a little leeway for the clocks of two hosts (OIDC Core 3.1.3.7 allows it).
LEEWAY_S = 30
METADATA_TTL_S = 300.0  # discovery and JWKS are cached this long (real time), per issuer
MAX_PENDING = 5  # log-ins started in one browser session and not finished (tabs); the oldest is dropped
BACKCHANNEL_TIMEOUT_S = 10.0
PROVIDER_ERRORS = ("access_denied", "invalid_request", "invalid_scope", "unsupported_response_type", "login_required")

# The relying party's checks, each a defect of its own for every service that uses this core: a check breaks in
# one service at a time (`<prefix>.<name>`, the prefix is the service's `RelyingParty.defects`), so each service's
# scenarios must catch it there. The call sites name each defect in full (f"{rp.defects}.<name>").
RP_CHECKS: tuple[tuple[str, str, str], ...] = (
    ("idporten_state_unchecked", "IDP-OIDC-STATE", "the callback takes the latest log-in, whatever its state"),
    (
        "level_from_request",
        "IDP-OIDC-ACR",
        "the level the service asked for (acr_values) is trusted instead of the ID token's acr claim",
    ),
    ("idporten_nonce_unchecked", "IDP-OIDC-NONCE", "the ID token's nonce is not compared with the one sent"),
    ("idporten_iss_unchecked", "IDP-OIDC-ISS", "the ID token's iss is not checked (another issuer's token)"),
    ("idporten_aud_unchecked", "IDP-OIDC-AUD", "the ID token's aud is not checked (another client's token)"),
    (
        "idporten_alg_none_accepted",
        "IDP-OIDC-SIGNATURE",
        "an unsigned ID token (alg none) is taken without a signature check",
    ),
    ("idporten_expired_accepted", "IDP-OIDC-EXPIRY", "an expired ID token is taken (exp not checked)"),
    ("idporten_ui_locales_dropped", "IDP-OIDC-LOCALES", "the authorization request does not pass the language"),
    (
        "idporten_cancel_unexplained",
        "IDP-OIDC-CANCEL",
        "a log-in cancelled at ID-porten comes back to the service's log-in page without a word",
    ),
    (
        "idporten_logout_keeps_session",
        "IDP-OIDC-LOGOUT",
        "log-out sends the person to ID-porten but leaves the service's own session alive",
    ),
    (
        "logout_keeps_idporten",
        "IDP-OIDC-LOGOUT",
        "log-out ends the service's session but never sends the person to ID-porten's end_session_endpoint, so "
        "the next log-in comes straight back by single sign-on",
    ),
)


def relying_party_defects(prefix: str) -> list[Defect]:
    """The registered defects of one service's relying party (its `defects.py` lists them)."""
    return [Defect(prefix + "." + name, (rule,), description) for name, rule, description in RP_CHECKS]


# Read by the origin gate too (testenv/core/middleware.py): ID-porten's pages are then served on the service's origin.
IDPORTEN_BEHIND_SERVICE = "oidc_rp.idporten_behind_service"
# The relying parties' shared layout, not one service's check (ID-porten's defects.py registers it).
DEFECTS = [
    Defect(
        IDPORTEN_BEHIND_SERVICE,
        ("IDP-ORIGIN-COOKIES",),
        "the service sends the browser to ID-porten's log-in on the service's own origin (ID-porten proxied behind"
        " it), so one cookie jar serves both",
    ),
]


@dataclass(frozen=True)
class RelyingParty:
    """One registered client of ID-porten, as a service of the environment uses it."""

    client_id: str
    defects: str  # the prefix of its registered defects (relying_party_defects): a service's own name
    service: str  # whose public base URL its addresses are on (testenv.core.urls)
    callback_path: str
    logged_out_path: str
    default_secret: str  # the registered one; Settings.idporten_client_secrets may override it
    session_key: str  # where its log-ins live in the service's own session
    accepts_email: bool = False  # registered for ID-porten's e-mail log-in (issue 16)

    def secret(self, request: Request) -> str:
        return env_of(request).settings.idporten_client_secrets.get(self.client_id, self.default_secret)

    def redirect_uri(self, request: Request) -> str:
        return absolute_url(request, self.service, self.callback_path)

    def post_logout_uri(self, request: Request) -> str:
        return absolute_url(request, self.service, self.logged_out_path)


@dataclass(frozen=True)
class Verified:
    """A log-in whose ID token passed every check: the claims a service may decide on."""

    pid: str  # empty for an e-mail log-in
    name: str
    sub: str
    acr: str
    level: int
    amr: str
    sid: str
    id_token: str
    lang: str
    then: str
    email: str = ""  # the lower-cased address of an e-mail log-in


class LoginRefused(Exception):
    """The callback logs nobody in. `reason`: state | provider | token | id_token | level_unknown."""

    def __init__(self, reason: str, detail: str = "", *, error: str | None = None, then: str | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason, self.detail, self.error, self.then = reason, detail, error, then


# --- the provider's metadata, over the back channel ------------------------------------------------------
def own_issuer(request: Request) -> str:
    """The environment's own ID-porten (docs/idporten-contract.md: issuer `<ID-porten's origin>/idporten`)."""
    return public_base(request, "idporten") + "/idporten"


def issuer(request: Request) -> str:
    return (env_of(request).settings.idporten_issuer or own_issuer(request)).rstrip("/")


def uses_own_provider(request: Request) -> bool:
    return not env_of(request).settings.idporten_issuer


def _backchannel(request: Request, url: str) -> tuple[str, dict[str, str]]:
    """The URL to call and its headers: the internal address when one is configured (the public host name is
    kept in Host), and the test's scope, so the provider reads the same test clock as the service."""
    headers: dict[str, str] = {}
    scope = scope_id(request)
    if scope:
        headers[SCOPE_HEADER] = scope
    internal = env_of(request).settings.idporten_internal_url
    public = urlsplit(issuer(request))
    target = urlsplit(url)
    if internal and (target.scheme, target.netloc) == (public.scheme, public.netloc):
        inner = urlsplit(internal.rstrip("/"))
        url = urlunsplit((inner.scheme, inner.netloc, target.path, target.query, ""))
        headers["Host"] = public.netloc
    return url, headers


def _transport(request: Request) -> httpx.AsyncBaseTransport | None:
    """Tests of the environment in one process (no socket) set `app.state.oidc_rp_transport`; None is real HTTP."""
    return getattr(request.app.state, "oidc_rp_transport", None)


def _cache(request: Request) -> dict[str, tuple[float, Any]]:
    return request.app.state.__dict__.setdefault("oidc_rp_cache", {})


async def _get_json(request: Request, url: str) -> dict:
    target, headers = _backchannel(request, url)
    async with httpx.AsyncClient(transport=_transport(request), timeout=BACKCHANNEL_TIMEOUT_S) as client:
        response = await client.get(target, headers=headers)
    response.raise_for_status()
    body = response.json()
    if not isinstance(body, dict):
        raise ValueError(f"{url} answered JSON that is not an object")
    return body


async def metadata(request: Request) -> dict:
    """The issuer's /.well-known/openid-configuration (cached). Its `issuer` must be the configured one
    (OpenID Connect Discovery §4.3): a document that names another is not this provider's."""
    wanted = issuer(request)
    cached = _cache(request).get("meta:" + wanted)
    if cached and time.monotonic() - cached[0] < METADATA_TTL_S:
        return cached[1]
    meta = await _get_json(request, wanted + "/.well-known/openid-configuration")
    if meta.get("issuer") != wanted:
        raise ValueError(f"the discovery document names issuer {meta.get('issuer')!r}, not {wanted!r}")
    _cache(request)["meta:" + wanted] = (time.monotonic(), meta)
    return meta


async def _jwks(request: Request, meta: dict, *, refresh: bool = False) -> KeySet:
    key = "jwks:" + meta["jwks_uri"]
    cached = _cache(request).get(key)
    if cached and not refresh and time.monotonic() - cached[0] < METADATA_TTL_S:
        return cached[1]
    keys = KeySet.import_key_set(await _get_json(request, meta["jwks_uri"]))  # type: ignore[arg-type]
    _cache(request)[key] = (time.monotonic(), keys)
    return keys


# --- starting a log-in -----------------------------------------------------------------------------------
def _log_ins(request: Request, rp: RelyingParty) -> dict:
    return dict(session_of(request).get(rp.session_key) or {})


def _store(request: Request, rp: RelyingParty, data: dict) -> None:
    session_of(request)[rp.session_key] = data


async def begin(request: Request, rp: RelyingParty, *, acr: str, lang: str, then: str, prompt: str = "") -> str:
    """The authorization URL to send the browser to; the log-in's secrets stay in this service's session."""
    meta = await metadata(request)
    state, nonce, verifier = secrets.token_urlsafe(24), secrets.token_urlsafe(24), secrets.token_urlsafe(48)
    client = AsyncOAuth2Client(
        rp.client_id, scope="openid profile", redirect_uri=rp.redirect_uri(request), code_challenge_method="S256"
    )
    extra = {"acr_values": acr, **({"prompt": prompt} if prompt else {})}
    if not defect_on(request, f"{rp.defects}.idporten_ui_locales_dropped"):
        extra["ui_locales"] = lang
    url, _ = client.create_authorization_url(
        meta["authorization_endpoint"], state=state, nonce=nonce, code_verifier=verifier, **extra
    )
    if defect_on(request, IDPORTEN_BEHIND_SERVICE):
        endpoint = urlsplit(url)
        url = public_base(request, rp.service) + urlunsplit(("", "", endpoint.path, endpoint.query, ""))
    data = _log_ins(request, rp)
    pending = dict(data.get("pending") or {})
    pending[state] = {"nonce": nonce, "verifier": verifier, "acr": acr, "lang": lang, "then": then, "at": time.time()}
    data["pending"] = dict(sorted(pending.items(), key=lambda item: item[1]["at"])[-MAX_PENDING:])
    _store(request, rp, data)
    return url


def _take_pending(request: Request, rp: RelyingParty, state: str) -> dict | None:
    """The log-in this callback's `state` belongs to, removed (a state is good for one callback)."""
    data = _log_ins(request, rp)
    pending = dict(data.get("pending") or {})
    found = pending.pop(state, None) if state else None
    if found is None and pending and defect_on(request, f"{rp.defects}.idporten_state_unchecked"):
        found = pending.pop(max(pending, key=lambda s: pending[s]["at"]))  # "the" log-in of this session
    data["pending"] = pending
    _store(request, rp, data)
    return found


def pending_then(request: Request, rp: RelyingParty) -> str | None:
    """Where the newest unfinished log-in was to go (for a refusal page when the callback's state is unknown)."""
    pending = _log_ins(request, rp).get("pending") or {}
    return max(pending.values(), key=lambda p: p["at"])["then"] if pending else None


# --- the callback ----------------------------------------------------------------------------------------
async def complete(request: Request, rp: RelyingParty) -> Verified:
    """Validate the callback (`state`, then the provider's answer, the code, the ID token) or raise LoginRefused."""
    params = request.query_params
    log_in = _take_pending(request, rp, params.get("state", ""))
    if log_in is None:
        raise LoginRefused("state", "no log-in of this browser has that state", then=pending_then(request, rp))
    lang, then = log_in["lang"], log_in["then"]
    if params.get("error"):
        error = params["error"] if params["error"] in PROVIDER_ERRORS else "invalid_request"
        raise LoginRefused("provider", params.get("error_description", ""), error=error, then=then)
    code = params.get("code", "")
    if not code or len(code) > 512:
        raise LoginRefused("provider", "no code", error="invalid_request", then=then)
    try:
        meta = await metadata(request)
        id_token = await _redeem(request, rp, meta, code, log_in["verifier"])
        claims = await validate_id_token(request, rp, id_token, nonce=log_in["nonce"], meta=meta)
    except LoginRefused as refused:
        refused.then = then
        raise
    except (httpx.HTTPError, ValueError, KeyError) as exc:
        raise LoginRefused("token", str(exc), then=then) from exc
    acr = log_in["acr"] if defect_on(request, f"{rp.defects}.level_from_request") else claims["acr"]
    if acr == SELFREGISTERED_EMAIL and log_in["acr"] != SELFREGISTERED_EMAIL:
        raise LoginRefused("id_token", "an e-mail log-in where substantial or high was asked", then=then)
    return _verified(claims, id_token, acr, lang, then)


async def _redeem(request: Request, rp: RelyingParty, meta: dict, code: str, verifier: str) -> str:
    url, headers = _backchannel(request, meta["token_endpoint"])
    async with AsyncOAuth2Client(
        rp.client_id,
        rp.secret(request),
        token_endpoint_auth_method="client_secret_basic",
        redirect_uri=rp.redirect_uri(request),
        transport=_transport(request),
        timeout=BACKCHANNEL_TIMEOUT_S,
    ) as client:
        try:
            token = await client.fetch_token(
                url, grant_type="authorization_code", code=code, code_verifier=verifier, headers=headers
            )
        except OAuthError as exc:
            raise LoginRefused("token", f"{exc.error}: {exc.description}") from exc
    id_token = token.get("id_token")
    if not isinstance(id_token, str):
        raise LoginRefused("token", "the token response has no id_token")
    return id_token


def _unverified(id_token: str) -> tuple[dict, dict]:
    """Header and claims read without checking the signature: only for the alg-none defect."""
    parts = jws.extract_compact(id_token.encode())
    return dict(parts.protected), json.loads(parts.payload)


async def validate_id_token(
    request: Request, rp: RelyingParty, id_token: str, *, nonce: str, meta: dict | None = None
) -> dict:
    """OIDC Core 3.1.3.7: RS256 by a key of the issuer's JWKS, iss, aud, exp, iat, nonce; `acr` one of
    ID-porten's levels. Returns the claims, or raises LoginRefused("id_token")."""
    meta = meta or await metadata(request)
    claims: dict
    try:
        header, claims = _unverified(id_token)
        if not (header.get("alg") == "none" and defect_on(request, f"{rp.defects}.idporten_alg_none_accepted")):
            try:
                claims = jwt.decode(id_token, await _jwks(request, meta), algorithms=["RS256"]).claims
            except (JoseError, ValueError):  # an unknown kid: the provider may have rolled its key
                claims = jwt.decode(id_token, await _jwks(request, meta, refresh=True), algorithms=["RS256"]).claims
    except (JoseError, ValueError, TypeError) as exc:
        raise LoginRefused("id_token", f"signature: {exc}") from exc
    options: dict[str, Any] = {
        "iss": {"essential": True, "value": meta["issuer"]},
        "aud": {"essential": True, "value": rp.client_id},
        "exp": {"essential": True},
        "iat": {"essential": True},
        "sub": {"essential": True},
        "nonce": {"essential": True, "value": nonce},
        "acr": {"essential": True, "values": [*LEVEL_OF_ACR, *([SELFREGISTERED_EMAIL] if rp.accepts_email else [])]},
        "pid": {"essential": True},
    }
    if rp.accepts_email and claims.get("acr") == SELFREGISTERED_EMAIL:  # no identity number, an address instead
        options["email"] = options.pop("pid")
    checked = dict(claims)
    for defect, claim in (
        (f"{rp.defects}.idporten_iss_unchecked", "iss"),
        (f"{rp.defects}.idporten_aud_unchecked", "aud"),
        (f"{rp.defects}.idporten_nonce_unchecked", "nonce"),
        (f"{rp.defects}.idporten_expired_accepted", "exp"),
    ):
        if defect_on(request, defect):
            options.pop(claim)
            checked.pop(claim, None)
    registry = jwt.JWTClaimsRegistry(now=int(now(request).timestamp()), leeway=LEEWAY_S, **options)
    try:
        registry.validate(checked)
    except JoseError as exc:
        raise LoginRefused("id_token", f"claims: {exc}") from exc
    return claims


def _verified(claims: dict, id_token: str, acr: str, lang: str, then: str) -> Verified:
    amr = claims.get("amr") or [""]
    return Verified(
        pid=str(claims.get("pid") or ""),
        name=str(claims.get("name") or ""),
        sub=str(claims["sub"]),
        acr=acr,
        level=LEVEL_OF_ACR.get(acr, 0),
        amr=str(amr[0] if isinstance(amr, list) else amr),
        sid=str(claims.get("sid") or ""),
        id_token=id_token,
        lang=lang,
        then=then,
        email=str(claims.get("email") or "").lower() if acr == SELFREGISTERED_EMAIL else "",
    )


async def verified_token(request: Request, rp: RelyingParty, id_token: str, *, nonce: str, then: str) -> Verified:
    """A token the provider minted without a browser (the control API's log-in), through the same checks."""
    claims = await validate_id_token(request, rp, id_token, nonce=nonce)
    return _verified(claims, id_token, claims["acr"], claims.get("locale", "en"), then)


# --- remembering the log-in, and logging out -------------------------------------------------------------
def login_record(login: Verified) -> dict:
    """What a service keeps of a log-in in its session (`{rp.session_key: {"login": ...}}`): log-out needs it."""
    return {"id_token": login.id_token, "sid": login.sid, "acr": login.acr, "amr": login.amr}


def remember(request: Request, rp: RelyingParty, login: Verified) -> None:
    """After the service's own log-in (a new session id)."""
    data = _log_ins(request, rp)
    data["login"] = login_record(login)
    _store(request, rp, data)


def remembered(request: Request, rp: RelyingParty) -> dict | None:
    return _log_ins(request, rp).get("login")


def keep_session_at_logout(request: Request, rp: RelyingParty) -> bool:
    """The defect of a log-out that goes to ID-porten but leaves the service's own session alive."""
    return defect_on(request, f"{rp.defects}.idporten_logout_keeps_session")


def skip_idporten_at_logout(request: Request, rp: RelyingParty) -> bool:
    """The defect of a log-out that ends the service's session and never goes to end_session_endpoint."""
    return defect_on(request, f"{rp.defects}.logout_keeps_idporten")


def cancel_explained(request: Request, rp: RelyingParty) -> bool:
    """Whether the service says so when the person cancelled at ID-porten (its defect: it does not)."""
    return not defect_on(request, f"{rp.defects}.idporten_cancel_unexplained")


def cancelled(refused: LoginRefused) -> bool:
    """The person cancelled at ID-porten (OAuth's access_denied on the way back)."""
    return refused.reason == "provider" and refused.error == "access_denied"


async def logout_url(request: Request, rp: RelyingParty, *, id_token: str, lang: str, then: str) -> str:
    """ID-porten's end_session_endpoint with the hint, the registered way back and a fresh state (kept in the
    service's session, which the caller has just emptied of its log-in)."""
    meta = await metadata(request)
    state = secrets.token_urlsafe(24)
    data = _log_ins(request, rp)
    data["logout"] = {"state": state, "then": then}
    _store(request, rp, data)
    query = {
        "id_token_hint": id_token,
        "post_logout_redirect_uri": rp.post_logout_uri(request),
        "state": state,
        "ui_locales": lang,
    }
    return f"{meta['end_session_endpoint']}?{urlencode(query)}"


def logged_out(request: Request, rp: RelyingParty) -> str | None:
    """The `then` of the log-out this browser started, when the provider's redirect carries its state."""
    data = _log_ins(request, rp)
    started = data.pop("logout", None)
    _store(request, rp, data)
    if not started or not secrets.compare_digest(str(request.query_params.get("state", "")), started["state"]):
        return None
    return started["then"]

"""ID-porten's OpenID Connect endpoints (domain-facts §10.1): discovery, /authorize, /token, /jwks,
/userinfo and RP-initiated logout, under /idporten (the issuer is `<ID-porten's public origin>/idporten`).

`/authorize` checks the request (Authlib), then hands the person to the existing eID screens: their
log-in ends (routes._complete) with a redirect to /idporten/oidc/resume, which issues the code to the
client's redirect_uri. A request whose client or redirect_uri cannot be trusted is shown on ID-porten's own
page and never redirected (RFC 6749 §4.1.2.1); every other error goes back to the client, with its state.
"""

from __future__ import annotations

import secrets

from authlib.oauth2.rfc6749.errors import OAuth2Error
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from testenv.core.clock import now
from testenv.core.forms import require_form
from testenv.core.i18n import translator
from testenv.core.sessions import session_of
from testenv.core.templating import render
from testenv.services.idporten import email_login
from testenv.services.idporten import oidc_store as store
from testenv.services.idporten.levels import LEVEL_OF_ACR, SESSION_KEY, SUBSTANTIAL
from testenv.services.idporten.oidc_client_auth import ALGORITHMS as CLIENT_ASSERTION_ALGORITHMS
from testenv.services.idporten.oidc_clients import AUTH_METHODS, BY_ID, SCOPES
from testenv.services.idporten.oidc_server import (
    ACR_VALUES,
    SID_KEY,
    IdportenServer,
    issuer_of,
)
from testenv.services.idporten.oidc_store import pairwise_sub
from testenv.services.idporten.refusal import PAGE_LANGS
from testenv.services.idporten.routes import OIDC_PENDING, PENDING

router = APIRouter(prefix="/idporten")
RESUME = "/idporten/oidc/resume"
DEFAULT_LANG = "nb"  # ID-porten's own default


def _page(request: Request, template: str, lang: str, *, status: int = 200, **context) -> Response:
    return render(request, f"idporten/{template}", lang, status=status, languages=PAGE_LANGS, **context)


def ui_lang(ui_locales: str | None) -> str:
    """The first of the requested `ui_locales` that ID-porten's pages have (nb, nn, en), else Bokmål."""
    for tag in (ui_locales or "").split():
        if tag in PAGE_LANGS:
            return tag
    return DEFAULT_LANG


@router.get("/.well-known/openid-configuration")
def discovery(request: Request) -> JSONResponse:
    issuer = issuer_of(request)
    return JSONResponse(
        {
            "issuer": issuer,
            "authorization_endpoint": f"{issuer}/authorize",
            "token_endpoint": f"{issuer}/token",
            "userinfo_endpoint": f"{issuer}/userinfo",
            "end_session_endpoint": f"{issuer}/endsession",
            "jwks_uri": f"{issuer}/jwks",
            "response_types_supported": ["code"],
            "response_modes_supported": ["query"],
            "grant_types_supported": ["authorization_code"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": list(AUTH_METHODS),
            "token_endpoint_auth_signing_alg_values_supported": list(CLIENT_ASSERTION_ALGORITHMS),
            "code_challenge_methods_supported": ["S256"],
            "scopes_supported": list(SCOPES),
            "acr_values_supported": [*ACR_VALUES, email_login.ACR],  # the e-mail log-in: its clients only
            "ui_locales_supported": list(PAGE_LANGS),
            "claims_supported": [
                "iss",
                "aud",
                "sub",
                "pid",
                "email",
                "acr",
                "amr",
                "locale",
                "sid",
                "nonce",
                "auth_time",
                "iat",
                "exp",
                "jti",
            ],
            "prompt_values_supported": ["login", "none"],
            "frontchannel_logout_supported": False,
        }
    )


@router.get("/jwks")
def jwks(request: Request) -> JSONResponse:
    return JSONResponse(store.public_jwks(request))


# --- authorization -----------------------------------------------------------------------------------
def _refused_here(request: Request, lang: str, error: OAuth2Error, client_id: str | None) -> Response:
    """ID-porten's own error page: the client or its redirect_uri cannot be trusted with a redirect."""
    t = translator(request, lang)
    if error.error == "invalid_client":
        problem = t("idporten.oidc.err.client")
    elif client_id in BY_ID:
        problem = t("idporten.oidc.err.redirect_uri")
    else:
        problem = t("idporten.oidc.err.request")
    detail = f"{error.error}: {error.description}" if error.description else error.error
    return _page(request, "bad_request.html", lang, status=400, problems=[problem], detail=detail)


def _login_of(request: Request) -> dict | None:
    return session_of(request).get(SESSION_KEY)


def _asks_email(params: dict) -> bool:
    return params.get("acr_values", "").split() == [email_login.ACR]


def _level_enough(login: dict, params: dict) -> bool:
    """Single sign-on: the log-in reaches the level asked for; an e-mail request takes an e-mail log-in only
    (a MinID or BankID session is not the e-mail account the person chose)."""
    if _asks_email(params):
        return login.get("acr") == email_login.ACR
    if login.get("acr") == email_login.ACR:
        return False
    wanted = max(LEVEL_OF_ACR[value] for value in params.get("acr_values", SUBSTANTIAL).split())
    return int(login["level"]) >= wanted


@router.get("/authorize")
def authorize(request: Request) -> Response:
    items = list(request.query_params.multi_items())
    params = dict(items)
    lang = ui_lang(params.get("ui_locales"))
    server = IdportenServer(request)
    login = _login_of(request)
    try:
        grant = server.get_consent_grant(server.request_of("GET", items), end_user=login)
    except OAuth2Error as error:
        if error.redirect_uri:
            return server.handle_error_response(None, error)
        return _refused_here(request, lang, error, params.get("client_id"))
    session = session_of(request)
    if login and grant.prompt != "login" and _level_enough(login, params):
        return _issue(request, server, items, login, lang)  # single sign-on: ID-porten's session is still there
    client = BY_ID[params["client_id"]]
    session[OIDC_PENDING] = {"items": items, "lang": lang, "started": now(request).timestamp()}
    if _asks_email(params):  # validated above: a client registered for it, on a date it is offered
        pending = {"client": client.client_id, "client_name": client.name, "acr": email_login.ACR, "return_to": RESUME}
        session[PENDING] = pending
        return RedirectResponse(f"/idporten/{lang}/email", status_code=303)
    wanted = max(params.get("acr_values", SUBSTANTIAL).split(), key=LEVEL_OF_ACR.__getitem__)
    session[PENDING] = {
        "client": client.client_id,
        "client_name": client.name,
        "acr": "high" if LEVEL_OF_ACR[wanted] == 4 else "substantial",
        "return_to": RESUME,
    }
    return RedirectResponse(f"/idporten/{lang}/", status_code=303)


def _issue(request: Request, server: IdportenServer, items: list, login: dict, lang: str) -> Response:
    """The code for a person logged in at ID-porten, delivered to the client's redirect_uri (re-validated)."""
    oauth_request = server.request_of("GET", items)
    try:
        grant = server.get_consent_grant(oauth_request, end_user=login)
    except OAuth2Error as error:
        if error.redirect_uri:
            return server.handle_error_response(None, error)
        return _refused_here(request, lang, error, dict(items).get("client_id"))
    session = session_of(request)
    sid = session.get(SID_KEY) or secrets.token_urlsafe(16)
    session[SID_KEY] = sid
    client = BY_ID[grant.request.client.get_client_id()]
    email = login.get("email", "")  # an e-mail log-in: no identity number (oidc_mint computes sub the same way)
    user = {
        "sub": pairwise_sub(request, client.sector, login["pid"] or f"email:{email}"),
        "pid": login["pid"],
        "email": email,
        "name": login["name"],
        "acr": login["acr"],
        "amr": login["amr"],
        "auth_time": int(login["at"]),
        "sid": sid,
        "locale": lang,
    }
    response = server.create_authorization_response(oauth_request, grant_user=user, grant=grant)
    response.status_code = 303 if response.status_code == 302 else response.status_code
    return response


def _take_pending(request: Request) -> dict | None:
    session = session_of(request)
    session.pop(PENDING)
    return session.pop(OIDC_PENDING)


@router.get("/oidc/resume")
def resume(request: Request) -> Response:
    """Where the eID screens end for a log-in a client asked for: issue its code."""
    pending = session_of(request).get(OIDC_PENDING)
    login = _login_of(request)
    if not pending:
        t = translator(request, DEFAULT_LANG)
        return _page(
            request, "bad_request.html", DEFAULT_LANG, status=400, problems=[t("idporten.oidc.err.no_request")]
        )
    if not login or float(login["at"]) < pending["started"]:  # the eID log-in asked for has not happened
        return RedirectResponse(f"/idporten/{pending['lang']}/", status_code=303)
    _take_pending(request)
    return _issue(request, IdportenServer(request), [tuple(i) for i in pending["items"]], login, pending["lang"])


@router.post("/oidc/cancel")
async def cancel(request: Request) -> Response:
    """The person cancels at ID-porten: back to the client with error=access_denied (and its state)."""
    await require_form(request)
    pending = _take_pending(request)
    session_of(request).pop("idporten_otc_for")
    session_of(request).pop("idporten_email_for")
    if not pending:
        return RedirectResponse(f"/idporten/{DEFAULT_LANG}/", status_code=303)
    server = IdportenServer(request)
    items = [tuple(i) for i in pending["items"]]
    oauth_request = server.request_of("GET", items)
    try:
        grant = server.get_consent_grant(oauth_request, end_user=None)
    except OAuth2Error as error:
        if error.redirect_uri:
            return server.handle_error_response(None, error)
        return _refused_here(request, pending["lang"], error, dict(items).get("client_id"))
    response = server.create_authorization_response(oauth_request, grant_user=None, grant=grant)
    response.status_code = 303 if response.status_code == 302 else response.status_code
    return response


# --- back channel ------------------------------------------------------------------------------------
def _oauth_error(status: int, error: str, description: str) -> JSONResponse:
    return JSONResponse(
        {"error": error, "error_description": description},
        status_code=status,
        headers={"Cache-Control": "no-store", "Pragma": "no-cache"},
    )


@router.post("/token")
async def token(request: Request) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        return _oauth_error(400, "invalid_request", "The body must be application/x-www-form-urlencoded.")
    try:
        form = await request.form(max_files=0, max_fields=20)
    except Exception:  # a malformed body is the client's error, never a 5xx
        return _oauth_error(400, "invalid_request", "The body cannot be read.")
    items = [(key, value) for key, value in form.multi_items() if isinstance(value, str)]
    server = IdportenServer(request)
    return server.create_token_response(server.request_of("POST", items))


@router.api_route("/userinfo", methods=["GET", "POST"])
def userinfo(request: Request) -> Response:
    scheme, _, access_token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not access_token:
        return JSONResponse({"error": "invalid_request"}, status_code=401, headers={"WWW-Authenticate": "Bearer"})
    claims = store.token_claims(request, access_token.strip(), now(request).timestamp())
    if claims is None:
        return JSONResponse(
            {"error": "invalid_token"},
            status_code=401,
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    return JSONResponse(claims, headers={"Cache-Control": "no-store"})


# --- RP-initiated logout -----------------------------------------------------------------------------
@router.get("/endsession")
def end_session(request: Request) -> Response:
    """Ends ID-porten's session; back to the client's registered post_logout_redirect_uri (with state) when
    the request names one and carries an id_token_hint this provider issued, else ID-porten's own page."""
    items = list(request.query_params.multi_items())
    lang = ui_lang(dict(items).get("ui_locales"))
    server = IdportenServer(request)
    try:
        validated = server.validate_endpoint_request("end_session", server.request_of("GET", items))
    except OAuth2Error as error:
        t = translator(request, lang)
        detail = f"{error.error}: {error.description}" if error.description else error.error
        problems = [t("idporten.oidc.err.logout")]
        return _page(request, "bad_request.html", lang, status=400, problems=problems, detail=detail)
    response = server.create_endpoint_response("end_session", validated)
    if response is not None:
        response.status_code = 303
        return response
    return _page(request, "logged_out.html", lang)

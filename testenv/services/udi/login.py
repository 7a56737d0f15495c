"""Log-in to the UDI portal: username (the e-mail address) and password, or ID-porten at level 4."""

from __future__ import annotations

import httpx
from fastapi import APIRouter, Request
from fastapi.responses import Response

from testenv.core import attempts, oidc_rp
from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.forms import field, require_form
from testenv.core.sessions import session_of
from testenv.core.state import env_of
from testenv.services.udi import auth, eid, rules, store
from testenv.services.udi.view import DEFAULT_LANG, LANGS, checked_lang, page, redirect, url

router = APIRouter(prefix="/udi")
FLASHES = ("created", "password_changed", "logged_out")
ADVICE = ("browser", "device", "password", "new_account")  # guide 001, in the guide's order
PASSWORD_FLOW = "udi.login.password"  # the attempt counter of the password log-in


@router.get("/", include_in_schema=False)
def root() -> Response:
    return redirect(url(DEFAULT_LANG))


@router.get("/{lang}/")
def home(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    return redirect(url(lang, "/applications" if auth.current_account(request) else "/login"))


def _login_page(
    request: Request,
    lang: str,
    *,
    email: str = "",
    failed: bool = False,
    locked: bool = False,
    idporten_error: str | None = None,
    status: int | None = None,
) -> Response:
    flash = session_of(request).pop("udi_flash")
    return page(
        request,
        "login.html",
        lang,
        status=status or (423 if locked else 401 if failed else 200),
        idporten_error=idporten_error,
        email=email,
        failed=failed,
        locked=locked,
        advice=() if defect_on(request, "udi.troubleshooting_missing") else ADVICE,
        flash=flash if flash in FLASHES else None,
        offer_idporten=not defect_on(request, "udi.idporten_button_missing"),
        offer_register=not defect_on(request, "udi.register_link_missing"),
    )


@router.get("/{lang}/login")
def login(lang: str, request: Request) -> Response:
    return _login_page(request, checked_lang(lang))


@router.post("/{lang}/login")
async def login_submit(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    form = await require_form(request)
    email, password = field(form, "email").strip(), field(form, "password")
    # Throttled per address typed, whether or not it has an account: the lock reveals no accounts either.
    at, db, subject = now(request).timestamp(), env_of(request).db, store.email_key(email)
    with db.read() as conn:
        account = store.find_by_email(conn, email) if email else None
        locked = attempts.locked(conn, PASSWORD_FLOW, subject, at)
    unthrottled = defect_on(request, "udi.login_unthrottled")
    if locked and not unthrottled:
        return _login_page(request, lang, email=email, locked=True)
    if rules.login_refuses(request, password):
        return _login_page(request, lang, email=email, failed=True)
    ok = await request.app.state.passwords.verify_async(account.password_hash if account else None, password)
    if account is not None and defect_on(request, "udi.login_password_unchecked"):
        ok = True
    if unthrottled:  # the defect: wrong passwords are never counted
        outcome = "ok" if ok and account is not None else "wrong"
    else:
        with db.write() as conn:
            outcome = attempts.settle(conn, PASSWORD_FLOW, subject, ok and account is not None, attempts.PASSWORDS, at)
    if outcome == "locked":
        return _login_page(request, lang, email=email, locked=True)
    if outcome != "ok" or account is None:
        return _login_page(request, lang, email=email, failed=True)
    auth.log_in(request, account)
    return redirect(url(lang, "/applications"))


@router.post("/logout")
async def logout(request: Request) -> Response:
    """Ends UDI's session; a log-in through ID-porten also goes to its end_session_endpoint, so the person is
    logged out of both ("log out of ID-porten and then log in again with your username and password" must be
    one step for the user, guide 001)."""
    form = await require_form(request)
    lang = field(form, "lang")
    if lang not in LANGS:
        lang = DEFAULT_LANG
    if defect_on(request, "udi.logout_keeps_session"):
        return redirect(url(lang, "/login"))
    idporten_login = oidc_rp.remembered(request, eid.RP)
    if not (idporten_login and oidc_rp.keep_session_at_logout(request, eid.RP)):
        auth.log_out(request)
    if idporten_login and not oidc_rp.skip_idporten_at_logout(request, eid.RP):
        try:
            return redirect(
                await oidc_rp.logout_url(
                    request, eid.RP, id_token=idporten_login["id_token"], lang=eid.IDPORTEN_LANG[lang], then=lang
                )
            )
        except (httpx.HTTPError, ValueError, KeyError):
            pass  # ID-porten cannot be reached: UDI's own session has ended all the same
    session_of(request)["udi_flash"] = "logged_out"
    return redirect(url(lang, "/login"))


# --- ID-porten (OpenID Connect, testenv.core.oidc_rp) -------------------------------------------------
@router.get("/{lang}/login/idporten")
async def login_idporten(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    try:
        target = await oidc_rp.begin(request, eid.RP, acr=eid.REQUESTED_ACR, lang=eid.IDPORTEN_LANG[lang], then=lang)
    except (httpx.HTTPError, ValueError, KeyError):  # ID-porten cannot be reached: say so, at UDI
        return _login_page(request, lang, idporten_error="unavailable", status=503)
    return redirect(target)


@router.get("/oidc/callback")
async def idporten_callback(request: Request) -> Response:
    """UDI is the relying party: it logs nobody in before the callback's state, the code and the ID token have
    passed (oidc_rp), and it decides the level from the token's `acr` claim: below level 4 (MinID) is
    refused with the guide's explanation."""
    try:
        login = await oidc_rp.complete(request, eid.RP)
    except oidc_rp.LoginRefused as refused:
        lang = refused.then if refused.then in LANGS else DEFAULT_LANG
        if oidc_rp.cancelled(refused):
            explained = oidc_rp.cancel_explained(request, eid.RP)
            return _login_page(request, lang, idporten_error="cancelled" if explained else None)
        return _login_page(request, lang, idporten_error="failed", status=400)
    lang = login.then if login.then in LANGS else DEFAULT_LANG
    if login.level < eid.REQUIRED_LEVEL and not defect_on(request, "udi.minid_accepted"):
        return page(
            request, "level_refused.html", lang, status=403, eid_name=eid.eid_name(login.amr), level=login.level
        )
    at = now(request).timestamp()
    with env_of(request).db.write() as conn:
        account = store.idporten_account(conn, login.pid, login.name, at)
        if defect_on(request, "udi.applications_moved_to_idporten"):
            store.move_applications_by_name(conn, login.name, account.id)
    auth.log_in(request, account)
    oidc_rp.remember(request, eid.RP, login)
    return redirect(url(lang, "/applications"))


@router.get("/oidc/logged-out")
def idporten_logged_out(request: Request) -> Response:
    """Back from ID-porten's end_session_endpoint: both sessions have ended (UDI's before the person left)."""
    then = oidc_rp.logged_out(request, eid.RP)
    lang = then if then in LANGS else DEFAULT_LANG
    if then is not None:
        session_of(request)["udi_flash"] = "logged_out"
    return redirect(url(lang, "/login"))

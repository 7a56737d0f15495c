"""Log-in to the UDI portal: username (the e-mail address) and password, or ID-porten at level 4."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from testenv.core import attempts
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
    request: Request, lang: str, *, email: str = "", failed: bool = False, locked: bool = False
) -> Response:
    flash = session_of(request).pop("udi_flash")
    return page(
        request,
        "login.html",
        lang,
        status=423 if locked else 401 if failed else 200,
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
    form = await require_form(request)
    lang = field(form, "lang")
    if lang not in LANGS:
        lang = DEFAULT_LANG
    if not defect_on(request, "udi.logout_keeps_session"):
        auth.log_out(request)
        session_of(request)["udi_flash"] = "logged_out"
    return redirect(url(lang, "/login"))


# --- ID-porten -----------------------------------------------------------------------------------------
@router.get("/{lang}/login/idporten")
def login_idporten(lang: str) -> Response:
    lang = checked_lang(lang)
    return redirect(eid.authorize_url(lang, url(lang, "/login/idporten/callback")))


@router.get("/{lang}/login/idporten/callback")
def idporten_callback(lang: str, request: Request) -> Response:
    """UDI is the relying party: it checks the level ID-porten reports (domain-facts §5) and refuses
    anything below level 4 - MinID - with the guide's explanation."""
    lang = checked_lang(lang)
    login = eid.current_login(request)
    if login is None:
        return redirect(url(lang, "/login"))
    if login.level < eid.REQUIRED_LEVEL and not defect_on(request, "udi.minid_accepted"):
        # The refused log-in is of no use here; dropping it lets "Log in again" start afresh.
        session_of(request).pop("idporten")
        return page(
            request, "level_refused.html", lang, status=403, eid_name=eid.eid_name(login.amr), level=login.level
        )
    at = now(request).timestamp()
    with env_of(request).db.write() as conn:
        account = store.idporten_account(conn, login.pid, login.name, at)
        if defect_on(request, "udi.applications_moved_to_idporten"):
            store.move_applications_by_name(conn, login.name, account.id)
    auth.log_in(request, account)
    return redirect(url(lang, "/applications"))

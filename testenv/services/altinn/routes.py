"""Altinn screens of guide 000: portal, log-in choices, self-identified user creation and log-in."""

from __future__ import annotations

import secrets
import time
from datetime import timedelta

import httpx
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from testenv.core import oidc_rp, onetime
from testenv.core.captcha import captcha_mode, check_captcha, new_captcha
from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.forms import field, require_form
from testenv.core.i18n import translator
from testenv.core.outbox import send
from testenv.core.sessions import end_sessions_of, session_of
from testenv.core.state import env_of
from testenv.core.templating import render
from testenv.core.urls import absolute_url
from testenv.services.altinn import eid, rules, store, sunset

LANGS = ("en", "nb", "nn")
DEFAULT_LANG = "nb"  # altinn.no opens in Bokmål (domain-facts §1.2)
TABS = ("code-letter", "sms", "password")
RESET_VALID = timedelta(hours=1)
RESET_PURPOSE = "altinn.reset"  # the keyed hash of a reset link's token


def owner(user_id: int) -> str:
    """The session owner of a self-identified user (sessions.end_sessions_of)."""
    return f"altinn:{user_id}"


router = APIRouter()


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise HTTPException(404)
    return lang


def _page(request: Request, template: str, lang: str, **context) -> Response:
    languages = (lang,) if defect_on(request, "altinn.language_selector_missing") else LANGS
    response = render(request, f"altinn/{template}", lang, languages=languages, **context)
    response.set_cookie("altinn_lang", lang, samesite="lax", httponly=True)
    return response


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _ended(request: Request, lang: str) -> Response:
    """What a retired self-identified URL shows after the sunset (sunset.py, docs/decisions.md)."""
    if defect_on(request, "altinn.sunset_bare_not_found"):
        raise HTTPException(404)
    return _page(request, "self_identified_ended.html", lang, status=sunset.GONE)


@router.get("/", include_in_schema=False)
def root(request: Request) -> Response:
    lang = request.cookies.get("altinn_lang", DEFAULT_LANG)
    return _redirect(f"/{lang if lang in LANGS else DEFAULT_LANG}/")


@router.get("/{lang}/")
def home(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    login_href = f"/{lang}/help/login-methods" if defect_on(request, "altinn.login_link_wrong") else f"/{lang}/login"
    logged_out = session_of(request).pop("altinn_flash") == "logged_out"
    return _page(request, "home.html", lang, logged_out=logged_out, login_href=login_href)


def _login_page(request: Request, lang: str, *, idporten_error: str | None = None, status: int = 200) -> Response:
    show_alternative = not defect_on(request, "altinn.alternative_entry_missing")
    return _page(
        request, "login.html", lang, show_alternative=show_alternative, idporten_error=idporten_error, status=status
    )


@router.get("/{lang}/login")
def login(lang: str, request: Request) -> Response:
    return _login_page(request, _lang(lang))


# --- ID-porten (OpenID Connect, testenv.core.oidc_rp; client `altinn`) -----------------------------------
@router.get("/{lang}/login/idporten")
async def login_idporten(lang: str, request: Request, then: str = "") -> Response:
    """Altinn's authorization request to ID-porten; `then` is the Altinn page to return to (default: the inbox)."""
    lang = _lang(lang)
    back = eid.safe_then(then, f"/{lang}/inbox")
    try:
        target = await oidc_rp.begin(request, eid.RP, acr=eid.REQUESTED_ACR, lang=lang, then=back)
    except (httpx.HTTPError, ValueError, KeyError):  # ID-porten cannot be reached: say so, at Altinn
        return _login_page(request, lang, idporten_error="failed", status=503)
    return _redirect(target)


def _lang_of_path(path: str | None, request: Request) -> str:
    first = (path or "").lstrip("/").split("/", 1)[0]
    return first if first in LANGS else _si_lang(request, None)


@router.get("/oidc/callback")
async def idporten_callback(request: Request) -> Response:
    """Altinn is the relying party: nobody is logged in before the callback's state, the code and the ID token
    have passed (oidc_rp); the level is the token's `acr` claim, never the level Altinn asked for."""
    try:
        login = await oidc_rp.complete(request, eid.RP)
    except oidc_rp.LoginRefused as refused:
        lang = _lang_of_path(refused.then, request)
        if refused.reason == "provider" and refused.error == "access_denied":
            return _login_page(request, lang, idporten_error="cancelled")
        return _login_page(request, lang, idporten_error="failed", status=400)
    session = session_of(request)
    session.regenerate()  # a change of privilege: a new session id (no fixation)
    eid.clear_altinn_session(request)
    data = eid.session_data(login)
    if defect_on(request, "altinn.level_from_request"):  # the level asked for, not the one the token states
        data["altinn_level"] = oidc_rp.LEVEL_OF_ACR[eid.REQUESTED_ACR]
    for key, value in data.items():
        session[key] = value
    oidc_rp.remember(request, eid.RP, login)
    return _redirect(eid.safe_then(login.then, f"/{_lang_of_path(login.then, request)}/inbox"))


@router.get("/oidc/logged-out")
def idporten_logged_out(request: Request) -> Response:
    """Back from ID-porten's end_session_endpoint: both sessions have ended (Altinn's before the person left)."""
    then = oidc_rp.logged_out(request, eid.RP)
    lang = then if then in LANGS else _si_lang(request, None)
    if then is not None:
        session_of(request)["altinn_flash"] = "logged_out"
    return _redirect(f"/{lang}/")


@router.get("/{lang}/login/alternative")
def alternative(lang: str, request: Request, tab: str | None = None) -> Response:
    tabs = [name for name in TABS if not (name == "sms" and defect_on(request, "altinn.alternative_tab_sms_missing"))]
    default = "password" if defect_on(request, "altinn.alternative_default_tab_password") else "code-letter"
    if tab not in tabs:
        tab = default
    links = ["order_letter", "disable_letter", "enterprise", "without_id"]
    retired = not sunset.offered(request) and not defect_on(request, "altinn.sunset_links_kept")
    if retired or defect_on(request, "altinn.alternative_link_missing"):
        links.remove("without_id")
    if defect_on(request, "altinn.disable_letter_link_missing"):
        links.remove("disable_letter")
    return _page(request, "alternative.html", _lang(lang), tab=tab, tabs=tabs, links=links)


@router.get("/{lang}/login/without-id")
def without_id(lang: str, request: Request) -> Response:
    if not sunset.offered(request):
        return _ended(request, _lang(lang))
    links = ["create"] if defect_on(request, "altinn.without_id_forgot_missing") else ["create", "forgot"]
    return _page(request, "without_id.html", _lang(lang), links=links)


@router.get("/{lang}/help/{topic}")
def help_page(lang: str, topic: str, request: Request) -> Response:
    return _page(request, "help.html", _lang(lang), topic=topic)


@router.get("/{lang}/login/enterprise")
def enterprise(lang: str, request: Request) -> Response:
    return _page(request, "placeholder.html", _lang(lang), title_key="altinn.alt.enterprise")


def _create_form(request: Request, lang: str, values: dict, errors: dict, status: int = 200) -> Response:
    captcha_id = new_captcha(request) if captcha_mode(request) == "on" else None
    legal_note = not defect_on(request, "altinn.create_legal_note_missing")
    return _page(
        request,
        "create_user.html",
        lang,
        values=values,
        errors=errors,
        captcha_id=captcha_id,
        legal_note=legal_note,
        email_label=not defect_on(request, "altinn.field_without_label"),
        status=status,
    )


@router.get("/{lang}/login/without-id/create")
def create_form(lang: str, request: Request) -> Response:
    if not sunset.offered(request):
        return _ended(request, _lang(lang))
    return _create_form(request, _lang(lang), {"username": "", "email": ""}, {})


@router.post("/{lang}/login/without-id/create")
async def create_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)  # CSRF first, as on every form: the sunset changes no state either
    if sunset.posts_refused(request):  # a form opened before the sunset and sent after it: nothing is stored
        return _ended(request, lang)
    username, email = field(form, "username").strip(), field(form, "email").strip()
    password, confirm = field(form, "password"), field(form, "confirm_password")
    errors = {
        "username": rules.username_errors(request, username),
        "email": rules.email_errors(request, email),
        "password": rules.password_errors(request, password),
        "confirm_password": rules.confirm_errors(request, password, confirm),
    }
    if (
        captcha_mode(request) == "on"
        and not defect_on(request, "altinn.captcha_ignored")
        and not check_captcha(request, field(form, "captcha_id"), field(form, "captcha"))
    ):
        errors["captcha"] = ["altinn.err.captcha.wrong"]
    errors = {name: keys for name, keys in errors.items() if keys}
    values = {"username": username, "email": email}  # passwords are never echoed back
    env = env_of(request)
    at = now(request)
    if errors:
        if set(errors) <= {"password", "confirm_password"} and defect_on(request, "altinn.refused_form_stores_user"):
            refused_hash = await request.app.state.passwords.hash_async(password)
            with env.db.write() as conn:  # the defect: stored before the password checks are looked at
                store.insert(conn, username, email, refused_hash, at.timestamp())
        return _create_form(request, lang, values, errors, status=422)
    password_hash = await request.app.state.passwords.hash_async(password)
    t = translator(request, lang)
    case_sensitive = defect_on(request, "altinn.username_case_sensitive")
    told = email if defect_on(request, "altinn.welcome_email_without_username") else username
    with env.db.write() as conn:
        created = store.insert(conn, username, email, password_hash, at.timestamp(), case_sensitive=case_sensitive)
        if created:
            send(request, conn, "email", email, t("altinn.email.subject"), t("altinn.email.body", username=told), at)
        else:
            refusal = f"altinn.err.username.{store.taken_or_confusable(conn, username)}"
    if not created:
        return _create_form(request, lang, values, {"username": [refusal]}, status=422)
    session_of(request)["altinn_created"] = {"email": email}
    return _redirect(f"/{lang}/login/without-id/created")


@router.get("/{lang}/login/without-id/created")
def created(lang: str, request: Request) -> Response:
    if not sunset.offered(request):
        return _ended(request, _lang(lang))
    info = session_of(request).get("altinn_created")
    if not info:
        return _redirect(f"/{_lang(lang)}/login/without-id")
    lang = _lang(lang)
    login_href = f"/ui/Authentication/SelfIdentified?lang={lang}"
    if defect_on(request, "altinn.created_login_link_wrong"):
        login_href = f"/{lang}/login"
    return _page(request, "created.html", lang, email=info["email"], login_href=login_href)


def _si_lang(request: Request, lang: str | None) -> str:
    if lang in LANGS:
        return lang
    cookie = request.cookies.get("altinn_lang")
    return cookie if cookie in LANGS else DEFAULT_LANG


@router.get("/ui/Authentication/SelfIdentified")
def self_identified(request: Request, lang: str | None = None) -> Response:
    if not sunset.offered(request):
        return _ended(request, _si_lang(request, lang))
    return _page(request, "self_identified.html", _si_lang(request, lang), username="", error=None, invalid_key=None)


@router.post("/ui/Authentication/SelfIdentified")
async def self_identified_submit(request: Request, lang: str | None = None) -> Response:
    lang = _si_lang(request, lang)
    form = await require_form(request)
    if sunset.posts_refused(request):  # nobody logs in the old way, and no attempt counts towards a lockout
        return _ended(request, lang)
    username, password = field(form, "username").strip(), field(form, "password")
    env = env_of(request)
    at = now(request)
    user = None
    with env.db.read() as conn:
        user = store.find(conn, username) if username else None
    # Defect: the wall clock instead of the test clock, so time travel never ends a lockout.
    lock_clock = time.time() if defect_on(request, "altinn.lockout_real_clock") else at.timestamp()
    locked = bool(user and user.locked_until and user.locked_until > lock_clock)
    locked = locked and not defect_on(request, "altinn.lockout_never")
    if locked and not defect_on(request, "altinn.lockout_right_password_passes"):
        return _si_error(request, lang, username, "locked")
    ok = await request.app.state.passwords.verify_async(user.password_hash if user else None, password)
    ok = ok or (user is not None and defect_on(request, "altinn.login_any_password"))
    if locked and not ok:
        return _si_error(request, lang, username, "locked")
    if not ok or user is None:
        if user is None:
            return _si_error(request, lang, username, "invalid")
        minutes = 30 if defect_on(request, "altinn.lockout_30_minutes") else env.settings.lockout_minutes
        with env.db.write() as conn:  # read again in the write transaction: parallel failures count one by one
            fresh = store.find(conn, username)
            lock_until = (at + timedelta(minutes=minutes)).timestamp()
            if fresh is not None and fresh.locked_until and fresh.locked_until > lock_clock:
                locked = True  # locked meanwhile by a parallel attempt: refused, the lock is not extended
            else:
                threshold = env.settings.lockout_threshold
                locked = fresh is not None and store.record_failure(conn, fresh, threshold, lock_until)
        if defect_on(request, "altinn.lockout_never"):
            locked = False
        return _si_error(request, lang, username, "locked" if locked else "invalid")
    with env.db.write() as conn:
        fresh = store.find(conn, username)
        raced = fresh is not None and fresh.locked_until and fresh.locked_until > lock_clock
        if raced and not defect_on(request, "altinn.lockout_never"):  # a parallel wrong password locked it
            return _si_error(request, lang, username, "locked")
        store.record_success(conn, user)
    session = session_of(request)
    session.regenerate()
    session.set_owner(owner(user.id))
    session["altinn_user"] = user.username
    session["altinn_level"] = 1 if defect_on(request, "altinn.level_1_for_self_identified") else 0
    if defect_on(request, "altinn.login_answers_200"):
        return _page(request, "inbox.html", lang, name=user.username, level=session["altinn_level"])
    return RedirectResponse(f"/{lang}/inbox", status_code=302)  # Altinn answers 302 (domain-facts §1.2)


def _si_error(request: Request, lang: str, username: str, kind: str) -> Response:
    return _page(
        request,
        "self_identified.html",
        lang,
        username=username,
        error=kind,
        invalid_key="altinn.si.invalid_reworded" if defect_on(request, "altinn.invalid_message_reworded") else None,
        minutes=env_of(request).settings.lockout_minutes,
        status=401 if kind == "invalid" else 423,
    )


@router.get("/{lang}/inbox")
def inbox(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    session = session_of(request)
    if "altinn_user" not in session:  # Altinn's own session: a password, an alternative method or ID-porten
        return _redirect(f"/{lang}/login")
    return _page(request, "inbox.html", lang, name=session["altinn_user"], level=session.get("altinn_level", 0))


@router.post("/logout")
async def logout(request: Request) -> Response:
    await require_form(request)
    lang = _si_lang(request, None)
    session = session_of(request)
    idporten_login = oidc_rp.remembered(request, eid.RP)
    ends = not defect_on(request, "altinn.logout_keeps_session")
    if ends and not (idporten_login and oidc_rp.keep_session_at_logout(request)):
        session.regenerate()
        eid.clear_altinn_session(request)
    if idporten_login and ends:  # logged in through ID-porten: its session ends too (RP-initiated log-out)
        try:
            return _redirect(
                await oidc_rp.logout_url(request, eid.RP, id_token=idporten_login["id_token"], lang=lang, then=lang)
            )
        except (httpx.HTTPError, ValueError, KeyError):
            pass  # ID-porten cannot be reached: Altinn's own session has ended all the same
    session["altinn_flash"] = "logged_out"
    return _redirect(f"/{lang}/")


@router.get("/{lang}/login/without-id/forgot")
def forgot(lang: str, request: Request) -> Response:
    return _page(request, "forgot.html", _lang(lang), sent=False)


@router.post("/{lang}/login/without-id/forgot")
async def forgot_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)
    username, email = field(form, "username").strip(), field(form, "email").strip()
    at = now(request)
    with env_of(request).db.write() as conn:
        user = store.find(conn, username) if username else None
        if user and user.email.casefold() == email.casefold():
            token = secrets.token_urlsafe(24)
            conn.execute(  # the column holds the token's keyed hash: the link in the e-mail is the only copy
                "INSERT INTO altinn_resets (token, user_id, expires_at) VALUES (?, ?, ?)",
                (onetime.digest(request, RESET_PURPOSE, token), user.id, (at + RESET_VALID).timestamp()),
            )
            t = translator(request, lang)
            reset_path = f"/{lang}/login/without-id/reset/{token}"
            link = absolute_url(request, "altinn", reset_path, defect="altinn.reset_link_from_host")
            send(
                request,
                conn,
                "email",
                user.email,
                t("altinn.forgot.email_subject"),
                t("altinn.forgot.email_body", link=link),
                at,
            )
    # The same answer whether or not the user exists: the page must not reveal accounts.
    return _page(request, "forgot.html", lang, sent=True)


def _reset_user(request: Request, token: str) -> int | None:
    with env_of(request).db.read() as conn:
        row = conn.execute(
            "SELECT user_id, expires_at FROM altinn_resets WHERE token = ?",
            (onetime.digest(request, RESET_PURPOSE, token[:64]),),
        ).fetchone()
    return row["user_id"] if row and row["expires_at"] > now(request).timestamp() else None


@router.get("/{lang}/login/without-id/reset/{token}")
def reset_form(lang: str, token: str, request: Request) -> Response:
    valid = _reset_user(request, token) is not None
    return _page(request, "reset.html", _lang(lang), valid=valid, done=False, errors={}, status=200 if valid else 404)


@router.post("/{lang}/login/without-id/reset/{token}")
async def reset_submit(lang: str, token: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)
    user_id = _reset_user(request, token)
    if user_id is None:
        return _page(request, "reset.html", lang, valid=False, done=False, errors={}, status=404)
    password, confirm = field(form, "password"), field(form, "confirm_password")
    errors = {
        "password": rules.password_errors(request, password),
        "confirm_password": rules.confirm_errors(request, password, confirm),
    }
    errors = {k: v for k, v in errors.items() if v}
    if errors:
        return _page(request, "reset.html", lang, valid=True, done=False, errors=errors, status=422)
    password_hash = await request.app.state.passwords.hash_async(password)
    with env_of(request).db.write() as conn:
        store.set_password(conn, user_id, password_hash)
        conn.execute("DELETE FROM altinn_resets WHERE user_id = ?", (user_id,))
        if not defect_on(request, "altinn.reset_keeps_other_sessions"):
            end_sessions_of(request, conn, owner(user_id))  # whoever knew the old password is logged out
    return _page(
        request, "reset.html", lang, valid=True, done=True, errors={}, login_href=_reset_login_href(request, lang)
    )


def _reset_login_href(request: Request, lang: str) -> str:
    """Where a new password is used: the old log-in before the sunset, Altinn's log-in (e-mail, linking) after."""
    return f"/ui/Authentication/SelfIdentified?lang={lang}" if sunset.offered(request) else f"/{lang}/login"

"""Creating a user account and "Forgot password" (domain-facts §7): e-mail, a code by e-mail, then a
password (and, for a new account, the name).

A password that breaks a rule of guide 001 makes the button do nothing: the server answers the POST
with 204 No Content, so the browser stays on the page with everything as typed, and nothing is stored
("nothing happens when I press 'Create user account'"). No script is needed for that, so the strict CSP
stays.
"""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request
from fastapi.responses import Response

from testenv.core import attempts, onetime
from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.forms import field, require_form
from testenv.core.i18n import translator
from testenv.core.outbox import send
from testenv.core.sessions import end_sessions_of, session_of
from testenv.core.state import env_of
from testenv.services.udi import auth, rules, store
from testenv.services.udi.view import checked_lang, page, redirect, url

router = APIRouter(prefix="/udi")
CODE_VALID = timedelta(minutes=5)  # "valid only a few minutes" (domain-facts §7)
# Each flow: its session key, the code's purpose, its first path, and the e-mail form's texts.
FLOWS = {
    "register": {"session": "udi_reg", "path": "/register", "title": "udi.register.title"},
    "reset": {"session": "udi_reset", "path": "/forgot", "title": "udi.forgot.title"},
}


def silently_refused(request: Request, password: str) -> bool:
    return bool(rules.password_problems(request, password))


def nothing_happens() -> Response:
    """The guide's silent failure: no page, no message, no navigation."""
    return Response(status_code=204)


# --- e-mail and code, shared by both flows -------------------------------------------------------------
def _email_page(request: Request, lang: str, flow: str, email: str = "", errors: dict | None = None) -> Response:
    return page(
        request,
        "email.html",
        lang,
        status=422 if errors else 200,
        flow=flow,
        action=url(lang, FLOWS[flow]["path"]),
        title_key=FLOWS[flow]["title"],
        email=email,
        errors=errors or {},
    )


def _code_flow(flow: str) -> str:
    """The attempt counter's and the code's flow: per purpose, keyed by the e-mail address."""
    return f"udi.{flow}.code"


def _send_code(request: Request, lang: str, flow: str, email: str) -> None:
    """A new code by e-mail; for "Forgot password" only when there is such an account (the page says
    the same either way, so it does not reveal who has an account)."""
    at = now(request)
    minutes = int(CODE_VALID.total_seconds() // 60)
    t = translator(request, lang)
    with env_of(request).db.write() as conn:
        if flow == "reset" and store.find_by_email(conn, email) is None:
            return
        if defect_on(request, "udi.code_resend_resets_attempts"):
            attempts.clear(conn, _code_flow(flow), store.email_key(email))  # the regression: resend, fresh tries
        if attempts.locked(conn, _code_flow(flow), store.email_key(email), at.timestamp()):
            return  # locked: no new code either (the verify page says so when one is typed)
        code = onetime.new_digits()
        expires_at = (at + CODE_VALID).timestamp()
        subject = store.email_key(email)
        onetime.store_code(conn, request, _code_flow(flow), subject, code, expires_at=expires_at, sent_to=email)
        body = t("udi.verify.email_body", code=code, minutes=minutes)
        send(request, conn, "email", email, t("udi.verify.email_subject"), body, at)


async def _email_submit(request: Request, lang: str, flow: str) -> Response:
    form = await require_form(request)
    email = field(form, "email").strip()
    errors = rules.email_errors(email)
    if errors:
        return _email_page(request, lang, flow, email, {"email": errors})
    _send_code(request, lang, flow, email)
    session_of(request)[FLOWS[flow]["session"]] = {"email": email, "verified": False}
    return redirect(url(lang, FLOWS[flow]["path"] + "/verify"))


def _pending(request: Request, flow: str) -> dict | None:
    return session_of(request).get(FLOWS[flow]["session"])


def _verify_page(request: Request, lang: str, flow: str, errors: dict | None = None) -> Response:
    pending = _pending(request, flow)
    if not pending:
        return redirect(url(lang, FLOWS[flow]["path"]))
    base = url(lang, FLOWS[flow]["path"])
    return page(
        request,
        "verify.html",
        lang,
        status=422 if errors else 200,
        email=pending["email"],
        minutes=int(CODE_VALID.total_seconds() // 60),
        action=base + "/verify",
        resend=base + "/resend",
        errors=errors or {},
    )


async def _verify_submit(request: Request, lang: str, flow: str) -> Response:
    form = await require_form(request)
    pending = _pending(request, flow)
    if not pending:
        return redirect(url(lang, FLOWS[flow]["path"]))
    code = field(form, "code").strip()
    if not code:
        return _verify_page(request, lang, flow, {"code": ["udi.err.code.required"]})
    at = now(request).timestamp()
    unchecked = defect_on(request, "udi.reset_code_unchecked" if flow == "reset" else "udi.code_unchecked")
    limit = attempts.UNLIMITED if defect_on(request, "udi.code_attempts_unlimited") else attempts.CODES
    with env_of(request).db.write() as conn:
        outcome = onetime.check(
            conn,
            request,
            _code_flow(flow),
            store.email_key(pending["email"]),
            code,
            at,
            limit=limit,
            expiry=not defect_on(request, "udi.code_never_expires"),
            accept_any=unchecked,
        )
    if outcome == "missing":  # "Forgot password" for an unknown address, or a code already used
        outcome = "ok" if unchecked else "wrong"
    if outcome != "ok":
        return _verify_page(request, lang, flow, {"code": [f"udi.err.code.{outcome}"]})
    session_of(request)[FLOWS[flow]["session"]] = {**pending, "verified": True}
    return redirect(url(lang, FLOWS[flow]["path"] + ("/account" if flow == "register" else "/password")))


async def _resend(request: Request, lang: str, flow: str) -> Response:
    await require_form(request)
    pending = _pending(request, flow)
    if not pending:
        return redirect(url(lang, FLOWS[flow]["path"]))
    _send_code(request, lang, flow, pending["email"])
    return redirect(url(lang, FLOWS[flow]["path"] + "/verify"))


def _verified(request: Request, flow: str) -> dict | None:
    pending = _pending(request, flow)
    return pending if pending and pending.get("verified") else None


# --- create user account -----------------------------------------------------------------------------
@router.get("/{lang}/register")
def register(lang: str, request: Request) -> Response:
    return _email_page(request, checked_lang(lang), "register")


@router.post("/{lang}/register")
async def register_submit(lang: str, request: Request) -> Response:
    return await _email_submit(request, checked_lang(lang), "register")


@router.get("/{lang}/register/verify")
def register_verify(lang: str, request: Request) -> Response:
    return _verify_page(request, checked_lang(lang), "register")


@router.post("/{lang}/register/verify")
async def register_verify_submit(lang: str, request: Request) -> Response:
    return await _verify_submit(request, checked_lang(lang), "register")


@router.post("/{lang}/register/resend")
async def register_resend(lang: str, request: Request) -> Response:
    return await _resend(request, checked_lang(lang), "register")


def _account_page(request: Request, lang: str, email: str, name: str = "", errors: dict | None = None) -> Response:
    return page(
        request, "account.html", lang, status=422 if errors else 200, email=email, name=name, errors=errors or {}
    )


@router.get("/{lang}/register/account")
def account_form(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    pending = _verified(request, "register")
    if not pending:
        return redirect(url(lang, "/register"))
    return _account_page(request, lang, pending["email"])


@router.post("/{lang}/register/account")
async def account_submit(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    form = await require_form(request)
    pending = _verified(request, "register")
    if not pending:
        return redirect(url(lang, "/register"))
    password, name = field(form, "password"), field(form, "name").strip()
    email = pending["email"]
    refused = silently_refused(request, password) or defect_on(request, "udi.compliant_password_refused")
    if refused:
        if defect_on(request, "udi.refused_password_stores_account"):
            await _create(request, email, name or email, password)
        if defect_on(request, "udi.silent_refusal_shows_page"):
            return _account_page(request, lang, email, name, {"password": ["udi.account.errors"]})
        return nothing_happens()
    errors = rules.name_errors(name)
    if errors:
        return _account_page(request, lang, email, name, {"name": errors})
    if await _create(request, email, name, password) is None:
        return _account_page(request, lang, email, name, {"email": ["udi.err.email.taken"]})
    session = session_of(request)
    session.pop("udi_reg")
    session["udi_flash"] = "created"
    return redirect(url(lang, "/login"))


async def _create(request: Request, email: str, name: str, password: str) -> int | None:
    password_hash = await request.app.state.passwords.hash_async(password)
    key = email.strip() if defect_on(request, "udi.email_case_sensitive") else None
    with env_of(request).db.write() as conn:
        return store.insert_password_account(conn, email, name, password_hash, now(request).timestamp(), key=key)


# --- forgot password ---------------------------------------------------------------------------------
@router.get("/{lang}/forgot")
def forgot(lang: str, request: Request) -> Response:
    return _email_page(request, checked_lang(lang), "reset")


@router.post("/{lang}/forgot")
async def forgot_submit(lang: str, request: Request) -> Response:
    return await _email_submit(request, checked_lang(lang), "reset")


@router.get("/{lang}/forgot/verify")
def forgot_verify(lang: str, request: Request) -> Response:
    return _verify_page(request, checked_lang(lang), "reset")


@router.post("/{lang}/forgot/verify")
async def forgot_verify_submit(lang: str, request: Request) -> Response:
    return await _verify_submit(request, checked_lang(lang), "reset")


@router.post("/{lang}/forgot/resend")
async def forgot_resend(lang: str, request: Request) -> Response:
    return await _resend(request, checked_lang(lang), "reset")


@router.get("/{lang}/forgot/password")
def new_password_form(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    if not _verified(request, "reset"):
        return redirect(url(lang, "/forgot"))
    return page(request, "new_password.html", lang)


@router.post("/{lang}/forgot/password")
async def new_password_submit(lang: str, request: Request) -> Response:
    """The same password rules, and the same silence, as when the account was created."""
    lang = checked_lang(lang)
    form = await require_form(request)
    pending = _verified(request, "reset")
    if not pending:
        return redirect(url(lang, "/forgot"))
    password = field(form, "password")
    if silently_refused(request, password) and not defect_on(request, "udi.reset_rules_unchecked"):
        return nothing_happens()
    password_hash = await request.app.state.passwords.hash_async(password)
    with env_of(request).db.write() as conn:
        account = store.find_by_email(conn, pending["email"])
        if account is not None:
            store.set_password(conn, account.id, password_hash)
            if not defect_on(request, "udi.reset_keeps_other_sessions"):
                end_sessions_of(request, conn, auth.owner(account.id))  # logged out everywhere, this browser too
    session = session_of(request)
    session.pop("udi_reset")
    if auth.ACCOUNT_KEY in session:  # another account logged in in this browser is logged out too
        auth.log_out(request)
    session["udi_flash"] = "password_changed"
    return redirect(url(lang, "/login"))

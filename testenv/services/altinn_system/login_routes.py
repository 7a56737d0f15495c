"""What the alternative log-in page's tabs and links do (guide 000 step 3, domain-facts §2): SMS code,
Altinn code letter, password only, ordering and disabling code letters, and the enterprise certificate.

The tab panels are drawn inside Altinn's own alternative log-in page: these routes put the panel's
state on `request.state.altsys_panel` and let Altinn's page render around it.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from testenv.core import onetime
from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.forms import field, require_form
from testenv.core.i18n import translator
from testenv.core.outbox import send
from testenv.core.sessions import session_of
from testenv.core.state import env_of
from testenv.core.templating import render
from testenv.services.altinn import routes as altinn_routes
from testenv.services.altinn_system import auth, store
from testenv.services.altinn_system.people import log_in
from testenv.services.altinn_system.rules import ELEVEN_DIGITS
from testenv.services.register import check_pid, find_person

LANGS = ("en", "nb", "nn")
PENDING_SMS = "altsys_sms"
PENDING_LETTER = "altsys_letter"
SMS_FLOW = "altinn.sms"  # the SMS code of the log-in tab (the API's pin is kept with its API session)
UNKNOWN_PID = "register.err.pid.unknown"  # check_pid's key for a well-formed number the register lacks

router = APIRouter()


def checked_lang(lang: str) -> str:
    if lang not in LANGS:
        raise HTTPException(404)
    return lang


def page(request: Request, template: str, lang: str, status: int = 200, **context) -> Response:
    return render(request, f"altinn_system/{template}", lang, status=status, languages=LANGS, **context)


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def alternative_page(request: Request, lang: str, tab: str, status: int = 200, **panel) -> Response:
    """Altinn's alternative log-in page with this tab's panel in the given state."""
    request.state.altsys_panel = panel
    response = altinn_routes.alternative(lang, request, tab)
    response.status_code = status
    return response


def _locked(request: Request, lang: str, tab: str, **panel) -> Response:
    minutes = env_of(request).settings.lockout_minutes
    return alternative_page(request, lang, tab, 423, error="locked", minutes=minutes, **panel)


def _person_name(request: Request, pid: str) -> str:
    with env_of(request).db.read() as conn:
        person = find_person(conn, pid)
    return person.name if person else pid


def _credentials(form: FormData) -> tuple[str, str, dict[str, list[str]]]:
    """The identity number or username and the password a tab sent, and a message for each left empty."""
    who, password = field(form, "pid").strip(), field(form, "password")
    errors = {name: ["altsys.err.required"] for name, value in (("pid", who), ("password", password)) if not value}
    return who, password, errors


# --- SMS code: identity number or username + password, then the code sent by SMS ----------------------
@router.post("/{lang}/login/alternative/sms")
async def sms_submit(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    who, password, errors = _credentials(await require_form(request))
    values = {"pid": who}
    if errors:
        return alternative_page(request, lang, "sms", 422, errors=errors, values=values)
    check = await run_in_threadpool(auth.check_password, request, who, password)  # argon2 off the event loop
    at = now(request)
    t = translator(request, lang)
    if check.outcome != "ok":
        if defect_on(request, "altsys.sms_sent_for_wrong_password") and check.info and check.info.mobile:
            auth.send_code(request, check.info, t("altsys.sms.login", code=auth.new_code()), at)
        if check.outcome == "locked":
            return _locked(request, lang, "sms", values=values)
        return alternative_page(request, lang, "sms", 401, error="invalid", values=values)
    info = check.info
    assert info is not None
    if not info.mobile:
        if defect_on(request, "altsys.sms_step_skipped_without_mobile"):
            log_in(request, info.pid, _person_name(request, info.pid), auth.sms_level(request, info), "sms")
            return _redirect(f"/{lang}/inbox")
        return alternative_page(request, lang, "sms", 409, error="no_mobile", values=values)
    code = auth.new_code()
    with env_of(request).db.write() as conn:  # only its keyed hash is kept, never in the session
        expires_at = (at + auth.CODE_VALID).timestamp()
        onetime.store_code(conn, request, SMS_FLOW, info.pid, code, expires_at=expires_at, sent_to=info.mobile)
    auth.send_code(request, info, t("altsys.sms.login", code=code), at)
    session_of(request)[PENDING_SMS] = {"pid": info.pid, "last": info.mobile[-3:]}
    return _redirect(f"/{lang}/login/alternative/sms/code")


@router.get("/{lang}/login/alternative/sms/code")
def sms_code_form(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    pending = session_of(request).get(PENDING_SMS)
    if not pending:
        return _redirect(f"/{lang}/login/alternative?tab=sms")
    return alternative_page(request, lang, "sms", step="code", last=pending["last"])


@router.post("/{lang}/login/alternative/sms/code")
async def sms_code_submit(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    form = await require_form(request)
    session = session_of(request)
    pending = session.get(PENDING_SMS)
    if not pending:
        return _redirect(f"/{lang}/login/alternative?tab=sms")
    code = field(form, "code").strip()
    if not code:
        return alternative_page(
            request, lang, "sms", 422, step="code", last=pending["last"], errors={"code": ["altsys.err.required"]}
        )
    at = now(request)
    pid = pending["pid"]
    # The lock check, the comparison and the counted failure in one write transaction: parallel wrong
    # codes are counted one after another, and none slips past the lock the 3rd of them sets.
    with env_of(request).db.write() as conn:
        info = store.login_info(conn, pid)
        locked = info is None or auth.is_locked(request, info.locked_until, at)
        outcome = "locked" if locked else auth.check_code(request, conn, SMS_FLOW, pid, code, at)
        if outcome == "wrong" and auth.record_failure(request, conn, pid, at):
            outcome = "locked"
        if outcome in ("locked", "expired"):
            onetime.drop_code(conn, SMS_FLOW, pid)
        if outcome == "ok":
            onetime.drop_code(conn, SMS_FLOW, pid)
            store.record_person_success(conn, pid)
    if outcome == "locked":
        session.pop(PENDING_SMS)
        return _locked(request, lang, "sms")
    if outcome == "expired":
        session.pop(PENDING_SMS)
        return alternative_page(request, lang, "sms", 401, error="code_expired")
    if outcome == "wrong":
        return alternative_page(request, lang, "sms", 401, step="code", last=pending["last"], error="code_wrong")
    assert info is not None
    log_in(request, pid, _person_name(request, pid), auth.sms_level(request, info), "sms")
    return _redirect(f"/{lang}/inbox")


# --- Password only: level 1 ---------------------------------------------------------------------------
@router.post("/{lang}/login/alternative/password")
async def password_submit(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    who, password, errors = _credentials(await require_form(request))
    values = {"pid": who}
    if errors:
        return alternative_page(request, lang, "password", 422, errors=errors, values=values)
    check = await run_in_threadpool(auth.check_password, request, who, password)  # argon2 off the event loop
    if check.outcome == "locked":
        return _locked(request, lang, "password", values=values)
    if check.outcome != "ok" or check.info is None:
        return alternative_page(request, lang, "password", 401, error="invalid", values=values)
    level = 2 if defect_on(request, "altsys.password_only_level2") else 1  # domain-facts §2: password only is 1
    log_in(request, check.info.pid, _person_name(request, check.info.pid), level, "password")
    return _redirect(f"/{lang}/inbox")


# --- Altinn code letter: identity number or username, then the code the page asks for -----------------
def _asked_number(letters: list[store.Letter]) -> int:
    """The lowest unused code of the newest letter (1 when there is none, so nothing is revealed)."""
    if not letters:
        return 1
    newest = letters[0]
    unused = [n for n in range(1, len(newest.code_hashes) + 1) if n not in newest.used]
    return unused[0] if unused else 1


@router.post("/{lang}/login/alternative/code-letter")
async def letter_submit(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    form = await require_form(request)
    who = field(form, "pid").strip()
    if not who:
        return alternative_page(request, lang, "code-letter", 422, errors={"pid": ["altsys.err.required"]})
    compact = "".join(who.split())
    with env_of(request).db.read() as conn:
        info = auth.find_login(conn, who)
        pid = info.pid if info else (compact if ELEVEN_DIGITS.fullmatch(compact) else None)
        letters = store.active_letters(conn, pid) if pid else []
    session_of(request)[PENDING_LETTER] = {"pid": pid, "number": _asked_number(letters)}
    return _redirect(f"/{lang}/login/alternative/code-letter/code")


@router.get("/{lang}/login/alternative/code-letter/code")
def letter_code_form(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    pending = session_of(request).get(PENDING_LETTER)
    if not pending:
        return _redirect(f"/{lang}/login/alternative?tab=code-letter")
    return alternative_page(request, lang, "code-letter", step="code", number=pending["number"])


LETTER_PURPOSE = "altsys.letter"  # the keyed hash of a code letter's codes


def letter_digest(request: Request) -> Callable[[str], str]:
    """The keyed hash a code letter's codes are stored as (testenv/core/onetime.py)."""
    return lambda code: onetime.digest(request, LETTER_PURPOSE, code)


def _letter_code_ok(request: Request, letters: list[store.Letter], number: int, code: str) -> store.Letter | None:
    typed = onetime.digest(request, LETTER_PURPOSE, code)
    for letter in letters:  # one active letter, unless a defect kept old ones alive
        if number in letter.used and not defect_on(request, "altsys.letter_code_reusable"):
            continue
        if defect_on(request, "altsys.letter_any_code_accepted") and typed in letter.code_hashes:
            return letter
        if 1 <= number <= len(letter.code_hashes) and hmac.compare_digest(letter.code_hashes[number - 1], typed):
            return letter
    return None


@router.post("/{lang}/login/alternative/code-letter/code")
async def letter_code_submit(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    form = await require_form(request)
    session = session_of(request)
    pending = session.get(PENDING_LETTER)
    if not pending:
        return _redirect(f"/{lang}/login/alternative?tab=code-letter")
    number, pid = pending["number"], pending["pid"]
    code = field(form, "code").strip()
    if not code:
        errors = {"code": ["altsys.err.required"]}
        return alternative_page(request, lang, "code-letter", 422, step="code", number=number, errors=errors)
    at = now(request)
    if pid is None:
        session.pop(PENDING_LETTER)
        return alternative_page(request, lang, "code-letter", 401, error="letter_invalid")
    with env_of(request).db.write() as conn:
        if auth.is_locked(request, store.person_locked_until(conn, pid), at):
            locked, letter = True, None
        else:
            letter = _letter_code_ok(request, store.active_letters(conn, pid), number, code)
            if letter is None:
                locked = auth.record_failure(request, conn, pid, at)
            else:
                locked = False
                if not defect_on(request, "altsys.letter_code_reusable"):
                    store.use_code(conn, letter, number)
                store.record_person_success(conn, pid)
    session.pop(PENDING_LETTER)
    if locked:
        return _locked(request, lang, "code-letter")
    if letter is None:
        return alternative_page(request, lang, "code-letter", 401, error="letter_invalid")
    level = 1 if defect_on(request, "altsys.letter_level_wrong") else 2  # domain-facts §2: code letter is 2
    log_in(request, pid, _person_name(request, pid), level, "code-letter")
    return _redirect(f"/{lang}/inbox")


# --- Order new code letter -----------------------------------------------------------------------------
@router.get("/{lang}/login/alternative/order-letter")
def order_form(lang: str, request: Request) -> Response:
    return page(request, "order_letter.html", checked_lang(lang), errors={}, values={"pid": ""}, done=False)


def _letter_text(request: Request, lang: str, person, letter: store.Letter) -> tuple[str, str]:
    t = translator(request, lang)
    if defect_on(request, "altsys.letter_ignores_postal_address"):
        address = person.residential_address
    else:
        address = person.letter_address  # the postal address when there is one (docs/idporten-contract.md)
    codes = "\n".join(f"{n:02d}: {code}" for n, code in enumerate(letter.codes, start=1))
    return t("altsys.letter.subject"), t("altsys.letter.body", name=person.name, address=address, codes=codes)


@router.post("/{lang}/login/alternative/order-letter")
async def order_submit(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    form = await require_form(request)
    raw = field(form, "pid")
    check = check_pid(request, raw)
    if check.error and check.error != UNKNOWN_PID:
        return page(
            request, "order_letter.html", lang, 422, errors={"pid": ["altsys.err.pid"]}, values={"pid": raw}, done=False
        )
    if check.person is not None:
        at = now(request)
        cancel_old = not defect_on(request, "altsys.new_letter_keeps_old_codes")
        with env_of(request).db.write() as conn:
            letter = store.new_letter(conn, check.pid, at.timestamp(), letter_digest(request), cancel_old=cancel_old)
            subject, body = _letter_text(request, lang, check.person, letter)
            send(request, conn, "post", check.pid, subject, body, at)
    # The same answer for people the register does not know: the page must not reveal who exists.
    return page(request, "order_letter.html", lang, errors={}, values={"pid": ""}, done=True)


# --- Disable code letter / password ------------------------------------------------------------------
DISABLE_WHAT = ("letter", "password")


@router.get("/{lang}/login/alternative/disable")
def disable_form(lang: str, request: Request) -> Response:
    return page(request, "disable.html", checked_lang(lang), errors={}, values={"pid": "", "what": ""}, done=None)


@router.post("/{lang}/login/alternative/disable")
async def disable_submit(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    form = await require_form(request)
    raw, what = field(form, "pid"), field(form, "what")
    check = check_pid(request, raw)
    errors = {}
    if check.error and check.error != UNKNOWN_PID:
        errors["pid"] = ["altsys.err.pid"]
    if what not in DISABLE_WHAT:
        errors["what"] = ["altsys.err.choose"]
    if errors:
        values = {"pid": raw, "what": what if what in DISABLE_WHAT else ""}
        return page(request, "disable.html", lang, 422, errors=errors, values=values, done=None)
    with env_of(request).db.write() as conn:
        if what == "letter" and not defect_on(request, "altsys.disable_letter_ignored"):
            store.disable_letters(conn, check.pid)
        if what == "password" and not defect_on(request, "altsys.disable_password_ignored"):
            store.disable_password(conn, check.pid)
    return page(request, "disable.html", lang, errors={}, values={"pid": "", "what": ""}, done=what)


# --- Enterprise certificate: level 3, not simulated ---------------------------------------------------
@router.get("/{lang}/login/alternative/enterprise")
def enterprise(lang: str, request: Request) -> Response:
    level = 4 if defect_on(request, "altsys.enterprise_level_wrong") else 3  # domain-facts §2
    return page(request, "enterprise.html", checked_lang(lang), level=level)

"""MinID screens of guide 002: step 1, ordering an activation letter (identity number → phone → SMS
code → confirmation), and step 2, registering in the MinID app, simulated as web pages under
/minid/{lang}/app/... (the browser has no camera: the QR activation code is typed in)."""

from __future__ import annotations

import secrets
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from testenv.core import attempts, onetime
from testenv.core.clock import now, today_in_norway
from testenv.core.defects import defect_on
from testenv.core.forms import field, require_form
from testenv.core.i18n import translator
from testenv.core.outbox import send
from testenv.core.sessions import session_of
from testenv.core.state import env_of
from testenv.core.templating import render
from testenv.core.urls import absolute_url
from testenv.services.idporten import otc
from testenv.services.minid import rules, store
from testenv.services.register import add_eid, check_pid, find_person

router = APIRouter(prefix="/minid")
LANGS = ("en", "nb", "nn")
ORDER, APP = "minid_order", "minid_app"
LOCKED = "minid.err.sms.locked"
ACTIVATION = "minid.activation"  # the flow of the activation code: its keyed hash and its attempt counter
LOCKED_ACTIVATION = "minid.err.app.code_locked"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no look-alikes: people type it from paper


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise HTTPException(404)
    return lang


def _page(request: Request, template: str, lang: str, *, status: int = 200, **context) -> Response:
    context.setdefault("days", env_of(request).settings.letter_validity_days)
    return render(request, f"minid/{template}", lang, status=status, languages=LANGS, **context)


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def new_activation_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def _clean(value: str) -> str:
    return "".join(c for c in value.upper() if c.isalnum())


def activation_digest(request: Request, code: str) -> str:
    """What the store keeps of an activation code: its keyed hash, typed in any case, with or without '-'."""
    return onetime.digest(request, ACTIVATION, _clean(code))


def _same_code(request: Request, typed: str, code_digest: str) -> bool:
    return onetime.same(request, ACTIVATION, _clean(typed), code_digest)


@router.get("/{lang}/")
def home(lang: str, request: Request) -> Response:
    return _page(request, "home.html", _lang(lang))


# --- step 1: order an activation letter ----------------------------------------------------------------
@router.get("/{lang}/order")
def order_form(lang: str, request: Request) -> Response:
    return _order_page(request, _lang(lang), {"pid": ""}, {})


def _order_page(request: Request, lang: str, values: dict, errors: dict, status: int = 200) -> Response:
    return _page(request, "order.html", lang, status=status, values=values, errors=errors)


@router.post("/{lang}/order")
async def order_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)
    raw = field(form, "pid")
    check = check_pid(request, raw)
    error = check.error
    if not error:
        with env_of(request).db.read() as conn:
            error = rules.order_refusal(request, conn, check.found)
    if error:
        return _order_page(request, lang, {"pid": raw}, {"pid": [error]}, status=422)
    session = session_of(request)
    session[ORDER] = {"pid": check.pid}
    session.pop(f"otc:{ORDER}")
    return _redirect(f"/minid/{lang}/order/phone")


def _ordering(request: Request) -> dict | None:
    return session_of(request).get(ORDER)


@router.get("/{lang}/order/phone")
def phone_form(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    if not _ordering(request):
        return _redirect(f"/minid/{lang}/order")
    return _page(request, "order_phone.html", lang, values={"mobile": ""}, errors={})


@router.post("/{lang}/order/phone")
async def phone_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)
    if not (ordering := _ordering(request)):
        return _redirect(f"/minid/{lang}/order")
    raw = field(form, "mobile")
    error = rules.mobile_error(request, raw)
    if error:
        return _page(request, "order_phone.html", lang, status=422, values={"mobile": raw}, errors={"mobile": [error]})
    if defect_on(request, "minid.order_skips_sms"):  # the order is placed without proving the phone
        return _place_order(request, lang, ordering)
    if not _send_order_code(request, lang, rules.normalised_mobile(raw)):
        return _page(request, "order_phone.html", lang, status=423, values={"mobile": raw}, errors={"mobile": [LOCKED]})
    return _redirect(f"/minid/{lang}/order/code")


def _send_order_code(request: Request, lang: str, mobile: str) -> bool:
    """False while the order's codes are locked for this person (too many wrong ones): nothing is sent."""
    ordering = _ordering(request)
    assert ordering is not None
    text = translator(request, lang)("minid.order.sms", code="{code}")
    return otc.issue(request, ORDER, ordering["pid"], mobile, text)


@router.get("/{lang}/order/code")
def code_form(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    if not _ordering(request) or not otc.pending_to(request, ORDER):
        return _redirect(f"/minid/{lang}/order")
    return _code_page(request, lang, {})


def _code_page(request: Request, lang: str, errors: dict, status: int = 200, resent: bool = False) -> Response:
    mobile = otc.pending_to(request, ORDER) or ""
    show_note = not defect_on(request, "minid.no_sms_note_missing")
    return _page(
        request,
        "order_code.html",
        lang,
        status=status,
        errors=errors,
        mobile_end=mobile[-2:],
        resent=resent,
        show_note=show_note,
    )


@router.post("/{lang}/order/code/resend")
async def code_resend(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    await require_form(request)
    mobile = otc.pending_to(request, ORDER)
    if not _ordering(request) or not mobile:
        return _redirect(f"/minid/{lang}/order")
    if not _send_order_code(request, lang, mobile):
        return _code_page(request, lang, {"code": [LOCKED]}, status=423)
    return _code_page(request, lang, {}, resent=True)


@router.post("/{lang}/order/code")
async def code_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)
    ordering = _ordering(request)
    if not ordering or not otc.pending_to(request, ORDER):
        return _redirect(f"/minid/{lang}/order")
    problem = otc.check(
        request,
        ORDER,
        field(form, "code"),
        unchecked_defect="minid.order_sms_unchecked",
        expiry_defect="minid.order_sms_never_expires",
    )
    if problem:
        status = 423 if problem == "locked" else 422
        return _code_page(request, lang, {"code": [f"minid.err.sms.{problem}"]}, status=status)
    return _place_order(request, lang, ordering)


def _place_order(request: Request, lang: str, ordering: dict) -> Response:
    refusal = _create_letter(request, lang, ordering["pid"])
    session = session_of(request)
    session.pop(ORDER)
    if refusal:  # the rules changed between step 1 and now (another order, a registration)
        return _order_page(request, lang, {"pid": ordering["pid"]}, {"pid": [refusal]}, status=422)
    session["minid_ordered"] = True
    return _redirect(f"/minid/{lang}/order/done")


def _create_letter(request: Request, lang: str, pid: str) -> str | None:
    at = now(request)
    today = today_in_norway(request)
    t = translator(request, lang)
    with env_of(request).db.write() as conn:
        person = find_person(conn, pid)
        if person is None:
            return "register.err.pid.unknown"
        refusal = rules.order_refusal(request, conn, person)
        if refusal:
            return refusal
        address, kind = rules.letter_address(request, person)
        if kind == "residential" and defect_on(request, "minid.letter_lost_without_postal"):
            return None  # the regression: confirmed, but no letter is made for people without a postal address
        code = new_activation_code()
        delivery = rules.expected_delivery(request, today)
        expires = rules.expires_at(request, at)
        store.insert_letter(
            conn, pid, activation_digest(request, code), address, kind, at.timestamp(), expires, delivery.isoformat()
        )
        body = t(
            "minid.letter.body",
            name=person.name,
            address=address,
            code=code,
            delivery=delivery.isoformat(),
            days=env_of(request).settings.letter_validity_days,
        )
        send(request, conn, "post", address, t("minid.letter.subject"), body, at)
    return None


@router.get("/{lang}/order/done")
def order_done(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    if not session_of(request).get("minid_ordered"):
        return _redirect(f"/minid/{lang}/order")
    confirmed = not defect_on(request, "minid.confirmation_missing")
    return _page(request, "order_done.html", lang, confirmed=confirmed)


# --- step 2: register in the MinID app (simulated) ----------------------------------------------------
def _app(request: Request) -> dict:
    return session_of(request).get(APP) or {}


def _app_step(request: Request, lang: str, needs: str) -> Response | None:
    """The app's screens come in order: a screen needs what the earlier ones collected."""
    if needs not in _app(request):
        return _redirect(f"/minid/{lang}/app/")
    return None


def _app_screen(request: Request, lang: str, needs: str, template: str, **context) -> Response:
    return _app_step(request, lang, needs) or _page(request, template, lang, errors={}, **context)


@router.get("/{lang}/app/")
def app_start(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    session_of(request).pop(APP)
    needs = ["pid", "phone_email", "letter"]
    if defect_on(request, "minid.app_needs_list_incomplete"):
        needs.remove("phone_email")
    return _page(request, "app_start.html", lang, needs=needs)


@router.get("/{lang}/app/pid")
def app_pid_form(lang: str, request: Request) -> Response:
    return _page(request, "app_pid.html", _lang(lang), values={"pid": ""}, errors={})


@router.post("/{lang}/app/pid")
async def app_pid_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)
    raw = field(form, "pid")
    check = check_pid(request, raw)
    error = check.error
    if not error:
        with env_of(request).db.read() as conn:
            if store.find_account(conn, check.pid) is not None:
                error = "minid.err.app.has_minid"
            elif store.latest_letter(conn, check.pid) is None and not defect_on(request, "minid.app_without_letter"):
                error = "minid.err.app.no_letter"
    if error:
        return _page(request, "app_pid.html", lang, status=422, values={"pid": raw}, errors={"pid": [error]})
    session_of(request)[APP] = {"pid": check.pid}
    if defect_on(request, "minid.app_code_step_skipped"):  # the activation code is never asked for
        with env_of(request).db.read() as conn:
            letter = store.latest_letter(conn, check.pid)
        session_of(request)[APP] = {"pid": check.pid, "letter_id": letter.id if letter else None}
        return _redirect(f"/minid/{lang}/app/password")
    return _redirect(f"/minid/{lang}/app/code")


@router.get("/{lang}/app/code")
def app_code_form(lang: str, request: Request) -> Response:
    return _app_screen(request, _lang(lang), "pid", "app_code.html")


@router.post("/{lang}/app/code")
async def app_code_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)
    if (back := _app_step(request, lang, "pid")) is not None:
        return back
    state = _app(request)
    typed = field(form, "code")
    at = now(request).timestamp()
    error = None
    # The same attempt limit as every one-time code, per person, checked and counted in one transaction.
    with env_of(request).db.write() as conn:
        letter = store.latest_letter(conn, state["pid"])
        if attempts.locked(conn, ACTIVATION, state["pid"], at):
            error = LOCKED_ACTIVATION
        elif not typed.strip():
            error = "minid.err.app.code_required"
        elif letter is None:
            error = None if defect_on(request, "minid.app_without_letter") else "minid.err.app.no_letter"
        elif not rules.letter_usable(request, letter):
            error = "minid.err.app.letter_expired" if letter.used_at is None else "minid.err.app.letter_used"
        elif not _same_code(request, typed, letter.code) and not defect_on(request, "minid.activation_code_unchecked"):
            locked = attempts.record_failure(conn, ACTIVATION, state["pid"], attempts.CODES, at).locked
            error = LOCKED_ACTIVATION if locked else "minid.err.app.code_wrong"
        else:
            attempts.clear(conn, ACTIVATION, state["pid"])
    if error:
        status = 423 if error == LOCKED_ACTIVATION else 422
        return _page(request, "app_code.html", lang, status=status, errors={"code": [error]})
    session_of(request)[APP] = {**state, "letter_id": letter.id if letter else None}
    return _redirect(f"/minid/{lang}/app/password")


@router.get("/{lang}/app/password")
def app_password_form(lang: str, request: Request) -> Response:
    return _app_screen(request, _lang(lang), "letter_id", "app_password.html")


@router.post("/{lang}/app/password")
async def app_password_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)
    if (back := _app_step(request, lang, "letter_id")) is not None:
        return back
    password = field(form, "password")
    errors = rules.password_errors(request, password)
    if errors:
        return _page(request, "app_password.html", lang, status=422, errors={"password": errors})
    # Only the hash is kept, even in the server-side session.
    password_hash = await request.app.state.passwords.hash_async(password)
    session_of(request)[APP] = {**_app(request), "password_hash": password_hash}
    return _redirect(f"/minid/{lang}/app/mobile")


@router.get("/{lang}/app/mobile")
def app_mobile_form(lang: str, request: Request) -> Response:
    return _app_screen(request, _lang(lang), "password_hash", "app_mobile.html", values={"mobile": ""})


@router.post("/{lang}/app/mobile")
async def app_mobile_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)
    if (back := _app_step(request, lang, "password_hash")) is not None:
        return back
    raw = field(form, "mobile")
    error = rules.mobile_error(request, raw)
    if error:
        return _page(request, "app_mobile.html", lang, status=422, values={"mobile": raw}, errors={"mobile": [error]})
    session_of(request)[APP] = {**_app(request), "mobile": rules.normalised_mobile(raw)}
    return _redirect(f"/minid/{lang}/app/email")


@router.get("/{lang}/app/email")
def app_email_form(lang: str, request: Request) -> Response:
    return _app_screen(request, _lang(lang), "mobile", "app_email.html", values={"email": ""})


@router.post("/{lang}/app/email")
async def app_email_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)
    if (back := _app_step(request, lang, "mobile")) is not None:
        return back
    email = field(form, "email").strip()
    error = rules.email_error(request, email)
    if error:
        return _page(request, "app_email.html", lang, status=422, values={"email": email}, errors={"email": [error]})
    state = _app(request)
    at = now(request).timestamp()
    with env_of(request).db.write() as conn:
        if store.find_account(conn, state["pid"]) is not None:  # registered meanwhile in another browser
            return _page(
                request,
                "app_email.html",
                lang,
                status=409,
                values={"email": email},
                errors={"email": ["minid.err.app.has_minid"]},
            )
        if not defect_on(request, "minid.app_account_not_saved"):
            store.insert_account(conn, state["pid"], state["password_hash"], state["mobile"], email, at)
            add_eid(conn, state["pid"], "minid")
        if state.get("letter_id") is not None:
            store.mark_used(conn, state["letter_id"], at)
    session = session_of(request)
    session.pop(APP)
    session["minid_registered"] = True
    return _redirect(f"/minid/{lang}/app/done")


@router.get("/{lang}/app/done")
def app_done(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    if not session_of(request).get("minid_registered"):
        return _redirect(f"/minid/{lang}/app/")
    back = f"/idporten/{lang}/demo-service?acr=substantial"
    query = urlencode({"client": "demo", "acr": "substantial", "return_to": back})
    login_href = absolute_url(request, "idporten", f"/idporten/{lang}/authorize?{query}")  # ID-porten's origin
    return _page(request, "app_done.html", lang, login_href=login_href)

"""ID-porten's screens: the choice of eID, the log-ins (MinID, simulated BankID/Buypass/Commfides,
TestID), the one-time code, log-out, and a small demo service that needs level 4."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from testenv.core import attempts
from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.forms import field, require_form
from testenv.core.i18n import translator
from testenv.core.sessions import session_of
from testenv.core.state import env_of
from testenv.core.templating import render
from testenv.services.idporten import otc
from testenv.services.idporten.levels import (
    EID_NAMES,
    SESSION_KEY,
    current_login,
    level_reached,
    login_data,
    required_level,
)
from testenv.services.idporten.refusal import PAGE_LANGS, require_level
from testenv.services.register import check_pid

router = APIRouter(prefix="/idporten")
LEVEL4_EIDS = ("bankid", "buypass", "commfides")
EIDS = ("minid", *LEVEL4_EIDS)
PENDING = "idporten_pending"
MINID_PASSWORD = "idporten.minid.password"  # the attempt counter of MinID's password log-in
UNKNOWN_PID = "register.err.pid.unknown"
OIDC_PENDING = "idporten_oidc"  # an OpenID Connect authorization request waiting for the log-in (oidc_routes)
CLIENT = re.compile(r"[a-z0-9-]{1,32}")
DEMO_CLIENT = "demo"
CLIENT_NAMES = {"altinn": "Altinn", "udi": "UDI", "demo": "Demo"}


def _lang(lang: str) -> str:
    if lang not in PAGE_LANGS:
        raise HTTPException(404)
    return lang


def _page(request: Request, template: str, lang: str, *, status: int = 200, **context) -> Response:
    return render(request, f"idporten/{template}", lang, status=status, languages=PAGE_LANGS, **context)


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def safe_return_to(request: Request, value: str) -> bool:
    """A path on this host only: no scheme, no host, no '//' or backslash tricks (no open redirect)."""
    if defect_on(request, "idporten.open_redirect"):
        return bool(value)
    if not value.startswith("/") or value.startswith("//") or "\\" in value or any(ord(c) < 32 for c in value):
        return False
    parts = urlsplit(value)
    return not parts.scheme and not parts.netloc


def _demo_path(lang: str) -> str:
    """Where a log-in started at ID-porten itself (not by a service) ends: the demo at level 3."""
    return f"/idporten/{lang}/demo-service?acr=substantial"


def _pending(request: Request, lang: str) -> dict:
    return session_of(request).get(PENDING) or {
        "client": DEMO_CLIENT,
        "acr": "substantial",
        "return_to": _demo_path(lang),
    }


def _test_mode(request: Request) -> bool:
    return env_of(request).settings.test_mode


# --- start of a log-in --------------------------------------------------------------------------
@router.get("/{lang}/authorize")
def authorize(lang: str, request: Request, client: str = "", acr: str = "substantial", return_to: str = "") -> Response:
    lang = _lang(lang)
    t = translator(request, lang)
    problems = []
    if not CLIENT.fullmatch(client):
        problems.append(t("idporten.err.client"))
    try:
        required_level(acr)
    except KeyError:
        problems.append(t("idporten.err.acr"))
    if not safe_return_to(request, return_to):
        problems.append(t("idporten.err.return_to"))
    if problems:
        return _page(request, "bad_request.html", lang, status=400, problems=problems)
    session_of(request)[PENDING] = {"client": client, "acr": acr, "return_to": return_to}
    return _redirect(f"/idporten/{lang}/")


@router.get("/{lang}/")
def chooser(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    eids = [e for e in EIDS if not (e == "commfides" and defect_on(request, "idporten.chooser_missing_commfides"))]
    if _test_mode(request):
        eids.append("testid")
    pending = _pending(request, lang)
    client_name = pending.get("client_name") or CLIENT_NAMES.get(pending["client"], pending["client"])
    cancel = OIDC_PENDING in session_of(request)  # a client waits: cancelling returns access_denied to it
    return _page(request, "chooser.html", lang, eids=eids, names=EID_NAMES, client_name=client_name, cancel=cancel)


# --- MinID: identity number + password, then a one-time code by SMS ------------------------------
@router.get("/{lang}/minid")
def minid_form(lang: str, request: Request) -> Response:
    return _page(request, "minid.html", _lang(lang), values={"pid": ""}, errors={}, failed=False)


@router.post("/{lang}/minid")
async def minid_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)
    raw_pid, password = field(form, "pid"), field(form, "password")
    check = check_pid(request, raw_pid)
    errors: dict[str, list[str]] = {}
    if check.error and check.error != "register.err.pid.unknown":
        errors["pid"] = [check.error]
    if not password:
        errors["password"] = ["idporten.err.password.required"]
    if errors:
        return _page(request, "minid.html", lang, status=422, values={"pid": raw_pid}, errors=errors, failed=False)
    from testenv.services.minid.store import find_account  # MinID's accounts live with MinID

    # Throttled per identity number, whether or not it has a MinID: the lock reveals no accounts either.
    at, db = now(request).timestamp(), env_of(request).db
    with db.read() as conn:
        account = find_account(conn, check.pid) if check.person else None
        locked = attempts.locked(conn, MINID_PASSWORD, check.pid, at)
    unthrottled = defect_on(request, "idporten.minid_login_unthrottled")
    if locked and not unthrottled:
        return _page(
            request, "minid.html", lang, status=423, values={"pid": raw_pid}, errors={}, failed=False, locked=True
        )
    verified = await request.app.state.passwords.verify_async(account.password_hash if account else None, password)
    if account and defect_on(request, "idporten.minid_password_unchecked"):
        verified = True
    if unthrottled:  # the defect: wrong passwords are never counted
        outcome = "ok" if account and verified else "wrong"
    else:
        with db.write() as conn:
            outcome = attempts.settle(
                conn, MINID_PASSWORD, check.pid, bool(account and verified), attempts.PASSWORDS, at
            )
    if outcome == "locked":
        return _page(
            request, "minid.html", lang, status=423, values={"pid": raw_pid}, errors={}, failed=False, locked=True
        )
    if outcome != "ok" or account is None:
        # One message for unknown person, no MinID and wrong password: the page reveals no accounts.
        return _page(request, "minid.html", lang, status=401, values={"pid": raw_pid}, errors={}, failed=True)
    return _send_code(request, lang, "minid", check.pid, account.mobile)


# --- BankID, Buypass, Commfides (simulated): identity number, then a one-time code by SMS ------------
@router.get("/{lang}/eid/{eid}")
def level4_form(lang: str, eid: str, request: Request) -> Response:
    return _page(request, "level4.html", _lang(lang), eid=_level4(eid), names=EID_NAMES, values={"pid": ""}, errors={})


def _level4(eid: str) -> str:
    if eid not in LEVEL4_EIDS:
        raise HTTPException(404)
    return eid


@router.post("/{lang}/eid/{eid}")
async def level4_submit(lang: str, eid: str, request: Request) -> Response:
    lang, eid = _lang(lang), _level4(eid)
    form = await require_form(request)
    raw_pid = field(form, "pid")
    check = check_pid(request, raw_pid)
    error = check.error
    if not error and eid not in check.found.eids and not defect_on(request, "idporten.eid_not_required"):
        error = "idporten.err.eid_missing"
    if not error and not check.found.mobile:
        error = "idporten.err.no_mobile"
    if error:
        return _page(
            request,
            "level4.html",
            lang,
            status=422,
            eid=eid,
            names=EID_NAMES,
            values={"pid": raw_pid},
            errors={"pid": [error]},
        )
    return _send_code(request, lang, eid, check.pid, check.found.mobile)


# --- the one-time code -----------------------------------------------------------------------------
def _send_code(request: Request, lang: str, eid: str, pid: str, mobile: str) -> Response:
    t = translator(request, lang)
    session_of(request)["idporten_otc_for"] = {"pid": pid, "eid": eid}
    if not otc.issue(request, "idporten", pid, mobile, t("idporten.sms", eid=EID_NAMES[eid], code="{code}")):
        return _code_page(request, lang, {"pid": pid, "eid": eid}, {"code": ["idporten.err.code.locked"]}, status=423)
    return _redirect(f"/idporten/{lang}/code")


@router.get("/{lang}/code")
def code_form(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    waiting = session_of(request).get("idporten_otc_for")
    if not waiting:
        return _redirect(f"/idporten/{lang}/")
    return _code_page(request, lang, waiting, errors={})


def _code_page(request: Request, lang: str, waiting: dict, errors: dict, status: int = 200, resent: bool = False):
    mobile = otc.pending_to(request, "idporten") or ""
    return _page(
        request,
        "code.html",
        lang,
        status=status,
        eid=EID_NAMES[waiting["eid"]],
        mobile_end=mobile[-2:],
        errors=errors,
        resent=resent,
    )


@router.post("/{lang}/code")
async def code_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)
    session = session_of(request)
    waiting = session.get("idporten_otc_for")
    if not waiting:
        return _redirect(f"/idporten/{lang}/")
    problem = otc.check(
        request,
        "idporten",
        field(form, "code"),
        unchecked_defect="idporten.otc_unchecked",
        expiry_defect="idporten.otc_never_expires",
        unlimited_defect="idporten.otc_attempts_unlimited",
    )
    if problem:
        status = 423 if problem == "locked" else 422
        return _code_page(request, lang, waiting, {"code": [f"idporten.err.code.{problem}"]}, status=status)
    from testenv.services.register import find_person

    with env_of(request).db.read() as conn:
        person = find_person(conn, waiting["pid"])
    if person is None:  # removed by a reset meanwhile
        return _redirect(f"/idporten/{lang}/")
    return _complete(request, lang, person.pid, person.name, waiting["eid"], level_reached(request, waiting["eid"]))


@router.post("/{lang}/code/resend")
async def code_resend(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    await require_form(request)
    waiting = session_of(request).get("idporten_otc_for")
    mobile = otc.pending_to(request, "idporten")
    if not waiting or not mobile:
        return _redirect(f"/idporten/{lang}/")
    sent = otc.issue(
        request,
        "idporten",
        waiting["pid"],
        mobile,
        translator(request, lang)("idporten.sms", eid=EID_NAMES[waiting["eid"]], code="{code}"),
        resend_defect="idporten.otc_resend_resets_attempts",
    )
    if not sent:
        return _code_page(request, lang, waiting, {"code": ["idporten.err.code.locked"]}, status=423)
    return _code_page(request, lang, waiting, errors={}, resent=True)


def _complete(request: Request, lang: str, pid: str, name: str, eid: str, level: int) -> Response:
    session = session_of(request)
    pending = _pending(request, lang)
    session.regenerate()  # a change of privilege: new session id (no fixation)
    session.pop("idporten_otc_for")
    session.pop(PENDING)
    session[SESSION_KEY] = login_data(pid, name, level, eid, now(request).timestamp())
    return _redirect(pending["return_to"])


# --- TestID: synthetic people, level chosen on the page (test mode only) ----------------------------
@router.get("/{lang}/testid")
def testid_form(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    if not _test_mode(request):
        raise HTTPException(404)
    return _page(request, "testid.html", lang, values={"pid": "", "level": "3"}, errors={})


@router.post("/{lang}/testid")
async def testid_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    if not _test_mode(request):
        raise HTTPException(404)
    form = await require_form(request)
    raw_pid, level = field(form, "pid"), field(form, "level")
    check = check_pid(request, raw_pid)
    errors: dict[str, list[str]] = {}
    # Like the real TestID, any well-formed synthetic number logs in, whether or not the register knows it
    # (domain-facts §3: no password, "syntetisk personidentifikator"; Tenor only helps to find people).
    if check.error and check.error != UNKNOWN_PID:
        errors["pid"] = [check.error]
    elif not _synthetic(check.pid) and not defect_on(request, "idporten.testid_real_people"):
        errors["pid"] = ["idporten.err.testid_not_synthetic"]
    if level not in ("3", "4"):
        errors["level"] = ["idporten.err.level"]
    if errors:
        values = {"pid": raw_pid, "level": level if level in ("3", "4") else "3"}
        return _page(request, "testid.html", lang, status=422, values=values, errors=errors)
    # A person the register does not know has no name there: the services show the number instead
    # (docs/decisions.md, "TestID without a control API").
    name = check.person.name if check.person else check.pid
    return _complete(request, lang, check.pid, name, "testid", int(level))


def _synthetic(pid: str) -> bool:
    return int(pid[2:4]) > 80


# --- log-out -----------------------------------------------------------------------------------------
@router.post("/logout")
async def logout(request: Request) -> Response:
    form = await require_form(request)
    lang = field(form, "lang")
    lang = lang if lang in PAGE_LANGS else "nb"
    session = session_of(request)
    session.regenerate()
    session.pop(SESSION_KEY)
    return_to = field(form, "return_to")
    return _redirect(return_to if safe_return_to(request, return_to) else f"/idporten/{lang}/logged-out")


@router.get("/{lang}/logged-out")
def logged_out(lang: str, request: Request) -> Response:
    return _page(request, "logged_out.html", _lang(lang))


# --- a relying service that needs a given level (test mode's demo) -----------------------------------
@router.get("/{lang}/demo-service")
def demo_service(lang: str, request: Request, acr: str = "high") -> Response:
    lang = _lang(lang)
    try:
        required_level(acr)
    except KeyError:
        acr = "high"
    refusal = require_level(request, acr, lang, client=DEMO_CLIENT)
    if refusal is not None:
        return refusal
    return _page(request, "demo_service.html", lang, login=current_login(request), acr=acr)

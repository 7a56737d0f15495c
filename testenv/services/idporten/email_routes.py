"""ID-porten's e-mail log-in screens (issue #16; domain-facts §10.2): the e-mail address → "Next" → a one-time
code by e-mail → the code → "Confirm", then back to the client that asked for it (oidc_routes' resume).

Reached only by an authorization request of a client registered for it (`email_login.CLIENTS`) that asks for
`acr_values=selfregistered-email`, from the date the timeline offers it (test clock). The code follows the
shared policy (otc.py over testenv/core/onetime.py and attempts.py): a keyed hash in the database, one valid
code per address, failures counted per lower-cased address inside the write transaction, so neither parallel
requests, a new browser nor "Send a new code" reset them. The choices are in docs/decisions.md ("E-mail log-in").
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from testenv.core import onetime
from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.forms import field, require_form
from testenv.core.i18n import translator
from testenv.core.sessions import session_of
from testenv.core.state import env_of
from testenv.core.templating import render
from testenv.services.idporten import email_login, otc
from testenv.services.idporten.levels import SESSION_KEY
from testenv.services.idporten.refusal import PAGE_LANGS
from testenv.services.idporten.routes import OIDC_PENDING, PENDING, _lang

router = APIRouter(prefix="/idporten")
WAITING = "idporten_email_for"  # the address a code was sent to in this browser (no secret)
FLOW = email_login.PURPOSE


def _page(request: Request, template: str, lang: str, *, status: int = 200, **context) -> Response:
    cancel = OIDC_PENDING in session_of(request)
    return render(request, f"idporten/{template}", lang, status=status, languages=PAGE_LANGS, cancel=cancel, **context)


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _offered(request: Request) -> bool:
    """A client registered for e-mail log-in waits for one, and the test clock's date offers it."""
    pending = session_of(request).get(PENDING) or {}
    return pending.get("acr") == email_login.ACR and email_login.offered(pending.get("client", ""), now(request))


def _key(address: str, request: Request) -> str:
    """The account's key: the lower-cased address (a defect keeps it as typed)."""
    if defect_on(request, "idporten.email_address_case_sensitive"):
        return address.strip()
    return email_login.normalised(address)


# --- the e-mail address ----------------------------------------------------------------------------------
def _address_page(request: Request, lang: str, value: str, errors: dict, status: int = 200) -> Response:
    return _page(request, "email.html", lang, status=status, value=email_login.printable(value), errors=errors)


@router.get("/{lang}/email")
def address_form(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    if not _offered(request):
        return _redirect(f"/idporten/{lang}/")
    return _address_page(request, lang, "", {})


@router.post("/{lang}/email")
async def address_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)  # CSRF first, as on every form
    if not _offered(request):
        return _redirect(f"/idporten/{lang}/")
    typed = field(form, "email")
    problem = email_login.address_problem(typed)
    if problem and not (problem == "malformed" and defect_on(request, "idporten.email_address_unchecked")):
        return _address_page(request, lang, typed, {"email": [f"idporten.email.err.{problem}"]}, status=422)
    return _send(request, lang, typed, keep_defect="idporten.email_code_reusable")


def _send(request: Request, lang: str, typed: str, *, keep_defect: str, resend_defect: str = "") -> Response:
    t = translator(request, lang)
    key = _key(typed, request)
    minutes = int(email_login.VALID_FOR.total_seconds() // 60)
    sent = otc.issue(
        request,
        FLOW,
        key,
        key,
        t("idporten.email.mail.body", code="{code}", minutes=minutes),
        channel="email",
        title=t("idporten.email.mail.subject"),
        valid_for=email_login.VALID_FOR,
        keep_defect=keep_defect,
        resend_defect=resend_defect,
    )
    session_of(request)[WAITING] = {"address": key}
    if not sent:
        return _code_page(request, lang, key, {"code": ["idporten.email.err.code.locked"]}, status=423)
    return _redirect(f"/idporten/{lang}/email/code")


# --- the one-time code -----------------------------------------------------------------------------------
def _code_page(
    request: Request, lang: str, address: str, errors: dict, *, status: int = 200, resent: bool = False
) -> Response:
    minutes = int(email_login.VALID_FOR.total_seconds() // 60)
    return _page(
        request, "email_code.html", lang, status=status, address=address, errors=errors, resent=resent, minutes=minutes
    )


def _waiting(request: Request) -> str | None:
    waiting = session_of(request).get(WAITING)
    return waiting["address"] if waiting and _offered(request) else None


def _start_again(request: Request, lang: str) -> Response:
    """No address waiting for its code: back to the address screen, or to ID-porten's start where e-mail log-in
    is not offered at the test clock's date."""
    return _redirect(f"/idporten/{lang}/email" if _offered(request) else f"/idporten/{lang}/")


@router.get("/{lang}/email/code")
def code_form(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    address = _waiting(request)
    if address is None:
        return _start_again(request, lang)
    return _code_page(request, lang, address, {})


@router.post("/{lang}/email/code")
async def code_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)
    address = _waiting(request)
    if address is None:
        return _start_again(request, lang)
    typed = field(form, "code")
    if not typed.strip():  # nothing typed is no guess: it costs no attempt
        return _code_page(request, lang, address, {"code": ["idporten.email.err.code.missing"]}, status=422)
    with env_of(request).db.read() as conn:
        pending = onetime.pending(conn, FLOW, address)
    problem = otc.check(
        request,
        FLOW,
        typed,
        unchecked_defect="idporten.email_code_unchecked",
        expiry_defect="idporten.email_code_never_expires",
        unlimited_defect="idporten.email_attempts_unlimited",
    )
    if problem:
        status = 423 if problem == "locked" else 422
        return _code_page(request, lang, address, {"code": [f"idporten.email.err.code.{problem}"]}, status=status)
    if pending and defect_on(request, "idporten.email_code_reusable"):  # the regression: a used code stays valid
        with env_of(request).db.write() as conn:
            onetime.store_code(
                conn, request, FLOW, address, "".join(typed.split()), expires_at=pending.expires_at, sent_to=address
            )
    return _complete(request, address)


@router.post("/{lang}/email/code/resend")
async def code_resend(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    await require_form(request)
    address = _waiting(request)
    if address is None:
        return _start_again(request, lang)
    response = _send(
        request,
        lang,
        address,
        keep_defect="idporten.email_resend_keeps_old_code",
        resend_defect="idporten.email_resend_resets_attempts",
    )
    if response.status_code == 303:
        return _code_page(request, lang, address, {}, resent=True)
    return response


def _complete(request: Request, address: str) -> Response:
    """The person is logged in at ID-porten by e-mail (level 0); the client's code is issued at resume."""
    session = session_of(request)
    return_to = (session.get(PENDING) or {}).get("return_to", "/idporten/oidc/resume")
    session.regenerate()  # a change of privilege: a new session id (no fixation)
    session.pop(WAITING)
    session.pop(PENDING)
    session[SESSION_KEY] = {
        "pid": "",
        "email": address,
        "name": "",
        "level": email_login.LEVEL,
        "acr": email_login.ACR,
        "amr": email_login.AMR,
        "at": now(request).timestamp(),
    }
    return _redirect(return_to)

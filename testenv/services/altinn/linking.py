"""Linking an old self-identified account (guide 000) to an e-mail log-in, as info.altinn.no "Email login"
publishes it (domain-facts §10.2): logged in by e-mail, the information box in the inbox or "Your profile" →
"Add account" → read the information → "Continue" → sign in with the old username and password → back in the
inbox the old account is in the actor list (and under "All persons"), with its old messages.

The old credentials are checked as at guide 000's log-in, against the same lockout counter; linking stays
possible after the sunset of the self-identified log-in (docs/decisions.md "Linking an old account").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.forms import field, require_form
from testenv.core.sessions import Session, session_of
from testenv.core.state import env_of
from testenv.core.templating import render
from testenv.services.altinn import links, store, sunset

LANGS = ("en", "nb", "nn")
ALL = "all"  # the actor list's "All persons" filter
FLASH = "altinn_linked"  # the username just linked, shown once in the inbox

router = APIRouter()


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise HTTPException(404)
    return lang


def _page(request: Request, template: str, lang: str, **context) -> Response:
    response = render(request, f"altinn/{template}", lang, **context)
    response.set_cookie("altinn_lang", lang, samesite="lax", httponly=True)
    return response


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def email_of(session: Session) -> str | None:
    """The lower-cased address of a person logged in by e-mail (eid.session_data), else None."""
    email = session.get("altinn_email")
    return email if isinstance(email, str) and email and "altinn_user" in session else None


def own_party(request: Request, conn) -> links.Party | None:
    """The party the logged-in person is: the e-mail account, the identity number, or the old account."""
    session = session_of(request)
    if "altinn_user" not in session:
        return None
    if email := email_of(session):
        return links.email_party(email)
    if session.get("altinn_pid"):
        return links.Party(f"pid:{session['altinn_pid']}", session["altinn_user"])
    user = store.find(conn, session["altinn_user"])
    return links.legacy(user.id, user.username) if user else None


# --- the inbox's part: information box, actor list, messages (rendered by routes.inbox) --------------------
def inbox_context(request: Request, lang: str, actor: str | None) -> dict:
    """What the inbox shows besides who is logged in: the actors and the chosen actor's messages."""
    session = session_of(request)
    email = email_of(session)
    with env_of(request).db.read() as conn:
        me = own_party(request, conn)
        linked = links.linked_accounts(conn, email) if email else []
        actors = ([me] if me else []) + linked
        if actor == ALL:
            shown = actors
            if defect_on(request, "altinn.link_all_persons_own_only"):
                shown = actors[:1]
        else:
            shown = [next((party for party in actors if party.key == actor), actors[0])] if actors else []
        if defect_on(request, "altinn.link_messages_hidden"):
            shown = [party for party in shown if party not in linked]
        listed = links.messages(conn, shown)
    current = ALL if actor == ALL else (shown[0].key if shown else None)
    return {
        "info_box": email is not None and not defect_on(request, "altinn.link_info_box_missing"),
        "actors": [
            {"name": party.name, "href": f"/{lang}/inbox?actor={party.key}", "current": party.key == current}
            for party in actors
        ],
        "all_href": f"/{lang}/inbox?actor={ALL}",
        "all_current": current == ALL,
        "messages": listed,
        "linked_now": session.pop(FLASH),
    }


# --- Your profile → Add account → the information → Continue → the old account's sign-in ------------------
@router.get("/{lang}/profile")
def profile(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    session = session_of(request)
    if "altinn_user" not in session:
        return _redirect(f"/{lang}/login")
    email = email_of(session)
    with env_of(request).db.read() as conn:
        linked = links.linked_accounts(conn, email) if email else []
    can_add = email is not None and not defect_on(request, "altinn.link_profile_add_missing")
    return _page(
        request,
        "profile.html",
        lang,
        name=session["altinn_user"],
        level=session.get("altinn_level", 0),
        linked=linked,
        can_add=can_add,
    )


def _linking_session(request: Request, lang: str) -> tuple[Session | None, Response | None]:
    """The session of a person logged in by e-mail, or where to send anyone else: nobody to the log-in, a
    person logged in otherwise to the profile (only an e-mail account adds old accounts)."""
    session = session_of(request)
    if "altinn_user" not in session:
        return None, _redirect(f"/{lang}/login")
    if email_of(session) is None:
        return None, _redirect(f"/{lang}/profile")
    return session, None


def _closed(request: Request) -> bool:
    """Linking is open before and after the sunset; the defect closes it with the self-identified log-in."""
    return defect_on(request, "altinn.link_ends_at_sunset") and not sunset.offered(request)


@router.get("/{lang}/profile/add-account")
def add_account(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    _, elsewhere = _linking_session(request, lang)
    return elsewhere or _page(request, "add_account.html", lang)


def _sign_in_page(
    request: Request, lang: str, *, username: str = "", errors: dict | None = None, refusal: str | None = None,
    status: int = 200,
) -> Response:  # fmt: skip
    return _page(
        request,
        "add_account_sign_in.html",
        lang,
        username=username,
        errors=errors or {},
        refusal=refusal,
        minutes=env_of(request).settings.lockout_minutes,
        status=status,
    )


@router.get("/{lang}/profile/add-account/sign-in")
def add_account_sign_in(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    _, elsewhere = _linking_session(request, lang)
    if elsewhere:
        return elsewhere
    if _closed(request):
        return _page(request, "self_identified_ended.html", lang, status=sunset.GONE)
    return _sign_in_page(request, lang)


REFUSAL_STATUS = {"invalid": 401, "locked": 423, "elsewhere": 409}


@router.post("/{lang}/profile/add-account/sign-in")
async def add_account_submit(lang: str, request: Request) -> Response:
    lang = _lang(lang)
    form = await require_form(request)  # CSRF first
    session, elsewhere = _linking_session(request, lang)
    if elsewhere or session is None:
        return elsewhere or _redirect(f"/{lang}/login")
    if _closed(request):
        return _page(request, "self_identified_ended.html", lang, status=sunset.GONE)
    username, password = field(form, "username").strip(), field(form, "password")
    errors = {
        name: [f"altinn.linking.err.{name}.required"]
        for name, value in (("username", username), ("password", password))
        if not value
    }
    if errors:
        return _sign_in_page(request, lang, username=username, errors=errors, status=422)
    email = email_of(session)
    assert email is not None  # _linking_session let only an e-mail log-in through
    outcome = await _link(request, username, password, email)
    if outcome.refusal:
        return _sign_in_page(
            request, lang, username=username, refusal=outcome.refusal, status=REFUSAL_STATUS[outcome.refusal]
        )
    session[FLASH] = outcome.username
    return _redirect(f"/{lang}/inbox")


@dataclass(frozen=True)
class Outcome:
    refusal: str | None  # None: linked; else "invalid", "locked" or "elsewhere"
    username: str = ""


async def _link(request: Request, username: str, password: str, email: str) -> Outcome:
    """Guide 000's log-in check (docs/decisions.md "Lockout"), then the link. A wrong password counts towards
    the account's lockout as at the old log-in; whether the account is linked elsewhere is told only to
    someone who knows its password."""
    env = env_of(request)
    at = now(request)
    with env.db.read() as conn:
        user = store.find(conn, username)
    locked = bool(user and user.locked_until and user.locked_until > at.timestamp())
    if locked and not defect_on(request, "altinn.link_locked_accepted"):
        return Outcome("locked")
    ok = await request.app.state.passwords.verify_async(user.password_hash if user else None, password)
    ok = ok or (user is not None and defect_on(request, "altinn.link_without_password"))
    if user is None:
        return Outcome("invalid")  # an unknown username is never "locked": nothing to lock, nothing revealed
    if locked and not ok:
        return Outcome("locked")
    if not ok:
        if defect_on(request, "altinn.link_lockout_not_counted"):
            return Outcome("invalid")
        lock_until = (at + timedelta(minutes=env.settings.lockout_minutes)).timestamp()
        with env.db.write() as conn:  # read again inside the write: parallel wrong passwords count one by one
            fresh = store.find(conn, username)
            if fresh is None:
                return Outcome("invalid")
            if fresh.locked_until and fresh.locked_until > at.timestamp():
                return Outcome("locked")  # locked meanwhile by a parallel attempt; the lock is not extended
            return Outcome(
                "locked" if store.record_failure(conn, fresh, env.settings.lockout_threshold, lock_until) else "invalid"
            )
    with env.db.write() as conn:
        fresh = store.find(conn, username)
        if fresh is None:
            return Outcome("invalid")
        raced = bool(fresh.locked_until and fresh.locked_until > at.timestamp())
        if raced and not defect_on(request, "altinn.link_locked_accepted"):
            return Outcome("locked")
        holder = links.link(conn, fresh.id, email, at.timestamp())
        if holder is not None:
            if not defect_on(request, "altinn.link_elsewhere_relinked"):
                return Outcome("elsewhere")
            links.move_link(conn, fresh.id, email, at.timestamp())
        store.record_success(conn, fresh)
    return Outcome(None, fresh.username)

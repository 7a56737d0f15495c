"""Control API of the Altinn service: seed self-identified users, inspect them, make a logged-in session."""

from __future__ import annotations

import time

from fastapi import HTTPException, Query, Request
from pydantic import BaseModel, Field

from testenv.core import oidc_rp
from testenv.core.clock import now
from testenv.core.control import control_router
from testenv.core.sessions import COOKIE, create_session
from testenv.core.state import env_of
from testenv.core.validation import PID_PATTERN
from testenv.services.altinn import eid, email_accounts, store
from testenv.services.idporten import email_login
from testenv.services.idporten.control_identity import session_identity
from testenv.services.idporten.control_sessions import logged_in_cookies, minted_login
from testenv.services.idporten.levels import ACR_OF_LEVEL, EID_AMR, login_data

router = control_router()


class UserIn(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    email: str = Field(min_length=3, max_length=254)
    password: str = Field(min_length=1, max_length=200)


@router.post("/altinn/users", status_code=201)
def seed_user(body: UserIn, request: Request) -> dict:
    """Seeds bypass the form rules on purpose (a test may need a legacy account), but not uniqueness."""
    password_hash = request.app.state.passwords.hash(body.password)
    with env_of(request).db.write() as conn:
        if not store.insert(conn, body.username, body.email, password_hash, time.time()):
            raise HTTPException(409, "username already taken, or too similar to one that is")
    return {"username": body.username, "email": body.email}


@router.get("/altinn/users/{username}")
def get_user(username: str, request: Request) -> dict:
    with env_of(request).db.read() as conn:
        user = store.find(conn, username)
        count = conn.execute(
            "SELECT count(*) FROM altinn_users WHERE username_key = ?", (store.key(username),)
        ).fetchone()[0]
    if user is None:
        raise HTTPException(404, "no such user")
    return {
        "username": user.username,
        "email": user.email,
        "locked_until": user.locked_until,
        "failed_logins": user.failed_logins,
        "count_same_key": count,
    }


@router.get("/altinn/users")
def count_users(request: Request, username: str = "") -> dict:
    """How many accounts answer to this username in any case (a refused form must create none)."""
    with env_of(request).db.read() as conn:
        count = conn.execute(
            "SELECT count(*) FROM altinn_users WHERE lower(username) = lower(?)", (username,)
        ).fetchone()[0]
    return {"username": username, "count": count}


class SessionIn(BaseModel):
    username: str


@router.post("/altinn/sessions", status_code=201)
def make_session(body: SessionIn, request: Request) -> dict:
    with env_of(request).db.read() as conn:
        user = store.find(conn, body.username)
    if user is None:
        raise HTTPException(404, "no such user")
    data = {"altinn_user": user.username, "altinn_level": 0}
    sid = create_session(env_of(request).db, data, owner=f"altinn:{user.id}")
    return {"cookie": {"name": COOKIE, "value": sid}}


class IdportenSessionIn(BaseModel):
    pid: str = Field(default="", pattern=f"^$|{PID_PATTERN}")
    eid: str = ""
    email: str = Field(default="", max_length=email_login.MAX_ADDRESS)  # an e-mail log-in instead of pid/eid
    level: int | None = None  # TestID only: 3 or 4


@router.post("/altinn/idporten-sessions", status_code=201)
async def make_idporten_session(body: IdportenSessionIn, request: Request) -> dict:
    """A browser session logged in to Altinn through ID-porten with `eid` (MinID level 3, the others 4; TestID
    at `level`), as after a real log-in: ID-porten mints the ID token (the claims /token issues) and Altinn's
    relying party validates it (signature from the JWKS, iss, aud, exp, nonce, acr) before the session is made;
    the level is the token's acr. ID-porten's own session comes with it (single sign-on, log-out; on its own
    origin a cookie of its own: control_sessions); "cookies" names each cookie's service.
    With `email` instead: the e-mail log-in (level 0), offered by the test clock's date only."""
    if body.email:
        return await _email_session(body.email, request)
    who = session_identity(request, body.pid, body.eid, body.level)
    login, idporten_sid = await minted_login(
        request, eid.RP, "/nb/inbox", pid=who.pid, name=who.name, acr=ACR_OF_LEVEL[who.level], amr=EID_AMR[body.eid]
    )
    data = {**eid.session_data(login), eid.RP.session_key: {"login": oidc_rp.login_record(login)}}
    idporten_login = login_data(who.pid, who.name, who.level, body.eid, time.time())
    return {**logged_in_cookies(request, "altinn", data, idporten_login, idporten_sid), "level": login.level}


async def _email_session(address: str, request: Request) -> dict:
    """Altinn logged in by ID-porten's e-mail log-in: the token minted and validated as for the other eIDs."""
    if not email_login.well_formed(address):
        raise HTTPException(422, "email is not a well-formed address")
    if not email_login.offered(eid.RP.client_id, now(request)):
        raise HTTPException(409, "e-mail log-in is not offered at the test clock's date (from 1 February 2026)")
    login, _ = await minted_login(
        request,
        eid.RP,
        "/nb/inbox",
        pid="",
        name="",
        acr=email_login.ACR,
        amr=email_login.AMR,
        email=email_login.normalised(address),
    )
    with env_of(request).db.write() as conn:  # the account, as the first log-in by the screens creates it
        account = email_accounts.log_in(conn, login.sub, login.email, now(request).timestamp())
    data = {
        **eid.session_data(login),
        eid.RP.session_key: {"login": oidc_rp.login_record(login)},
        "altinn_email_account": account.id,
    }
    sid = create_session(env_of(request).db, data, owner=f"altinn-email:{account.id}")
    cookie = {"name": COOKIE, "value": sid}
    return {
        "cookie": cookie,
        "cookies": [{**cookie, "service": "altinn"}],
        "level": login.level,
        "username": data["altinn_user"],
        "account_id": account.id,
    }


@router.get("/altinn/email-accounts")
def get_email_accounts(request: Request, email: str = Query(max_length=email_login.MAX_ADDRESS)) -> dict:
    """Altinn's accounts for this address (lower-cased): none before its first e-mail log-in, then one."""
    with env_of(request).db.read() as conn:
        accounts = email_accounts.with_address(conn, email_login.normalised(email))
    return {"email": email_login.normalised(email), "count": len(accounts), "accounts": accounts}

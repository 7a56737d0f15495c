"""Who is logged in to the UDI portal, and with which of the two log-in methods."""

from __future__ import annotations

from fastapi import Request

from testenv.core.sessions import session_of
from testenv.core.state import env_of
from testenv.services.udi import store

ACCOUNT_KEY = "udi_account"


def current_account(request: Request) -> store.Account | None:
    account_id = session_of(request).get(ACCOUNT_KEY)
    if account_id is None:
        return None
    with env_of(request).db.read() as conn:
        return store.get(conn, int(account_id))


def log_in(request: Request, account: store.Account) -> None:
    session = session_of(request)
    session.regenerate()  # a new session id at every change of privilege
    session.set_owner(owner(account.id))
    session[ACCOUNT_KEY] = account.id


def owner(account_id: int) -> str:
    """The session owner of a UDI account (sessions.end_sessions_of)."""
    return f"udi:{account_id}"


def log_out(request: Request) -> None:
    """Ends the UDI session (ID-porten's own ends at its end_session_endpoint, where log-out sends the browser
    next: login.logout)."""
    session = session_of(request)
    session.regenerate()
    for key in [k for k in session if k.startswith("udi_")]:
        del session[key]

"""Server-side sessions: the cookie holds only a random id (HttpOnly, SameSite=Lax).

A session ends after IDLE without a request or LIFETIME after the log-in that made it (by the test clock,
so a test can move past either); a new id and a new CSRF token at every change of privilege; and every
session of an account can be ended at once (a password reset), by the owner a log-in writes into it.
The bookkeeping lives in the session's data under "_" keys (no schema change to existing databases).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from datetime import timedelta
from typing import Any

from fastapi import Request, Response

from testenv.core.clock import now
from testenv.core.state import env_of

COOKIE = "testenv_session"
# Idle longer than the longest wait a service asks of a person on an open page (Altinn's 60-minute lockout,
# then "try again"): a shorter one would log out, and refuse the form of, someone doing what they were told.
IDLE = timedelta(hours=2)
LIFETIME = timedelta(hours=12)
SEEN_EVERY = timedelta(minutes=1)  # how stale "last seen" may get before an unchanged session is written
OWNER, BORN, SEEN = "_owner", "_born", "_seen"


class Session(dict[str, Any]):
    def __init__(self, sid: str | None, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.sid = sid
        self.modified = False
        self.old_sid: str | None = None

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, value)
        self.modified = True

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self.modified = True

    def pop(self, key: str, default: Any = None) -> Any:
        self.modified = self.modified or key in self
        return super().pop(key, default)

    def regenerate(self) -> None:
        """New id and new CSRF token on every change of privilege (log-in, log-out): no session fixation,
        and a token read before the log-in is of no use after it."""
        self.old_sid, self.sid = self.sid, None
        super().pop("csrf", None)
        super().pop(OWNER, None)
        super().pop(BORN, None)
        self.modified = True

    def set_owner(self, owner: str) -> None:
        """The account logged in here ("service:id"), so end_sessions_of can find this session."""
        self[OWNER] = owner


def _expired(data: dict[str, Any], at: float) -> bool:
    born, seen = data.get(BORN, at), data.get(SEEN, at)
    return at - seen > IDLE.total_seconds() or at - born > LIFETIME.total_seconds()


def load_session(request: Request) -> Session:
    sid = request.cookies.get(COOKIE, "")
    if sid and len(sid) <= 64:
        with env_of(request).db.read() as conn:
            row = conn.execute("SELECT data FROM sessions WHERE id = ?", (sid,)).fetchone()
        if row:
            data, at = json.loads(row["data"]), now(request).timestamp()
            if _expired(data, at):
                with env_of(request).db.write() as conn:
                    conn.execute("DELETE FROM sessions WHERE id = ?", (sid,))
                return Session(None, {})
            session = Session(sid, data)
            if at - data.get(SEEN, 0) > SEEN_EVERY.total_seconds():
                session.modified = True  # saved with a fresh "last seen" (at most once a minute)
            return session
    return Session(None, {})


def session_of(request: Request) -> Session:
    return request.state.session


def save_session(request: Request, response: Response) -> None:
    session: Session = request.state.session
    if not session.modified:
        return
    db, at = env_of(request).db, now(request).timestamp()
    dict.__setitem__(session, SEEN, at)
    with db.write() as conn:
        if session.old_sid:
            conn.execute("DELETE FROM sessions WHERE id = ?", (session.old_sid,))
        if session.sid is not None:
            dict.setdefault(session, BORN, at)  # a control API session: its lifetime starts now
            # No upsert: a session ended meanwhile (a password reset while this request ran) is not brought
            # back, and the browser's cookie opens nothing any more.
            conn.execute("UPDATE sessions SET data = ? WHERE id = ?", (json.dumps(dict(session)), session.sid))
            return
        dict.__setitem__(session, BORN, at)
        session.sid = secrets.token_urlsafe(32)
        conn.execute(
            "INSERT INTO sessions (id, data, created_at) VALUES (?, ?, ?)",
            (session.sid, json.dumps(dict(session)), time.time()),
        )
    response.set_cookie(COOKIE, session.sid, httponly=True, samesite="lax", path="/")


def create_session(env_db, data: dict[str, Any], owner: str | None = None) -> str:
    """A ready-made session for the control API (a logged-in precondition without the UI). Its lifetime
    starts with its first request, on that request's clock."""
    sid = secrets.token_urlsafe(32)
    data = {**data, OWNER: owner} if owner else data
    with env_db.write() as conn:
        conn.execute(
            "INSERT INTO sessions (id, data, created_at) VALUES (?, ?, ?)",
            (sid, json.dumps(data), time.time()),
        )
    return sid


def end_sessions_of(request: Request, conn: sqlite3.Connection, owner: str) -> int:
    """End every session of the account `owner`, this browser's too (a new password: whoever knew the old
    one is logged out everywhere). Returns how many were ended."""
    ended = conn.execute("DELETE FROM sessions WHERE json_extract(data, '$._owner') = ?", (owner,)).rowcount
    session = session_of(request)
    if session.get(OWNER) == owner:
        session.clear()
        session.regenerate()
        session.old_sid = None  # already deleted above
    return ended

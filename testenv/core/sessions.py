"""Server-side sessions: the cookie holds only a random id (HttpOnly, SameSite=Lax)."""

from __future__ import annotations

import json
import secrets
import time
from typing import Any

from fastapi import Request, Response

from testenv.core.state import env_of

COOKIE = "testenv_session"


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
        """New id on every change of privilege (log-in, log-out): no session fixation."""
        self.old_sid, self.sid = self.sid, None
        self.modified = True


def load_session(request: Request) -> Session:
    sid = request.cookies.get(COOKIE, "")
    if sid and len(sid) <= 64:
        with env_of(request).db.read() as conn:
            row = conn.execute("SELECT data FROM sessions WHERE id = ?", (sid,)).fetchone()
        if row:
            return Session(sid, json.loads(row["data"]))
    return Session(None, {})


def session_of(request: Request) -> Session:
    return request.state.session


def save_session(request: Request, response: Response) -> None:
    session: Session = request.state.session
    if not session.modified:
        return
    db = env_of(request).db
    with db.write() as conn:
        if session.old_sid:
            conn.execute("DELETE FROM sessions WHERE id = ?", (session.old_sid,))
        if session.sid is None:
            session.sid = secrets.token_urlsafe(32)
        conn.execute(
            "INSERT INTO sessions (id, data, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET data = excluded.data",
            (session.sid, json.dumps(dict(session)), time.time()),
        )
    response.set_cookie(COOKIE, session.sid, httponly=True, samesite="lax", path="/")


def create_session(env_db, data: dict[str, Any]) -> str:
    """A ready-made session for the control API (a logged-in precondition without the UI)."""
    sid = secrets.token_urlsafe(32)
    with env_db.write() as conn:
        conn.execute(
            "INSERT INTO sessions (id, data, created_at) VALUES (?, ?, ?)",
            (sid, json.dumps(data), time.time()),
        )
    return sid

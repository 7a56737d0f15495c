"""Per-test scopes: a test's clock offset and captcha mode, chosen by the X-Testenv-Scope header.

Only honoured in test mode, so a deployment outside test mode cannot be steered by a header.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from fastapi import Request

from testenv.core.state import env_of

HEADER = "x-testenv-scope"


@dataclass(frozen=True)
class Scope:
    clock_offset_s: float = 0.0
    captcha_mode: str | None = None


def scope_id(request: Request) -> str | None:
    if not env_of(request).settings.test_mode:
        return None
    value = request.headers.get(HEADER, "")
    return value[:64] or None


def current_scope(request: Request) -> Scope:
    cached = getattr(request.state, "testenv_scope", None)
    if cached is not None:
        return cached
    sid = scope_id(request)
    scope = Scope(clock_offset_s=env_of(request).settings.clock_offset_s)  # a scope's own clock replaces it
    if sid:
        with env_of(request).db.read() as conn:
            row = conn.execute("SELECT clock_offset_s, captcha_mode FROM scopes WHERE id = ?", (sid,)).fetchone()
        if row:
            scope = Scope(row["clock_offset_s"], row["captcha_mode"])
    request.state.testenv_scope = scope
    return scope


def save_scope(conn: sqlite3.Connection, sid: str, clock_offset_s: float | None, captcha_mode: str | None) -> None:
    conn.execute("INSERT OR IGNORE INTO scopes (id) VALUES (?)", (sid,))
    if clock_offset_s is not None:
        conn.execute("UPDATE scopes SET clock_offset_s = ? WHERE id = ?", (clock_offset_s, sid))
    if captcha_mode is not None:
        conn.execute("UPDATE scopes SET captcha_mode = ? WHERE id = ?", (captcha_mode, sid))

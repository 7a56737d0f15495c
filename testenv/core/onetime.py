"""One-time secrets: codes sent by SMS or e-mail, reset tokens, activation codes.

Only a keyed hash (HMAC-SHA256 with the deployment's `secret_key`) is ever stored: a copy of the database
file gives away no code, and six digits cannot be reversed by hashing all million of them without the key.
The person reads the code where it was sent (the fake outboxes); nothing reads it back from a store.

Codes live in `one_time_codes`, one per flow and person ("subject"); their failed attempts are counted by
testenv/core/attempts.py under the same flow and subject, inside the same write transaction.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass

from fastapi import Request

from testenv.core import attempts
from testenv.core.state import env_of

DIGITS = "0123456789"


def digest(request: Request, purpose: str, value: str) -> str:
    """The keyed hash of `value`; `purpose` separates kinds of secret (a code is never a valid token)."""
    key = env_of(request).settings.secret_key
    return hmac.new(key, f"{purpose}\x00{value}".encode(), hashlib.sha256).hexdigest()


def same(request: Request, purpose: str, typed: str, stored_digest: str) -> bool:
    return hmac.compare_digest(digest(request, purpose, typed).encode(), stored_digest.encode())


def new_digits(length: int = 6) -> str:
    return "".join(secrets.choice(DIGITS) for _ in range(length))


@dataclass(frozen=True)
class Pending:
    sent_to: str
    expires_at: float


def store_code(conn: sqlite3.Connection, request: Request, flow: str, subject: str, code: str, **where) -> None:
    """Keep `code` (hashed) as the one valid code of this flow and person; it replaces any earlier one.
    The failure counter is left alone: a new code is not a new set of attempts."""
    conn.execute(
        "INSERT INTO one_time_codes (flow, subject, code_hash, expires_at, sent_to) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(flow, subject) DO UPDATE SET code_hash = excluded.code_hash, "
        "expires_at = excluded.expires_at, sent_to = excluded.sent_to",
        (flow, subject, digest(request, flow, code), where["expires_at"], where["sent_to"]),
    )


def pending(conn: sqlite3.Connection, flow: str, subject: str) -> Pending | None:
    row = conn.execute(
        "SELECT sent_to, expires_at FROM one_time_codes WHERE flow = ? AND subject = ?", (flow, subject)
    ).fetchone()
    return Pending(row["sent_to"], row["expires_at"]) if row else None


def drop_code(conn: sqlite3.Connection, flow: str, subject: str) -> None:
    conn.execute("DELETE FROM one_time_codes WHERE flow = ? AND subject = ?", (flow, subject))


def compare(
    conn: sqlite3.Connection, request: Request, flow: str, subject: str, typed: str, at: float, *, expiry: bool = True
) -> str:
    """'ok', 'missing', 'expired' or 'wrong', counting nothing (for a service with its own lockout)."""
    row = conn.execute(
        "SELECT code_hash, expires_at FROM one_time_codes WHERE flow = ? AND subject = ?", (flow, subject)
    ).fetchone()
    if row is None:
        return "missing"
    if expiry and row["expires_at"] <= at:
        return "expired"
    return "ok" if same(request, flow, "".join(typed.split()), row["code_hash"]) else "wrong"


def check(
    conn: sqlite3.Connection,
    request: Request,
    flow: str,
    subject: str,
    typed: str,
    at: float,
    *,
    limit: attempts.Limit = attempts.CODES,
    expiry: bool = True,
    accept_any: bool = False,
) -> str:
    """'ok' (the code is used up and the failures forgotten), 'missing', 'expired', 'wrong' or 'locked'.

    Call inside `db.write()`: the lock check, the comparison and the counted failure are one transaction.
    A locked flow refuses the right code too; the failure that locks it also voids the code.
    """
    if attempts.locked(conn, flow, subject, at):
        return "locked"
    outcome = compare(conn, request, flow, subject, typed, at, expiry=expiry)
    if outcome == "wrong" and accept_any:
        outcome = "ok"
    # A code that matches nothing is a guess too (and the answer does not tell whether a code was ever
    # sent, e.g. by "Forgot password" for an unknown address).
    guessed = outcome in ("wrong", "missing")
    if guessed and attempts.record_failure(conn, flow, subject, limit, at).locked:
        drop_code(conn, flow, subject)
        return "locked"
    if outcome == "ok":
        drop_code(conn, flow, subject)
        attempts.clear(conn, flow, subject)
    return outcome

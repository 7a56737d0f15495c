"""Attempt limits: failed one-time codes and passwords counted per flow and person in the database.

The counter is keyed by the person (identity number, e-mail key) and the flow, never by the browser
session: parallel requests on one session, a new session, or "Send a new code" do not reset it. Every
function takes the connection of a `db.write()` transaction (BEGIN IMMEDIATE), so a check, the comparison
it guards and the failure it records are one atomic unit: 30 parallel wrong codes are counted one after
the other, and the 5th locks the flow for all of them. The policy is in docs/decisions.md ("Attempt limits").
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class Limit:
    max_failures: int  # the failure that reaches this number locks the flow
    window: timedelta  # failures older than this (counted from the first) are forgotten
    lock_for: timedelta  # how long a locked flow refuses everything, the right code or password too

    @property
    def lock_minutes(self) -> int:
        return int(self.lock_for.total_seconds() // 60)


# Every one-time code (ID-porten, MinID's order, UDI's e-mail codes) and MinID's and UDI's password log-ins.
# Altinn keeps its documented lockout (guide 000, domain-facts §1.6: --lockout-threshold, 60 minutes).
CODES = Limit(max_failures=5, window=timedelta(minutes=15), lock_for=timedelta(minutes=15))
PASSWORDS = Limit(max_failures=5, window=timedelta(minutes=15), lock_for=timedelta(minutes=15))
UNLIMITED = Limit(max_failures=2**62, window=timedelta(minutes=15), lock_for=timedelta(minutes=15))  # for defects


@dataclass(frozen=True)
class Count:
    failures: int
    locked: bool


def locked(conn: sqlite3.Connection, flow: str, subject: str, at: float) -> bool:
    row = conn.execute("SELECT locked_until FROM attempts WHERE flow = ? AND subject = ?", (flow, subject)).fetchone()
    return bool(row and row["locked_until"] is not None and row["locked_until"] > at)


def record_failure(conn: sqlite3.Connection, flow: str, subject: str, limit: Limit, at: float) -> Count:
    """Count one failure; a counter whose window or lock has passed starts again from this one."""
    row = conn.execute(
        "SELECT failures, first_at, locked_until FROM attempts WHERE flow = ? AND subject = ?", (flow, subject)
    ).fetchone()
    if row is not None and row["locked_until"] is not None and row["locked_until"] > at:
        return Count(row["failures"], True)  # already locked: the lock is not extended by more tries
    fresh = row is None or row["locked_until"] is not None or row["first_at"] + limit.window.total_seconds() <= at
    failures, first_at = (1, at) if fresh else (row["failures"] + 1, row["first_at"])
    lock_until = at + limit.lock_for.total_seconds() if failures >= limit.max_failures else None
    conn.execute(
        "INSERT INTO attempts (flow, subject, failures, first_at, locked_until) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(flow, subject) DO UPDATE SET failures = excluded.failures, first_at = excluded.first_at, "
        "locked_until = excluded.locked_until",
        (flow, subject, failures, first_at, lock_until),
    )
    return Count(failures, lock_until is not None)


def clear(conn: sqlite3.Connection, flow: str, subject: str) -> None:
    """A success forgets the earlier failures."""
    conn.execute("DELETE FROM attempts WHERE flow = ? AND subject = ?", (flow, subject))


def settle(conn: sqlite3.Connection, flow: str, subject: str, ok: bool, limit: Limit, at: float) -> str:
    """After a password was verified (off the event loop, outside any transaction): 'ok', 'wrong' or
    'locked'. Checks the lock again inside this write transaction, so a right password that raced the
    failure which locked the account is refused too."""
    if locked(conn, flow, subject, at):
        return "locked"
    if ok:
        clear(conn, flow, subject)
        return "ok"
    return "locked" if record_failure(conn, flow, subject, limit, at).locked else "wrong"

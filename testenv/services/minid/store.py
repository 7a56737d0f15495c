"""MinID accounts and activation letters in SQLite."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS minid_accounts (
    pid TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    mobile TEXT NOT NULL,
    email TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS minid_letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pid TEXT NOT NULL,
    code TEXT NOT NULL, -- the activation code's keyed hash (testenv/core/onetime.py): the letter is its only copy
    address TEXT NOT NULL,
    address_kind TEXT NOT NULL CHECK (address_kind IN ('postal', 'residential')),
    ordered_at REAL NOT NULL,
    expires_at REAL NOT NULL,
    expected_delivery TEXT NOT NULL,
    used_at REAL
);
CREATE INDEX IF NOT EXISTS minid_letters_pid ON minid_letters (pid, ordered_at);
"""


@dataclass(frozen=True)
class Account:
    pid: str
    password_hash: str
    mobile: str
    email: str


@dataclass(frozen=True)
class Letter:
    id: int
    pid: str
    code: str  # the keyed hash, never the code
    address: str
    address_kind: str
    ordered_at: float
    expires_at: float
    expected_delivery: str
    used_at: float | None

    def as_json(self) -> dict:
        return {
            "address": self.address,
            "address_kind": self.address_kind,
            "ordered_at": self.ordered_at,
            "expires_at": self.expires_at,
            "expected_delivery": self.expected_delivery,
            "used": self.used_at is not None,
        }


def find_account(conn: sqlite3.Connection, pid: str) -> Account | None:
    row = conn.execute("SELECT pid, password_hash, mobile, email FROM minid_accounts WHERE pid = ?", (pid,)).fetchone()
    return Account(**dict(row)) if row else None


def insert_account(conn: sqlite3.Connection, pid: str, password_hash: str, mobile: str, email: str, at: float) -> bool:
    try:
        conn.execute(
            "INSERT INTO minid_accounts (pid, password_hash, mobile, email, created_at) VALUES (?, ?, ?, ?, ?)",
            (pid, password_hash, mobile, email, at),
        )
    except sqlite3.IntegrityError:
        return False
    return True


def latest_letter(conn: sqlite3.Connection, pid: str) -> Letter | None:
    row = conn.execute(
        "SELECT * FROM minid_letters WHERE pid = ? ORDER BY ordered_at DESC, id DESC LIMIT 1", (pid,)
    ).fetchone()
    return Letter(**dict(row)) if row else None


def insert_letter(
    conn: sqlite3.Connection,
    pid: str,
    code_digest: str,
    address: str,
    address_kind: str,
    ordered_at: float,
    expires_at: float,
    expected_delivery: str,
) -> None:
    conn.execute(
        "INSERT INTO minid_letters (pid, code, address, address_kind, ordered_at, expires_at, expected_delivery) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (pid, code_digest, address, address_kind, ordered_at, expires_at, expected_delivery),
    )


def mark_used(conn: sqlite3.Connection, letter_id: int, at: float) -> None:
    conn.execute("UPDATE minid_letters SET used_at = ? WHERE id = ?", (at, letter_id))

"""UDI accounts and applications in SQLite (the e-mail codes are testenv/core/onetime.py's).

A user account is either a username/password account (key: the e-mail address, case-insensitive) or an
ID-porten account (key: the identity number). They are separate accounts even for the same person
(guide 001: "When you log in with ID-porten, this is a new user account").
"""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS udi_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('password', 'idporten')),
    login_key TEXT NOT NULL,
    email TEXT,
    pid TEXT,
    name TEXT NOT NULL,
    password_hash TEXT,
    created_at REAL NOT NULL,
    UNIQUE (kind, login_key)
);
CREATE TABLE IF NOT EXISTS udi_applications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES udi_accounts (id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation IN ('self', 'family', 'employee')),
    applicant_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS udi_applications_account ON udi_applications (account_id);
"""

RELATIONS = ("self", "family", "employee")
APPLICATION_KINDS = ("work", "family", "study", "visit")


@dataclass(frozen=True)
class Account:
    id: int
    kind: str
    email: str | None
    pid: str | None
    name: str
    password_hash: str | None


@dataclass(frozen=True)
class Application:
    reference: str
    relation: str
    applicant_name: str
    kind: str
    created_at: float

    def as_dict(self) -> dict:
        return {
            "reference": self.reference,
            "relation": self.relation,
            "applicant_name": self.applicant_name,
            "kind": self.kind,
        }


def email_key(email: str) -> str:
    return email.strip().casefold()


def _account(row: sqlite3.Row | None) -> Account | None:
    return Account(**dict(row)) if row else None


_COLUMNS = "id, kind, email, pid, name, password_hash"


def find_by_email(conn: sqlite3.Connection, email: str) -> Account | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM udi_accounts WHERE kind = 'password' AND login_key = ? ORDER BY id LIMIT 1",
        (email_key(email),),
    ).fetchone()
    return _account(row)


def find_by_pid(conn: sqlite3.Connection, pid: str) -> Account | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM udi_accounts WHERE kind = 'idporten' AND login_key = ?", (pid,)
    ).fetchone()
    return _account(row)


def get(conn: sqlite3.Connection, account_id: int) -> Account | None:
    return _account(conn.execute(f"SELECT {_COLUMNS} FROM udi_accounts WHERE id = ?", (account_id,)).fetchone())


def count_by_email(conn: sqlite3.Connection, email: str) -> int:
    """Every password account answering to this address in any case."""
    return conn.execute(
        "SELECT count(*) FROM udi_accounts WHERE kind = 'password' AND lower(email) = lower(?)", (email.strip(),)
    ).fetchone()[0]


def insert_password_account(
    conn: sqlite3.Connection, email: str, name: str, password_hash: str, at: float, *, key: str | None = None
) -> int | None:
    """The new account's id, or None when the address is taken (the UNIQUE index decides: race-safe).

    `key` exists only for the defect that compares addresses case-sensitively."""
    try:
        cur = conn.execute(
            "INSERT INTO udi_accounts (kind, login_key, email, name, password_hash, created_at) "
            "VALUES ('password', ?, ?, ?, ?, ?)",
            (key if key is not None else email_key(email), email.strip(), name, password_hash, at),
        )
    except sqlite3.IntegrityError:
        return None
    return cur.lastrowid  # an int after every INSERT that succeeded


def idporten_account(conn: sqlite3.Connection, pid: str, name: str, at: float) -> Account:
    """The person's ID-porten account, created at the first log-in (a new account, guide 001)."""
    conn.execute(
        "INSERT OR IGNORE INTO udi_accounts (kind, login_key, pid, name, created_at) VALUES ('idporten', ?, ?, ?, ?)",
        (pid, pid, name, at),
    )
    account = find_by_pid(conn, pid)
    assert account is not None
    return account


def set_password(conn: sqlite3.Connection, account_id: int, password_hash: str) -> None:
    conn.execute("UPDATE udi_accounts SET password_hash = ? WHERE id = ?", (password_hash, account_id))


# --- applications ------------------------------------------------------------------------------------
def add_application(
    conn: sqlite3.Connection, account_id: int, relation: str, applicant_name: str, kind: str, at: float
) -> str:
    reference = f"UDI-{secrets.randbelow(10**8):08d}"
    conn.execute(
        "INSERT INTO udi_applications (reference, account_id, relation, applicant_name, kind, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (reference, account_id, relation, applicant_name, kind, at),
    )
    return reference


def applications_of(conn: sqlite3.Connection, account_id: int) -> list[Application]:
    rows = conn.execute(
        "SELECT reference, relation, applicant_name, kind, created_at FROM udi_applications "
        "WHERE account_id = ? ORDER BY id",
        (account_id,),
    )
    return [Application(**dict(r)) for r in rows]


def applications_of_name(conn: sqlite3.Connection, name: str) -> list[Application]:
    """Only for the defect that mixes accounts: every application of any account with this name."""
    rows = conn.execute(
        "SELECT a.reference, a.relation, a.applicant_name, a.kind, a.created_at FROM udi_applications a "
        "JOIN udi_accounts u ON u.id = a.account_id WHERE lower(u.name) = lower(?) ORDER BY a.id",
        (name,),
    )
    return [Application(**dict(r)) for r in rows]


def move_applications_by_name(conn: sqlite3.Connection, name: str, to_account: int) -> None:
    """Only for the defect that 'helpfully' migrates a person's cases into their ID-porten account."""
    conn.execute(
        "UPDATE udi_applications SET account_id = ? WHERE account_id IN "
        "(SELECT id FROM udi_accounts WHERE kind = 'password' AND lower(name) = lower(?))",
        (to_account, name),
    )

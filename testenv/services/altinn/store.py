"""Self-identified Altinn users in SQLite. Usernames are unique by their skeleton (testenv/core/usernames.py):
'Kari', 'ｋａｒｉ' and 'kаri' (Cyrillic а) cannot all be created beside 'kari'; log-in matches after NFKC."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from testenv.core.usernames import fold, skeleton

SCHEMA = """
CREATE TABLE IF NOT EXISTS altinn_users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL,
    username_key TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until REAL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS altinn_resets (
    token TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES altinn_users (id) ON DELETE CASCADE,
    expires_at REAL NOT NULL
);
"""


@dataclass(frozen=True)
class User:
    id: int
    username: str
    email: str
    password_hash: str
    failed_logins: int
    locked_until: float | None


def key(username: str) -> str:
    """The UNIQUE key: what the username looks like, so that no look-alike of it can be created."""
    return skeleton(username)


def find(conn: sqlite3.Connection, username: str) -> User | None:
    """The user with this username after NFKC and case folding; a mere look-alike is somebody else."""
    row = conn.execute(
        "SELECT id, username, email, password_hash, failed_logins, locked_until FROM altinn_users "
        "WHERE username_key = ?",
        (key(username),),
    ).fetchone()
    return User(**dict(row)) if row and fold(row["username"]) == fold(username) else None


def taken_or_confusable(conn: sqlite3.Connection, username: str) -> str:
    """Why `insert` refused a username: 'taken' (the same name) or 'confusable' (a look-alike of one)."""
    return "taken" if find(conn, username) is not None else "confusable"


def insert(
    conn: sqlite3.Connection, username: str, email: str, password_hash: str, at: float, case_sensitive: bool = False
) -> bool:
    """False when the username, or a look-alike of it, is taken; the UNIQUE index decides, so races are safe.

    `case_sensitive` exists only for the defect that lets 'Kari' and 'kari' both be created.
    """
    try:
        conn.execute(
            "INSERT INTO altinn_users (username, username_key, email, password_hash, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (username, username if case_sensitive else key(username), email, password_hash, at),
        )
    except sqlite3.IntegrityError:
        return False
    return True


def record_failure(conn: sqlite3.Connection, user: User, threshold: int, lock_until: float) -> bool:
    """Count a wrong password; True when this one locks the account."""
    failures = user.failed_logins + 1
    if failures >= threshold:
        conn.execute("UPDATE altinn_users SET failed_logins = 0, locked_until = ? WHERE id = ?", (lock_until, user.id))
        return True
    conn.execute("UPDATE altinn_users SET failed_logins = ? WHERE id = ?", (failures, user.id))
    return False


def record_success(conn: sqlite3.Connection, user: User) -> None:
    conn.execute("UPDATE altinn_users SET failed_logins = 0, locked_until = NULL WHERE id = ?", (user.id,))


def set_password(conn: sqlite3.Connection, user_id: int, password_hash: str) -> None:
    conn.execute(
        "UPDATE altinn_users SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?",
        (password_hash, user_id),
    )

"""Storage of Altinn's advanced settings (login information, end-user systems), code letters,
end-user-system authentication sessions and submissions. Everything about a person is keyed by pid."""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace

from testenv.core.usernames import fold, skeleton

SCHEMA = """
CREATE TABLE IF NOT EXISTS altsys_login_info (
    pid TEXT PRIMARY KEY,
    username TEXT,
    username_key TEXT UNIQUE,
    password_hash TEXT,
    mobile TEXT NOT NULL DEFAULT '',
    allow_level3 INTEGER NOT NULL DEFAULT 0,
    allow_system INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until REAL
);
CREATE TABLE IF NOT EXISTS altsys_systems (
    id INTEGER PRIMARY KEY,
    owner_pid TEXT NOT NULL,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until REAL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS altsys_letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pid TEXT NOT NULL,
    codes TEXT NOT NULL,
    used TEXT NOT NULL DEFAULT '[]',
    active INTEGER NOT NULL DEFAULT 1,
    ordered_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS altsys_letters_pid ON altsys_letters (pid, active);
CREATE TABLE IF NOT EXISTS altsys_api_sessions (
    id TEXT PRIMARY KEY,
    system_id INTEGER NOT NULL,
    pid TEXT,
    pin TEXT,
    pin_expires_at REAL,
    level INTEGER,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS altsys_submissions (
    receipt_id TEXT PRIMARY KEY,
    system_id INTEGER NOT NULL,
    pid TEXT NOT NULL,
    reportee TEXT NOT NULL,
    form TEXT NOT NULL,
    data TEXT NOT NULL,
    level INTEGER NOT NULL,
    submitted_at REAL NOT NULL
);
"""

LETTER_CODES = 30  # domain-facts §2: 30 codes per letter
SYSTEM_ID_DIGITS = 6  # invented: Altinn's IDs are numbers; six digits are hard to guess and easy to type


@dataclass(frozen=True)
class LoginInfo:
    pid: str
    username: str | None
    password_hash: str | None
    mobile: str
    allow_level3: bool
    allow_system: bool
    failed_attempts: int
    locked_until: float | None

    @property
    def has_password(self) -> bool:
        return self.password_hash is not None


@dataclass(frozen=True)
class System:
    id: int
    owner_pid: str
    name: str
    password_hash: str
    failed_attempts: int
    locked_until: float | None


@dataclass(frozen=True)
class Letter:
    id: int
    pid: str
    code_hashes: tuple[str, ...]  # keyed hashes of the printed codes, by number - 1 (never the codes)
    used: frozenset[int]  # numbers (1-based) already used
    active: bool
    codes: tuple[str, ...] = ()  # the printed codes, on a letter just made only (for the post); never stored


@dataclass(frozen=True)
class ApiSession:
    id: str
    system_id: int
    pid: str | None
    pin: str | None
    pin_expires_at: float | None
    level: int | None
    expires_at: float


def username_key(username: str, case_sensitive: bool = False) -> str:
    """Usernames are unique by what they look like (testenv/core/usernames.py: case, NFKC and look-alikes
    from other alphabets); `case_sensitive` exists only for a defect."""
    return username if case_sensitive else skeleton(username)


# --- login information -----------------------------------------------------------------------------
def _login_info(row: sqlite3.Row | None) -> LoginInfo | None:
    if row is None:
        return None
    return LoginInfo(
        row["pid"],
        row["username"],
        row["password_hash"],
        row["mobile"],
        bool(row["allow_level3"]),
        bool(row["allow_system"]),
        row["failed_attempts"],
        row["locked_until"],
    )


def login_info(conn: sqlite3.Connection, pid: str) -> LoginInfo | None:
    return _login_info(conn.execute("SELECT * FROM altsys_login_info WHERE pid = ?", (pid,)).fetchone())


def login_info_by_username(conn: sqlite3.Connection, username: str) -> LoginInfo | None:
    """By the username after NFKC and case folding; a mere look-alike is somebody else."""
    row = conn.execute("SELECT * FROM altsys_login_info WHERE username_key = ?", (username_key(username),)).fetchone()
    return _login_info(row) if row and fold(row["username"]) == fold(username) else None


def username_taken(conn: sqlite3.Connection, username: str, by_other_than: str, case_sensitive: bool = False) -> str:
    """'' when another person has neither this username nor a look-alike of it; else 'taken' or 'confusable'."""
    row = conn.execute(
        "SELECT username FROM altsys_login_info WHERE username_key = ? AND pid != ?",
        (username_key(username, case_sensitive), by_other_than),
    ).fetchone()
    if row is None:
        return ""
    return "taken" if fold(row["username"]) == fold(username) else "confusable"


def save_login_info(
    conn: sqlite3.Connection,
    pid: str,
    username: str | None,
    password_hash: str | None,
    mobile: str,
    allow_level3: bool,
    allow_system: bool,
    keep_password: bool,
    case_sensitive: bool = False,
) -> bool:
    """Insert or update; `keep_password` leaves a stored password as it is. False if the username is taken."""
    conn.execute("INSERT OR IGNORE INTO altsys_login_info (pid) VALUES (?)", (pid,))
    try:
        conn.execute(
            "UPDATE altsys_login_info SET username = ?, username_key = ?, mobile = ?, allow_level3 = ?, "
            "allow_system = ? WHERE pid = ?",
            (
                username,
                username_key(username, case_sensitive) if username else None,
                mobile,
                int(allow_level3),
                int(allow_system),
                pid,
            ),
        )
    except sqlite3.IntegrityError:
        return False
    if not keep_password:
        # A new password also lifts a lockout: the person has proved who they are another way.
        conn.execute(
            "UPDATE altsys_login_info SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE pid = ?",
            (password_hash, pid),
        )
    return True


def disable_password(conn: sqlite3.Connection, pid: str) -> None:
    conn.execute("UPDATE altsys_login_info SET password_hash = NULL WHERE pid = ?", (pid,))


def record_person_failure(conn: sqlite3.Connection, pid: str, threshold: int, lock_until: float) -> bool:
    """Count a wrong password or code for the person; True when this one locks them out."""
    conn.execute("INSERT OR IGNORE INTO altsys_login_info (pid) VALUES (?)", (pid,))
    failures = conn.execute("SELECT failed_attempts FROM altsys_login_info WHERE pid = ?", (pid,)).fetchone()[0] + 1
    if failures >= threshold:
        conn.execute(
            "UPDATE altsys_login_info SET failed_attempts = 0, locked_until = ? WHERE pid = ?", (lock_until, pid)
        )
        return True
    conn.execute("UPDATE altsys_login_info SET failed_attempts = ? WHERE pid = ?", (failures, pid))
    return False


def record_person_success(conn: sqlite3.Connection, pid: str) -> None:
    conn.execute("UPDATE altsys_login_info SET failed_attempts = 0, locked_until = NULL WHERE pid = ?", (pid,))


def person_locked_until(conn: sqlite3.Connection, pid: str) -> float | None:
    row = conn.execute("SELECT locked_until FROM altsys_login_info WHERE pid = ?", (pid,)).fetchone()
    return row["locked_until"] if row else None


# --- end-user systems ("Datasystemer") --------------------------------------------------------------
def _system(row: sqlite3.Row | None) -> System | None:
    if row is None:
        return None
    return System(
        row["id"], row["owner_pid"], row["name"], row["password_hash"], row["failed_attempts"], row["locked_until"]
    )


def add_system(conn: sqlite3.Connection, owner_pid: str, name: str, password_hash: str, at: float) -> int:
    """Altinn assigns the ID: a random number of SYSTEM_ID_DIGITS digits not yet in use."""
    low = 10 ** (SYSTEM_ID_DIGITS - 1)
    while True:
        system_id = low + secrets.randbelow(9 * low)
        try:
            conn.execute(
                "INSERT INTO altsys_systems (id, owner_pid, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                (system_id, owner_pid, name, password_hash, at),
            )
        except sqlite3.IntegrityError:
            continue
        return system_id


def system(conn: sqlite3.Connection, system_id: int) -> System | None:
    return _system(conn.execute("SELECT * FROM altsys_systems WHERE id = ?", (system_id,)).fetchone())


def systems_of(conn: sqlite3.Connection, owner_pid: str) -> list[System]:
    rows = conn.execute("SELECT * FROM altsys_systems WHERE owner_pid = ? ORDER BY created_at, id", (owner_pid,))
    return [s for s in (_system(r) for r in rows) if s]


def set_system_password(conn: sqlite3.Connection, system_id: int, password_hash: str) -> None:
    """A new password also lifts a lockout (guide 003 advises a new password when log-in fails)."""
    conn.execute(
        "UPDATE altsys_systems SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
        (password_hash, system_id),
    )


def record_system_failure(conn: sqlite3.Connection, system_id: int, threshold: int, lock_until: float) -> bool:
    """Count a wrong system password; True when this one locks the system out."""
    failures = conn.execute("SELECT failed_attempts FROM altsys_systems WHERE id = ?", (system_id,)).fetchone()[0] + 1
    if failures >= threshold:
        conn.execute(
            "UPDATE altsys_systems SET failed_attempts = 0, locked_until = ? WHERE id = ?", (lock_until, system_id)
        )
        return True
    conn.execute("UPDATE altsys_systems SET failed_attempts = ? WHERE id = ?", (failures, system_id))
    return False


def record_system_success(conn: sqlite3.Connection, system_id: int) -> None:
    conn.execute("UPDATE altsys_systems SET failed_attempts = 0, locked_until = NULL WHERE id = ?", (system_id,))


# --- code letters -----------------------------------------------------------------------------------
def _letter(row: sqlite3.Row | None) -> Letter | None:
    if row is None:
        return None
    return Letter(
        row["id"], row["pid"], tuple(json.loads(row["codes"])), frozenset(json.loads(row["used"])), bool(row["active"])
    )


def new_letter(
    conn: sqlite3.Connection, pid: str, at: float, digest: Callable[[str], str], cancel_old: bool = True
) -> Letter:
    """A letter of LETTER_CODES codes, stored only as `digest` of each (the keyed hash of
    testenv/core/onetime.py); the returned letter alone carries the printed codes. `cancel_old` is False only
    for the defect that keeps old letters."""
    if cancel_old:
        conn.execute("UPDATE altsys_letters SET active = 0 WHERE pid = ?", (pid,))
    codes = tuple(f"{secrets.randbelow(10**6):06d}" for _ in range(LETTER_CODES))
    cursor = conn.execute(
        "INSERT INTO altsys_letters (pid, codes, ordered_at) VALUES (?, ?, ?)",
        (pid, json.dumps([digest(code) for code in codes]), at),
    )
    letter = _letter(conn.execute("SELECT * FROM altsys_letters WHERE id = ?", (cursor.lastrowid,)).fetchone())
    assert letter is not None
    return replace(letter, codes=codes)


def active_letters(conn: sqlite3.Connection, pid: str) -> list[Letter]:
    rows = conn.execute("SELECT * FROM altsys_letters WHERE pid = ? AND active = 1 ORDER BY id DESC", (pid,))
    return [letter for letter in (_letter(r) for r in rows) if letter]


def use_code(conn: sqlite3.Connection, letter: Letter, number: int) -> None:
    used = sorted(letter.used | {number})
    conn.execute("UPDATE altsys_letters SET used = ? WHERE id = ?", (json.dumps(used), letter.id))


def disable_letters(conn: sqlite3.Connection, pid: str) -> None:
    conn.execute("UPDATE altsys_letters SET active = 0 WHERE pid = ?", (pid,))


# --- end-user-system authentication sessions and submissions -----------------------------------------
def _api_session(row: sqlite3.Row | None) -> ApiSession | None:
    if row is None:
        return None
    return ApiSession(
        row["id"], row["system_id"], row["pid"], row["pin"], row["pin_expires_at"], row["level"], row["expires_at"]
    )


def new_api_session(conn: sqlite3.Connection, system_id: int, expires_at: float) -> str:
    sid = secrets.token_urlsafe(24)
    conn.execute(
        "INSERT INTO altsys_api_sessions (id, system_id, expires_at) VALUES (?, ?, ?)", (sid, system_id, expires_at)
    )
    return sid


def api_session(conn: sqlite3.Connection, sid: str) -> ApiSession | None:
    return _api_session(conn.execute("SELECT * FROM altsys_api_sessions WHERE id = ?", (sid[:64],)).fetchone())


def set_pin(conn: sqlite3.Connection, sid: str, pid: str, pin_digest: str, pin_expires_at: float) -> None:
    """A new user step replaces any earlier pin and authentication of the session (`pin` holds the keyed
    hash, testenv/core/onetime.py, never the pin)."""
    conn.execute(
        "UPDATE altsys_api_sessions SET pid = ?, pin = ?, pin_expires_at = ?, level = NULL WHERE id = ?",
        (pid, pin_digest, pin_expires_at, sid),
    )


def authenticate(conn: sqlite3.Connection, sid: str, level: int) -> None:
    """The pin is used up: it cannot authenticate a second time."""
    conn.execute("UPDATE altsys_api_sessions SET pin = NULL, level = ? WHERE id = ?", (level, sid))


def add_submission(
    conn: sqlite3.Connection, session: ApiSession, reportee: str, form: str, data: dict, at: float
) -> str:
    receipt = f"AR{secrets.randbelow(10**9):09d}"
    conn.execute(
        "INSERT INTO altsys_submissions (receipt_id, system_id, pid, reportee, form, data, level, submitted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (receipt, session.system_id, session.pid, reportee, form, json.dumps(data), session.level, at),
    )
    return receipt


def submissions(conn: sqlite3.Connection, system_id: int | None = None, pid: str | None = None) -> list[dict]:
    rows = conn.execute(
        "SELECT * FROM altsys_submissions WHERE (? IS NULL OR system_id = ?) AND (? IS NULL OR pid = ?) "
        "ORDER BY submitted_at",
        (system_id, system_id, pid, pid),
    )
    return [{**dict(r), "data": json.loads(r["data"])} for r in rows]

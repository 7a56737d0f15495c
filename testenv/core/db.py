"""SQLite storage: WAL mode, one short connection per unit of work, explicit transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CORE_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'post')),
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    sent_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS outbox_recipient ON outbox (channel, recipient);
CREATE TABLE IF NOT EXISTS scopes (
    id TEXT PRIMARY KEY,
    clock_offset_s REAL NOT NULL DEFAULT 0,
    captcha_mode TEXT
);
-- Failed attempts per flow and person (testenv/core/attempts.py): never in the session, so neither
-- parallel requests nor "Send a new code" reset them.
CREATE TABLE IF NOT EXISTS attempts (
    flow TEXT NOT NULL,
    subject TEXT NOT NULL,
    failures INTEGER NOT NULL,
    first_at REAL NOT NULL,
    locked_until REAL,
    PRIMARY KEY (flow, subject)
);
-- One-time codes (testenv/core/onetime.py), only as keyed hashes.
CREATE TABLE IF NOT EXISTS one_time_codes (
    flow TEXT NOT NULL,
    subject TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    expires_at REAL NOT NULL,
    sent_to TEXT NOT NULL,
    PRIMARY KEY (flow, subject)
);
CREATE TABLE IF NOT EXISTS captchas (
    id TEXT PRIMARY KEY,
    answer TEXT NOT NULL,
    created_at REAL NOT NULL
);
"""


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA foreign_keys = ON")
        # Per connection, not stored in the file: without it every commit fsyncs the WAL (FULL), which under
        # disk load costs ~100 ms and made a write-only-when-the-account-exists path measurably slower. In WAL
        # mode NORMAL keeps every commit through a crash or kill -9 of the process (tests/testenv/test_durability).
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    def init(self, schemas: list[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = self._connect()
        try:
            conn.execute("PRAGMA journal_mode = WAL")  # stored in the file: every later connection has it
            conn.executescript(CORE_SCHEMA + "\n".join(schemas))
        finally:
            conn.close()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        conn = self._connect()
        try:
            yield conn
        finally:
            conn.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; BEGIN IMMEDIATE serialises writers so check-then-insert is atomic."""
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()

    def wipe(self) -> None:
        """Delete every row of every table (control API reset); the schema stays."""
        with self.write() as conn:
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            for table in tables:
                if not table.startswith("sqlite_"):
                    conn.execute(f'DELETE FROM "{table}"')

"""Altinn's accounts of people who log in by ID-porten's e-mail log-in (issue #16; domain-facts §10.2: "If this
is your first time logging in with this email address, a new account will be created. If you have used this
email before, you will access your existing account.").

An account is keyed by ID-porten's `sub` (OpenID Connect Core 5.7: `iss` and `sub` are the only claims a client
may rely on as a stable identifier; one issuer here); ID-porten derives that `sub` from the lower-cased address,
so an address typed in any case reaches the same account. Altinn shows it as `epost:<lower-cased address>`
(domain-facts §0). The UNIQUE key decides, so two first log-ins at once create one account.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS altinn_email_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subject TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS altinn_email_accounts_email ON altinn_email_accounts (email);
"""


@dataclass(frozen=True)
class EmailAccount:
    id: int
    email: str
    created: bool  # this log-in created it


def log_in(conn: sqlite3.Connection, subject: str, email: str, at: float) -> EmailAccount:
    """The account of this `sub`, created on its first log-in. Call inside `db.write()`."""
    inserted = conn.execute(
        "INSERT INTO altinn_email_accounts (subject, email, created_at) VALUES (?, ?, ?) "
        "ON CONFLICT(subject) DO NOTHING",
        (subject, email, at),
    ).rowcount
    row = conn.execute("SELECT id, email FROM altinn_email_accounts WHERE subject = ?", (subject,)).fetchone()
    return EmailAccount(row["id"], row["email"], inserted == 1)


def with_address(conn: sqlite3.Connection, email: str) -> list[dict]:
    """Every account whose address is `email` (lower-cased): one, once the address has logged in."""
    rows = conn.execute(
        "SELECT id, email, created_at FROM altinn_email_accounts WHERE email = ? ORDER BY id", (email.lower(),)
    )
    return [dict(row) for row in rows]

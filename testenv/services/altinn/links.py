"""Altinn's inbox messages and the old accounts linked to an e-mail account (issue #16, domain-facts §10.2).

A message belongs to one party: `legacy:<user id>` (guide 000's self-identified user), `epost:<address>` (a
person logged in by e-mail) or `pid:<identity number>`. An old account is linked to at most one e-mail account:
the link's primary key is the old account, so two e-mail accounts racing for it cannot both win.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS altinn_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    party TEXT NOT NULL,
    title TEXT NOT NULL,
    sent_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS altinn_messages_party ON altinn_messages (party, sent_at);
CREATE TABLE IF NOT EXISTS altinn_links (
    old_user_id INTEGER PRIMARY KEY REFERENCES altinn_users (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    linked_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS altinn_links_email ON altinn_links (email);
"""


@dataclass(frozen=True)
class Party:
    """Someone whose messages the inbox can show: `key` in the messages table, `name` as the actor list says it."""

    key: str
    name: str


def legacy(user_id: int, username: str) -> Party:
    return Party(f"legacy:{user_id}", username)


def email_party(address: str) -> Party:
    return Party(f"epost:{address}", f"epost:{address}")


@dataclass(frozen=True)
class Message:
    title: str
    actor: str
    sent_at: float


def add_message(conn: sqlite3.Connection, party: str, title: str, at: float) -> int:
    cursor = conn.execute("INSERT INTO altinn_messages (party, title, sent_at) VALUES (?, ?, ?)", (party, title, at))
    return int(cursor.lastrowid or 0)


def messages(conn: sqlite3.Connection, parties: list[Party]) -> list[Message]:
    """The messages of `parties`, newest first, each with the name of the actor it belongs to."""
    if not parties:
        return []
    names = {party.key: party.name for party in parties}
    marks = ",".join("?" * len(names))
    rows = conn.execute(
        f"SELECT party, title, sent_at FROM altinn_messages WHERE party IN ({marks}) ORDER BY sent_at DESC, id DESC",
        list(names),
    ).fetchall()
    return [Message(row["title"], names[row["party"]], row["sent_at"]) for row in rows]


def linked_accounts(conn: sqlite3.Connection, email: str) -> list[Party]:
    """The old accounts linked to the e-mail account `email`, in the order they were linked."""
    rows = conn.execute(
        "SELECT u.id, u.username FROM altinn_links l JOIN altinn_users u ON u.id = l.old_user_id "
        "WHERE l.email = ? ORDER BY l.linked_at, u.id",
        (email,),
    ).fetchall()
    return [legacy(row["id"], row["username"]) for row in rows]


def linked_to(conn: sqlite3.Connection, old_user_id: int) -> str | None:
    """The e-mail account the old account is linked to, if any."""
    row = conn.execute("SELECT email FROM altinn_links WHERE old_user_id = ?", (old_user_id,)).fetchone()
    return row["email"] if row else None


def link(conn: sqlite3.Connection, old_user_id: int, email: str, at: float) -> str | None:
    """Links the old account to `email`. Returns None when it is linked to `email` now (also when it already
    was), else the other e-mail account it is linked to (nothing changes then)."""
    conn.execute(
        "INSERT INTO altinn_links (old_user_id, email, linked_at) VALUES (?, ?, ?) "
        "ON CONFLICT (old_user_id) DO NOTHING",
        (old_user_id, email, at),
    )
    holder = linked_to(conn, old_user_id)
    return None if holder == email else holder


def move_link(conn: sqlite3.Connection, old_user_id: int, email: str, at: float) -> None:
    """Only for the defect that takes an old account away from the e-mail account it was linked to."""
    conn.execute("UPDATE altinn_links SET email = ?, linked_at = ? WHERE old_user_id = ?", (email, at, old_user_id))

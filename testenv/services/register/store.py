"""The synthetic population register ("Folkeregisteret") in SQLite."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date

EIDS = ("minid", "bankid", "buypass", "commfides")

SCHEMA = """
CREATE TABLE IF NOT EXISTS register_persons (
    pid TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    postal_address TEXT,
    residential_address TEXT NOT NULL,
    mobile TEXT NOT NULL DEFAULT '',
    eids TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS register_scope_settings (
    scope TEXT PRIMARY KEY,
    accept_synthetic INTEGER
);
"""


@dataclass(frozen=True)
class Person:
    pid: str
    name: str
    birth_date: date
    postal_address: str | None
    residential_address: str
    mobile: str
    eids: tuple[str, ...]

    @property
    def letter_address(self) -> str:
        """Letters go to the postal address when there is one, else to the residential address."""
        return self.postal_address or self.residential_address

    def as_json(self) -> dict:
        return {
            "pid": self.pid,
            "name": self.name,
            "birth_date": self.birth_date.isoformat(),
            "postal_address": self.postal_address,
            "residential_address": self.residential_address,
            "mobile": self.mobile,
            "eids": list(self.eids),
        }


def _person(row: sqlite3.Row) -> Person:
    return Person(
        pid=row["pid"],
        name=row["name"],
        birth_date=date.fromisoformat(row["birth_date"]),
        postal_address=row["postal_address"],
        residential_address=row["residential_address"],
        mobile=row["mobile"],
        eids=tuple(json.loads(row["eids"])),
    )


def find_person(conn: sqlite3.Connection, pid: str) -> Person | None:
    row = conn.execute("SELECT * FROM register_persons WHERE pid = ?", (pid,)).fetchone()
    return _person(row) if row else None


def insert_person(conn: sqlite3.Connection, person: Person) -> bool:
    """False when the identity number is already registered."""
    try:
        conn.execute(
            "INSERT INTO register_persons (pid, name, birth_date, postal_address, residential_address, mobile, eids) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                person.pid,
                person.name,
                person.birth_date.isoformat(),
                person.postal_address,
                person.residential_address,
                person.mobile,
                json.dumps(list(person.eids)),
            ),
        )
    except sqlite3.IntegrityError:
        return False
    return True


def add_eid(conn: sqlite3.Connection, pid: str, eid: str) -> None:
    person = find_person(conn, pid)
    if person is not None and eid not in person.eids:
        conn.execute("UPDATE register_persons SET eids = ? WHERE pid = ?", (json.dumps([*person.eids, eid]), pid))


def scope_accepts_synthetic(conn: sqlite3.Connection, scope: str | None) -> bool | None:
    if not scope:
        return None
    row = conn.execute("SELECT accept_synthetic FROM register_scope_settings WHERE scope = ?", (scope,)).fetchone()
    return None if row is None or row["accept_synthetic"] is None else bool(row["accept_synthetic"])


def save_scope_setting(conn: sqlite3.Connection, scope: str, accept_synthetic: bool | None) -> None:
    conn.execute(
        "INSERT INTO register_scope_settings (scope, accept_synthetic) VALUES (?, ?) "
        "ON CONFLICT(scope) DO UPDATE SET accept_synthetic = excluded.accept_synthetic",
        (scope, None if accept_synthetic is None else int(accept_synthetic)),
    )

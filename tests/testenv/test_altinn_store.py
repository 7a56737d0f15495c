"""Altinn's user store: usernames unique in any case, failed log-ins counted to a lock."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from testenv.core.db import Database
from testenv.services.altinn import store


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(tmp_path / "t.db")
    database.init([store.SCHEMA])
    return database


def add(db: Database, username: str, **kwargs) -> bool:
    with db.write() as conn:
        return store.insert(conn, username, f"{username}@example.no", "hash", time.time(), **kwargs)


def user(db: Database, username: str) -> store.User:
    with db.read() as conn:
        found = store.find(conn, username)
    assert found is not None
    return found


@pytest.mark.parametrize("again", ["kari", "KARI", "Kari", "kArI"])
def test_a_username_is_unique_in_any_case(db: Database, again: str) -> None:
    assert add(db, "Kari")
    assert not add(db, again)
    with db.read() as conn:
        assert conn.execute("SELECT count(*) FROM altinn_users").fetchone()[0] == 1


def test_find_ignores_case_and_keeps_the_username_as_typed(db: Database) -> None:
    add(db, "Kari.Nordmann")
    assert user(db, "kari.nordmann").username == "Kari.Nordmann"


def test_the_case_sensitive_defect_lets_a_second_case_in(db: Database) -> None:
    assert add(db, "kari")
    assert add(db, "Kari", case_sensitive=True)


def test_the_third_failure_locks_and_resets_the_count(db: Database) -> None:
    add(db, "kari")
    lock_until = time.time() + 3600
    results = []
    for _ in range(3):
        with db.write() as conn:
            results.append(store.record_failure(conn, user(db, "kari"), 3, lock_until))
    assert results == [False, False, True]
    locked = user(db, "kari")
    assert (locked.failed_logins, locked.locked_until) == (0, lock_until)


def test_a_success_clears_failures_and_lock(db: Database) -> None:
    add(db, "kari")
    for _ in range(3):
        with db.write() as conn:
            store.record_failure(conn, user(db, "kari"), 3, time.time() + 3600)
    with db.write() as conn:
        store.record_success(conn, user(db, "kari"))
    cleared = user(db, "kari")
    assert (cleared.failed_logins, cleared.locked_until) == (0, None)


def test_a_new_password_lifts_the_lock(db: Database) -> None:
    add(db, "kari")
    for _ in range(3):
        with db.write() as conn:
            store.record_failure(conn, user(db, "kari"), 3, time.time() + 3600)
    assert user(db, "kari").locked_until is not None
    with db.write() as conn:
        store.set_password(conn, user(db, "kari").id, "new-hash")
    reset = user(db, "kari")
    assert (reset.password_hash, reset.locked_until) == ("new-hash", None)

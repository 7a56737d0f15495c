"""Accounts are durable and unique: they survive a restart and a kill -9 in the middle of writes (SQLite in
WAL mode, one transaction per unit of work), and parallel registrations of one username, sent to two
processes sharing the database, create exactly one account.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from era_support import SCOPE, before_sunset
from fastapi.testclient import TestClient

from testenv.app import create_app
from testenv.config import Settings
from testenv.core.db import Database

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Durable2024x"
CREATE = "/en/login/without-id/create"
LOGIN = "/ui/Authentication/SelfIdentified?lang=en"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf(client: httpx.Client | TestClient, path: str = CREATE) -> str:
    found = CSRF.search(client.get(path).text)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


def register(client: httpx.Client | TestClient, username: str) -> httpx.Response:
    form = {
        "csrf_token": csrf(client),
        "username": username,
        "email": f"{username}@example.com",
        "password": PASSWORD,
        "confirm_password": PASSWORD,
    }
    return client.post(CREATE, data=form, follow_redirects=False)


def log_in(client: httpx.Client | TestClient, username: str) -> httpx.Response:
    form = {"csrf_token": csrf(client, LOGIN), "username": username, "password": PASSWORD}
    return client.post(LOGIN, data=form, follow_redirects=False)


def usernames(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT username FROM altinn_users")]


class Server:
    """`python -m testenv` as a real process on the given database file."""

    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "testenv", "--port", "0", "--test-mode", "--db", str(db)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "TESTENV_TOKEN": "durability", "PYTHONUNBUFFERED": "1"},
        )
        assert self.proc.stdout
        banner = [self.proc.stdout.readline()]  # each service's URL, then "listening on"
        while banner[-1] and "listening on" not in banner[-1]:
            banner.append(self.proc.stdout.readline())
        assert "listening on" in banner[-1], "".join(banner) + self.proc.stdout.read()
        self.control_url = banner[-1].split("listening on ", 1)[1].split()[0]
        # Altinn's pages on Altinn's origin; the control API on its own (one origin for both with --single-origin).
        self.url = next(line.split()[1] for line in banner if line.split()[:1] == ["altinn"]).rstrip("/")
        # Keep draining the pipe so the process never blocks on a full one.
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()

    def client(self) -> httpx.Client:
        """A client on a clock before the sunset: guide 000's "create user" and log-in exist only then."""
        headers = {"X-Testenv-Token": "durability"}
        with httpx.Client(base_url=self.control_url, timeout=30, headers=headers) as setup:
            before_sunset(setup)  # the scope's clock, kept in the database
        return httpx.Client(base_url=self.url, timeout=30, headers={**headers, "X-Testenv-Scope": SCOPE})

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[list[Server]]:
    started: list[Server] = []
    yield started
    for server in started:
        server.stop()


def test_the_environment_accepts_connections_as_soon_as_it_says_it_listens(
    tmp_path: Path, servers: list[Server]
) -> None:
    """The "listening on" line is what the suite and these tests wait for: a connection made right after it
    must not be refused while the app is still starting (it was, under load, before the socket listened)."""
    servers.append(server := Server(tmp_path / "t.db"))
    host, port = server.url.removeprefix("http://").rsplit(":", 1)
    socket.create_connection((host, int(port)), timeout=5).close()


def test_the_database_runs_in_wal_mode(tmp_path: Path) -> None:
    create_app(Settings(db_path=tmp_path / "t.db", test_mode=True, control_token="t"))
    with sqlite3.connect(tmp_path / "t.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_account_survives_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    token = {"X-Testenv-Token": "t"}
    with TestClient(create_app(Settings(db_path=db, test_mode=True, control_token="t")), headers=token) as first:
        assert register(before_sunset(first), "survivor").status_code == 303
    with TestClient(create_app(Settings(db_path=db, test_mode=True, control_token="t")), headers=token) as second:
        answer = log_in(before_sunset(second), "survivor")
    assert answer.status_code == 302 and answer.headers["location"] == "/en/inbox"


def test_acknowledged_accounts_survive_kill_9_during_writes(tmp_path: Path, servers: list[Server]) -> None:
    """Registrations run from several clients while the process is killed with SIGKILL: every one that was
    answered 303 is there afterwards, complete and usable; the file is not corrupt; nothing half-written."""
    db = tmp_path / "t.db"
    servers.append(server := Server(db))
    acknowledged: list[str] = []
    stop, enough = threading.Event(), threading.Event()

    def writer(n: int) -> None:
        with server.client() as client:
            for i in range(10_000):
                if stop.is_set():
                    return
                name = f"w{n}u{i}"
                try:
                    if register(client, name).status_code == 303:
                        acknowledged.append(name)
                        if len(acknowledged) >= 12:
                            enough.set()
                except httpx.HTTPError:
                    return  # the server is gone

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    enough.wait(60)  # writes have piled up and are still going on: now kill
    server.kill()
    stop.set()
    for t in threads:
        t.join(30)
    assert len(acknowledged) >= 12, "the writers did not get going"

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT username, email, password_hash FROM altinn_users").fetchall()
    stored = {r[0]: r for r in rows}
    assert set(acknowledged) <= set(stored), f"lost after kill -9: {sorted(set(acknowledged) - set(stored))}"
    for username, email, password_hash in rows:
        assert email == f"{username}@example.com" and password_hash.startswith("$argon2id$"), username

    servers.append(restarted := Server(db))
    with restarted.client() as client:
        assert log_in(client, acknowledged[-1]).status_code == 302


def test_parallel_registrations_of_one_username_create_exactly_one_account(
    tmp_path: Path, servers: list[Server]
) -> None:
    """Eight clients, spread over two processes on one database file, register the same username at once
    (each in its own session, the CSRF token fetched first, then all released together)."""
    db = tmp_path / "t.db"
    servers.extend([Server(db), Server(db)])
    clients = [servers[i % 2].client() for i in range(8)]
    forms = []
    for i, client in enumerate(clients):
        forms.append(
            {
                "csrf_token": csrf(client),
                "username": "Samtidig" if i % 2 else "samtidig",  # the same name in two cases
                "email": f"racer{i}@example.com",
                "password": PASSWORD,
                "confirm_password": PASSWORD,
            }
        )
    barrier = threading.Barrier(len(clients))
    statuses: list[int] = []

    def race(client: httpx.Client, form: dict) -> None:
        barrier.wait()
        statuses.append(client.post(CREATE, data=form, follow_redirects=False).status_code)

    threads = [threading.Thread(target=race, args=pair) for pair in zip(clients, forms, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for client in clients:
        client.close()

    assert sorted(statuses) == [303] + [422] * 7, statuses
    assert [u.casefold() for u in usernames(db)] == ["samtidig"]


def test_every_connection_commits_without_a_full_fsync(tmp_path: Path) -> None:
    """synchronous is per connection: it must be set on each, not only on the one that created the file."""
    db = Database(tmp_path / "t.db")
    db.init([])
    with db.write() as conn:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"

"""Logging in at a relying party of the test environment through ID-porten in one process (TestClient):
the service's start link, ID-porten's TestID page, the redirects between them, up to the service's callback."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from fastapi.testclient import TestClient

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def follow_to(client: TestClient, location: str, stop: str):
    """GET `location` and follow redirects until one leads to a path starting with `stop` (not followed)."""
    while not urlsplit(location).path.startswith(stop):
        answer = client.get(path_of(location))
        assert answer.status_code == 303, (location, answer.status_code, answer.text[:300])
        location = answer.headers["location"]
    return location


def log_in_with_testid(client: TestClient, start: str, pid: str, level: int, *, callback: str = "/udi/oidc/callback"):
    """From the service's start link to its callback's answer, logged in with TestID at `level` (or at once,
    when ID-porten's session already has the level: single sign-on)."""
    started = client.get(start)
    assert started.status_code == 303, started.text[:300]
    authorized = client.get(path_of(started.headers["location"]))
    assert authorized.status_code == 303, authorized.text[:300]
    location = authorized.headers["location"]
    if not urlsplit(location).path.startswith(callback):
        lang = urlsplit(location).path.split("/")[2]  # the eID choice, /idporten/{lang}/
        token = CSRF.search(client.get(f"/idporten/{lang}/testid").text).group(1)
        done = client.post(f"/idporten/{lang}/testid", data={"pid": pid, "level": str(level), "csrf_token": token})
        assert done.status_code == 303, done.text[:300]
        location = follow_to(client, done.headers["location"], callback)
    return client.get(path_of(location))

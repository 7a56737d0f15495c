"""Control API of the Altinn service: seed self-identified users, inspect them, make a logged-in session."""

from __future__ import annotations

import time

from fastapi import HTTPException, Request
from pydantic import BaseModel, Field

from testenv.core.control import control_router
from testenv.core.sessions import COOKIE, create_session
from testenv.core.state import env_of
from testenv.services.altinn import store

router = control_router()


class UserIn(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    email: str = Field(min_length=3, max_length=254)
    password: str = Field(min_length=1, max_length=200)


@router.post("/altinn/users", status_code=201)
def seed_user(body: UserIn, request: Request) -> dict:
    """Seeds bypass the form rules on purpose (a test may need a legacy account), but not uniqueness."""
    password_hash = request.app.state.passwords.hash(body.password)
    with env_of(request).db.write() as conn:
        if not store.insert(conn, body.username, body.email, password_hash, time.time()):
            raise HTTPException(409, "username already taken, or too similar to one that is")
    return {"username": body.username, "email": body.email}


@router.get("/altinn/users/{username}")
def get_user(username: str, request: Request) -> dict:
    with env_of(request).db.read() as conn:
        user = store.find(conn, username)
        count = conn.execute(
            "SELECT count(*) FROM altinn_users WHERE username_key = ?", (store.key(username),)
        ).fetchone()[0]
    if user is None:
        raise HTTPException(404, "no such user")
    return {
        "username": user.username,
        "email": user.email,
        "locked_until": user.locked_until,
        "failed_logins": user.failed_logins,
        "count_same_key": count,
    }


@router.get("/altinn/users")
def count_users(request: Request, username: str = "") -> dict:
    """How many accounts answer to this username in any case (a refused form must create none)."""
    with env_of(request).db.read() as conn:
        count = conn.execute(
            "SELECT count(*) FROM altinn_users WHERE lower(username) = lower(?)", (username,)
        ).fetchone()[0]
    return {"username": username, "count": count}


class SessionIn(BaseModel):
    username: str


@router.post("/altinn/sessions", status_code=201)
def make_session(body: SessionIn, request: Request) -> dict:
    with env_of(request).db.read() as conn:
        user = store.find(conn, body.username)
    if user is None:
        raise HTTPException(404, "no such user")
    data = {"altinn_user": user.username, "altinn_level": 0}
    sid = create_session(env_of(request).db, data, owner=f"altinn:{user.id}")
    return {"cookie": {"name": COOKIE, "value": sid}}

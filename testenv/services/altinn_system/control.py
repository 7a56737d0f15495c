"""Control API of Altinn's advanced settings, code letters and end-user systems: preconditions without
the UI, and read-outs of what was stored (never a password or its hash)."""

from __future__ import annotations

import time

from fastapi import HTTPException, Request
from pydantic import BaseModel, Field

from testenv.core.control import control_router
from testenv.core.sessions import COOKIE, create_session
from testenv.core.state import env_of
from testenv.core.validation import RowId
from testenv.services.altinn_system import api, auth, store
from testenv.services.altinn_system.login_routes import letter_digest
from testenv.services.altinn_system.rules import normalise_mobile
from testenv.services.register import find_person

router = control_router()
PID = Field(pattern=r"^\d{11}$")


class LoginInfoIn(BaseModel):
    pid: str = PID
    username: str | None = Field(default=None, max_length=64)
    password: str | None = Field(default=None, min_length=1, max_length=200)
    mobile: str = Field(default="", max_length=20)
    allow_level3: bool = False
    allow_system: bool = False


@router.put("/altinn-system/login-info/{pid}")
def put_login_info(pid: str, body: LoginInfoIn, request: Request) -> dict:
    """Seeds bypass the form's rules on purpose (a legacy password with '@'), but not username uniqueness."""
    if pid != body.pid:
        raise HTTPException(422, "the pid in the path and the body differ")
    password_hash = request.app.state.passwords.hash(body.password) if body.password else None
    with env_of(request).db.write() as conn:
        saved = store.save_login_info(
            conn,
            body.pid,
            body.username or None,
            password_hash,
            normalise_mobile(body.mobile),
            body.allow_level3,
            body.allow_system,
            keep_password=False,
        )
    if not saved:
        raise HTTPException(409, "username already taken, or too similar to one that is")
    return get_login_info(body.pid, request)


@router.get("/altinn-system/login-info/{pid}")
def get_login_info(pid: str, request: Request) -> dict:
    with env_of(request).db.read() as conn:
        info = store.login_info(conn, pid)
    if info is None:
        raise HTTPException(404, "no login information for this person")
    return {
        "pid": info.pid,
        "username": info.username,
        "has_password": info.has_password,
        "mobile": info.mobile,
        "allow_level3": info.allow_level3,
        "allow_system": info.allow_system,
        "failed_attempts": info.failed_attempts,
        "locked_until": info.locked_until,
    }


class SystemIn(BaseModel):
    owner_pid: str = PID
    name: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=200)


@router.post("/altinn-system/systems", status_code=201)
def seed_system(body: SystemIn, request: Request) -> dict:
    password_hash = request.app.state.passwords.hash(body.password)
    with env_of(request).db.write() as conn:
        system_id = store.add_system(conn, body.owner_pid, body.name, password_hash, time.time())
    return {"system_id": system_id, "name": body.name, "owner_pid": body.owner_pid}


@router.get("/altinn-system/systems/{system_id}")
def get_system(system_id: RowId, request: Request) -> dict:
    with env_of(request).db.read() as conn:
        found = store.system(conn, system_id)
    if found is None:
        raise HTTPException(404, "no such system")
    return {
        "system_id": found.id,
        "owner_pid": found.owner_pid,
        "name": found.name,
        "failed_attempts": found.failed_attempts,
        "locked_until": found.locked_until,
    }


@router.get("/altinn-system/submissions")
def get_submissions(request: Request, system_id: RowId | None = None, pid: str | None = None) -> list[dict]:
    with env_of(request).db.read() as conn:
        return store.submissions(conn, system_id, pid)


class LetterIn(BaseModel):
    pid: str = PID


@router.post("/altinn-system/letters", status_code=201)
def seed_letter(body: LetterIn, request: Request) -> dict:
    """A code letter already received (cancels earlier ones, as ordering does); no post is sent."""
    with env_of(request).db.write() as conn:
        letter = store.new_letter(conn, body.pid, time.time(), letter_digest(request))
    return {"pid": body.pid, "codes": list(letter.codes)}


@router.get("/altinn-system/letters/{pid}")
def get_letters(pid: str, request: Request) -> dict:
    with env_of(request).db.read() as conn:
        letters = store.active_letters(conn, pid)
    # Only how many codes and which are used: the codes are kept as keyed hashes (the seeding POST and the
    # letterbox show the printed codes).
    return {"active": [{"codes": len(x.code_hashes), "used": sorted(x.used)} for x in letters]}


class SessionIn(BaseModel):
    pid: str = PID
    level: int = Field(ge=1, le=3)
    method: str = Field(default="password", pattern=r"^(password|sms|code-letter)$")


@router.post("/altinn-system/sessions", status_code=201)
def make_session(body: SessionIn, request: Request) -> dict:
    """A browser session logged in to Altinn with an alternative method at `level` (no UI)."""
    with env_of(request).db.read() as conn:
        person = find_person(conn, body.pid)
    name = person.name if person else body.pid
    data = {"altinn_user": name, "altinn_level": body.level, "altinn_pid": body.pid, "altinn_method": body.method}
    sid = create_session(env_of(request).db, data)
    return {"cookie": {"name": COOKIE, "value": sid}}


@router.get("/altinn-system/config")
def get_config(request: Request) -> dict:
    """The deployment's limits, so tests follow a configured lockout threshold (domain-facts §1.6: 3 or 10)."""
    settings = env_of(request).settings
    return {
        "lockout_threshold": settings.lockout_threshold,
        "lockout_minutes": settings.lockout_minutes,
        "code_valid_s": int(auth.CODE_VALID.total_seconds()),
        "api_session_valid_s": int(api.SESSION_VALID.total_seconds()),
    }

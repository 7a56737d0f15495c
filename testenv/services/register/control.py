"""Control API of the register: seed synthetic people (optionally with an active MinID), read them,
and per-scope overrides of the deployment's identity-number settings."""

from __future__ import annotations

import time

from fastapi import HTTPException, Request
from pydantic import BaseModel, Field

from testenv.core.control import control_router
from testenv.core.state import env_of
from testenv.services.register import identity
from testenv.services.register.store import EIDS, Person, find_person, insert_person, save_scope_setting

router = control_router()
MOBILE_DIGITS = 8


class PersonIn(BaseModel):
    pid: str = Field(min_length=11, max_length=11)
    name: str = Field(min_length=1, max_length=200)
    residential_address: str = Field(min_length=1, max_length=500)
    postal_address: str | None = Field(default=None, max_length=500)
    mobile: str = Field(default="", max_length=20)
    eids: list[str] = Field(default_factory=lambda: ["bankid"])
    minid_password: str | None = Field(default=None, min_length=1, max_length=200)
    minid_email: str | None = Field(default=None, max_length=254)


@router.post("/register/persons", status_code=201)
def seed_person(body: PersonIn, request: Request) -> dict:
    """Seeds need a valid number (synthetic ones too, whatever the deployment accepts in forms)."""
    try:
        number = identity.parse(body.pid)
    except identity.InvalidIdentityNumber as exc:
        raise HTTPException(422, f"pid is not a valid identity number ({exc.reason})") from exc
    unknown = set(body.eids) - set(EIDS)
    if unknown:
        raise HTTPException(422, f"unknown eids {sorted(unknown)}; known: {list(EIDS)}")
    if body.mobile and not (body.mobile.isdigit() and len(body.mobile) == MOBILE_DIGITS):
        raise HTTPException(422, "mobile is 8 digits (or empty)")
    eids = list(dict.fromkeys(body.eids + (["minid"] if body.minid_password else [])))
    if "minid" in eids and body.minid_password and not body.mobile:
        raise HTTPException(422, "an active MinID needs a mobile number for its one-time codes")
    person = Person(
        pid=number.value,
        name=body.name,
        birth_date=number.birth_date,
        postal_address=body.postal_address or None,
        residential_address=body.residential_address,
        mobile=body.mobile,
        eids=tuple(eids),
    )
    password_hash = request.app.state.passwords.hash(body.minid_password) if body.minid_password else None
    with env_of(request).db.write() as conn:
        if not insert_person(conn, person):
            raise HTTPException(409, "this identity number is already registered")
        if password_hash:
            from testenv.services.minid.store import insert_account  # minid builds on the register

            insert_account(conn, person.pid, password_hash, person.mobile, body.minid_email or "", time.time())
    return {**person.as_json(), "minid": bool(password_hash)}


@router.get("/register/persons/{pid}")
def get_person(pid: str, request: Request) -> dict:
    with env_of(request).db.read() as conn:
        person = find_person(conn, pid)
    if person is None:
        raise HTTPException(404, "no such person")
    return person.as_json()


class ScopeSettingsIn(BaseModel):
    accept_synthetic: bool | None = None


@router.put("/register/scopes/{sid}")
def put_scope_settings(sid: str, body: ScopeSettingsIn, request: Request) -> dict:
    """Overrides --no-synthetic for one test's scope only (None: back to the deployment's setting)."""
    if len(sid) > 64:
        raise HTTPException(422, "A scope id has at most 64 characters.")
    with env_of(request).db.write() as conn:
        save_scope_setting(conn, sid, body.accept_synthetic)
    return {"scope": sid, "accept_synthetic": body.accept_synthetic}

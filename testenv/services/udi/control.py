"""Control API of the UDI portal: seed accounts and applications, count and list them, sessions."""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import HTTPException, Query, Request
from pydantic import BaseModel, Field

from testenv.core import oidc_rp
from testenv.core.control import control_router
from testenv.core.sessions import COOKIE, create_session
from testenv.core.state import env_of
from testenv.core.validation import PID_PATTERN
from testenv.services.idporten.control_sessions import logged_in_cookies, minted_login
from testenv.services.idporten.levels import EID_AMR, HIGH, login_data
from testenv.services.udi import auth, eid, store

router = control_router()


class AccountIn(BaseModel):
    email: str = Field(min_length=3, max_length=254)
    password: str = Field(min_length=1, max_length=200)
    name: str = Field(min_length=1, max_length=100)


@router.post("/udi/accounts", status_code=201)
def seed_account(body: AccountIn, request: Request) -> dict:
    """Seeds bypass the password rules on purpose (a legacy account with '@' in its password), but not
    the one-account-per-address rule."""
    password_hash = request.app.state.passwords.hash(body.password)
    with env_of(request).db.write() as conn:
        account_id = store.insert_password_account(conn, body.email, body.name, password_hash, time.time())
    if account_id is None:
        raise HTTPException(409, "there is already an account with this e-mail address")
    return {"id": account_id, "email": body.email, "name": body.name}


@router.get("/udi/accounts")
def count_accounts(request: Request, email: str = "") -> dict:
    """How many username/password accounts answer to this address in any case."""
    with env_of(request).db.read() as conn:
        return {"email": email, "count": store.count_by_email(conn, email)}


class OwnerIn(BaseModel):
    """An account: a username/password one by `email`, or an ID-porten one by `pid` (+ `name`)."""

    email: str | None = None
    pid: str | None = Field(default=None, pattern=PID_PATTERN)
    name: str | None = Field(default=None, max_length=100)


def _owner(request: Request, owner: OwnerIn, *, create: bool) -> store.Account:
    if (owner.email is None) == (owner.pid is None):
        raise HTTPException(422, "give either email or pid")
    with env_of(request).db.write() as conn:
        if owner.email is not None:
            account = store.find_by_email(conn, owner.email)
        elif create:
            account = store.idporten_account(conn, owner.pid or "", owner.name or "Ukjent navn", time.time())
        else:
            account = store.find_by_pid(conn, owner.pid or "")
    if account is None:
        raise HTTPException(404, "no such account")
    return account


@router.get("/udi/applications")
def list_applications(
    request: Request, email: str | None = None, pid: Annotated[str | None, Query(pattern=PID_PATTERN)] = None
) -> dict:
    """The applications of one account (an unknown account has none)."""
    try:
        account = _owner(request, OwnerIn(email=email, pid=pid), create=False)
    except HTTPException as exc:
        if exc.status_code == 404:
            return {"account": None, "applications": []}
        raise
    with env_of(request).db.read() as conn:
        listed = store.applications_of(conn, account.id)
    return {"account": {"id": account.id, "kind": account.kind}, "applications": [a.as_dict() for a in listed]}


class ApplicationIn(OwnerIn):
    relation: str = Field(default="self", pattern="^(self|family|employee)$")
    applicant_name: str | None = Field(default=None, max_length=100)
    kind: str = Field(default="work", pattern="^(work|family|study|visit)$")


@router.post("/udi/applications", status_code=201)
def seed_application(body: ApplicationIn, request: Request) -> dict:
    """An application in an existing password account, or in the person's ID-porten account (made if
    needed, as the first ID-porten log-in would)."""
    account = _owner(request, body, create=True)
    applicant = account.name if body.relation == "self" else (body.applicant_name or "")
    if not applicant:
        raise HTTPException(422, "applicant_name is needed when applying for someone else")
    with env_of(request).db.write() as conn:
        reference = store.add_application(conn, account.id, body.relation, applicant, body.kind, time.time())
    return {"reference": reference}


@router.post("/udi/sessions", status_code=201)
async def make_session(body: OwnerIn, request: Request) -> dict:
    """A browser session logged in to the UDI portal. An ID-porten account gets there as after a real log-in
    with BankID (level 4): ID-porten mints the ID token, and UDI's relying party validates it (signature from
    the JWKS, iss, aud, exp, nonce, acr) before the session is made; ID-porten's own session comes with it (on its
    own origin a cookie of its own: control_sessions). "cookies" names each cookie's service."""
    account = _owner(request, body, create=True)
    data: dict = {"udi_account": account.id}
    owner = auth.owner(account.id)
    if account.kind != "idporten":
        sid = create_session(env_of(request).db, data, owner=owner)
        return {"cookie": {"name": COOKIE, "value": sid}, "cookies": [{"name": COOKIE, "value": sid, "service": "udi"}]}
    login, idporten_sid = await minted_login(
        request, eid.RP, "en", pid=account.pid or "", name=account.name, acr=HIGH, amr=EID_AMR["bankid"]
    )
    data[eid.RP.session_key] = {"login": oidc_rp.login_record(login)}
    idporten_login = login_data(account.pid or "", account.name, 4, "bankid", time.time())
    return logged_in_cookies(request, "udi", data, idporten_login, idporten_sid, owner=owner)


class RegistrationIn(BaseModel):
    email: str = Field(min_length=3, max_length=254)


@router.post("/udi/registrations", status_code=201)
def verified_registration(body: RegistrationIn, request: Request) -> dict:
    """A browser session whose e-mail address is already verified: the next screen is "Choose a password
    and enter your name" (the code step is tested on its own)."""
    sid = create_session(env_of(request).db, {"udi_reg": {"email": body.email, "verified": True}})
    return {"cookie": {"name": COOKIE, "value": sid}}

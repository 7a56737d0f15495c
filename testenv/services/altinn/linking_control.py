"""Control API of Altinn's inbox messages and linked accounts: seed a message, seed a link, read the links."""

from __future__ import annotations

from fastapi import HTTPException, Request
from pydantic import BaseModel, Field, model_validator

from testenv.core.clock import now
from testenv.core.control import control_router
from testenv.core.state import env_of
from testenv.services.altinn import links, store
from testenv.services.idporten import email_login

router = control_router()


class MessageIn(BaseModel):
    """A message in the inbox of an old account (`username`) or of an e-mail account (`email`), sent now on the
    test's clock."""

    title: str = Field(min_length=1, max_length=200)
    username: str = Field(default="", max_length=64)
    email: str = Field(default="", max_length=email_login.MAX_ADDRESS)

    @model_validator(mode="after")
    def _one_owner(self) -> MessageIn:
        if bool(self.username) == bool(self.email):
            raise ValueError("give either username (an old account) or email (an e-mail account)")
        return self


def _old_account(conn, username: str) -> store.User:
    user = store.find(conn, username)
    if user is None:
        raise HTTPException(404, "no such self-identified user")
    return user


def _address(email: str) -> str:
    if not email_login.well_formed(email):
        raise HTTPException(422, "email is not a well-formed address")
    return email_login.normalised(email)


@router.post("/altinn/messages", status_code=201)
def seed_message(body: MessageIn, request: Request) -> dict:
    with env_of(request).db.write() as conn:
        if body.username:
            user = _old_account(conn, body.username)
            party = links.legacy(user.id, user.username).key
        else:
            party = links.email_party(_address(body.email)).key
        message_id = links.add_message(conn, party, body.title, now(request).timestamp())
    return {"id": message_id, "title": body.title}


class LinkIn(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    email: str = Field(min_length=3, max_length=email_login.MAX_ADDRESS)


@router.post("/altinn/links", status_code=201)
def seed_link(body: LinkIn, request: Request) -> dict:
    """An old account already linked to an e-mail account (as if that person had linked it)."""
    address = _address(body.email)
    with env_of(request).db.write() as conn:
        user = _old_account(conn, body.username)
        holder = links.link(conn, user.id, address, now(request).timestamp())
    if holder is not None:
        raise HTTPException(409, f"the account is already linked to another e-mail account ({holder})")
    return {"username": user.username, "email": address}


@router.get("/altinn/links")
def get_links(request: Request, email: str = "", username: str = "") -> dict:
    """The old accounts linked to `email`, or the e-mail account `username` is linked to (null if none)."""
    with env_of(request).db.read() as conn:
        if email:
            return {"email": _address(email), "linked": [p.name for p in links.linked_accounts(conn, _address(email))]}
        if username:
            user = _old_account(conn, username)
            return {"username": user.username, "email": links.linked_to(conn, user.id)}
    raise HTTPException(422, "give email or username")

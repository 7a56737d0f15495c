"""Control API of MinID: activation letters as preconditions (ordered "now" on the real clock; a test
then moves its own clock), and reading letters and accounts (never a password hash)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi import HTTPException, Request
from pydantic import BaseModel, Field

from testenv.core.clock import OSLO
from testenv.core.control import control_router
from testenv.core.state import env_of
from testenv.services.minid import store
from testenv.services.minid.routes import activation_digest, new_activation_code
from testenv.services.register import find_person

router = control_router()


class LetterIn(BaseModel):
    pid: str
    days_ago: float = Field(default=0, ge=0, le=3650)


@router.post("/minid/letters", status_code=201)
def seed_letter(body: LetterIn, request: Request) -> dict:
    """A letter as if ordered `days_ago` days ago, to the address the rules choose (no defects apply). The
    answer is the letter as received, code included; the store keeps only the code's keyed hash, so reading
    the letter later (GET) gives no code."""
    settings = env_of(request).settings
    ordered = datetime.now(UTC) - timedelta(days=body.days_ago)
    with env_of(request).db.write() as conn:
        person = find_person(conn, body.pid)
        if person is None:
            raise HTTPException(404, "no such person in the register")
        kind = "postal" if person.postal_address else "residential"
        delivery = ordered.astimezone(OSLO).date() + timedelta(days=14)  # about 10 working days
        code = new_activation_code()
        store.insert_letter(
            conn,
            person.pid,
            activation_digest(request, code),
            person.letter_address,
            kind,
            ordered.timestamp(),
            (ordered + timedelta(days=settings.letter_validity_days)).timestamp(),
            delivery.isoformat(),
        )
        letter = store.latest_letter(conn, person.pid)
    assert letter is not None  # inserted just above, in the same transaction
    return {**letter.as_json(), "code": code}


@router.get("/minid/letters/{pid}")
def get_letter(pid: str, request: Request) -> dict:
    with env_of(request).db.read() as conn:
        letter = store.latest_letter(conn, pid)
        count = conn.execute("SELECT count(*) FROM minid_letters WHERE pid = ?", (pid,)).fetchone()[0]
    if letter is None:
        raise HTTPException(404, "no activation letter for this person")
    return {**letter.as_json(), "count": count}


@router.get("/minid/accounts/{pid}")
def get_account(pid: str, request: Request) -> dict:
    with env_of(request).db.read() as conn:
        account = store.find_account(conn, pid)
    if account is None:
        raise HTTPException(404, "no MinID for this person")
    return {"pid": account.pid, "mobile": account.mobile, "email": account.email}

"""Control API of ID-porten: a browser session already logged in with a given eID (no UI), and the provider
faults of a test's scope (its next ID token to a client forged one way: oidc_faults)."""

from __future__ import annotations

import time

from fastapi import HTTPException, Request
from pydantic import BaseModel

from testenv.core.control import control_router
from testenv.core.sessions import COOKIE, create_session
from testenv.core.state import env_of
from testenv.services.idporten import oidc_store
from testenv.services.idporten.levels import EID_LEVEL, SESSION_KEY, login_data
from testenv.services.idporten.oidc_clients import BY_ID
from testenv.services.idporten.oidc_faults import FAULTS
from testenv.services.register import find_person

router = control_router()


class SessionIn(BaseModel):
    pid: str
    eid: str
    level: int | None = None  # TestID only: 3 or 4


@router.post("/idporten/sessions", status_code=201)
def make_session(body: SessionIn, request: Request) -> dict:
    """The level is the eID's own (MinID 3, the others 4); defects of the log-in pages do not apply."""
    if body.eid == "testid":
        if body.level not in (3, 4):
            raise HTTPException(422, "a TestID session needs level 3 or 4")
        level = body.level
    elif body.eid in EID_LEVEL:
        level = EID_LEVEL[body.eid]
    else:
        raise HTTPException(422, f"eid is one of {[*EID_LEVEL, 'testid']}")
    with env_of(request).db.read() as conn:
        person = find_person(conn, body.pid)
    if person is None:
        raise HTTPException(404, "no such person in the register")
    if body.eid != "testid" and body.eid not in person.eids:
        raise HTTPException(409, f"the person does not hold {body.eid}")
    data = {SESSION_KEY: login_data(person.pid, person.name, level, body.eid, time.time())}
    sid = create_session(env_of(request).db, data)
    return {"cookie": {"name": COOKIE, "value": sid}, "level": level}


class IdTokenFaultIn(BaseModel):
    client_id: str
    fault: str | None  # one of oidc_faults.FAULTS; None clears it


@router.put("/idporten/scopes/{sid}/id-token-fault")
def put_id_token_fault(sid: str, body: IdTokenFaultIn, request: Request) -> dict:
    """The next ID token `/token` issues to `client_id` for a request of scope `sid` (the relying party passes
    the test's scope on its back channel) is wrong in the way `fault` names; it applies once."""
    if len(sid) > 64:
        raise HTTPException(422, "A scope id has at most 64 characters.")
    if body.client_id not in BY_ID:
        raise HTTPException(422, f"client_id is one of {sorted(BY_ID)}")
    if body.fault is not None and body.fault not in FAULTS:
        raise HTTPException(422, f"fault is one of {sorted(FAULTS)} (or null)")
    oidc_store.save_id_token_fault(request, sid, body.client_id, body.fault)
    return {"scope": sid, "client_id": body.client_id, "fault": body.fault}

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
from testenv.services.idporten.control_identity import session_identity
from testenv.services.idporten.levels import SESSION_KEY, login_data
from testenv.services.idporten.oidc_clients import BY_ID
from testenv.services.idporten.oidc_faults import FAULTS

router = control_router()


class SessionIn(BaseModel):
    pid: str
    eid: str
    level: int | None = None  # TestID only: 3 or 4


@router.post("/idporten/sessions", status_code=201)
def make_session(body: SessionIn, request: Request) -> dict:
    """The level is the eID's own (MinID 3, the others 4; TestID's as asked); defects of the log-in pages do not
    apply."""
    who = session_identity(request, body.pid, body.eid, body.level)
    level = who.level
    data = {SESSION_KEY: login_data(who.pid, who.name, level, body.eid, time.time())}
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

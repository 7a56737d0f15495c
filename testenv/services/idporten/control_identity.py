"""Who a control-API session logs in, decided as the eID's own screen would decide it (ID-porten's and
Altinn's control endpoints share it, so the two cannot drift apart)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import HTTPException, Request

from testenv.core.state import env_of
from testenv.services.idporten.levels import EID_LEVEL
from testenv.services.register import find_person
from testenv.services.register.identity import InvalidIdentityNumber, parse


@dataclass(frozen=True)
class SessionIdentity:
    pid: str
    name: str
    level: int


def session_identity(request: Request, pid: str, eid: str, level: int | None) -> SessionIdentity:
    """MinID at level 3 and the other eIDs at 4, for a person of the register who holds the eID; TestID at
    `level` (3 or 4) for any well-formed synthetic number, named by the register when it knows the person and
    by the number otherwise, as TestID's form does (docs/decisions.md, "TestID without a control API")."""
    if eid == "testid":
        if level not in (3, 4):
            raise HTTPException(422, "a TestID session needs level 3 or 4")
    elif eid in EID_LEVEL:
        level = EID_LEVEL[eid]
    else:
        raise HTTPException(422, f"eid is one of {[*EID_LEVEL, 'testid']}")
    with env_of(request).db.read() as conn:
        person = find_person(conn, pid)
    if person is not None:
        if eid != "testid" and eid not in person.eids:
            raise HTTPException(409, f"the person does not hold {eid}")
        return SessionIdentity(person.pid, person.name, level)
    if eid == "testid" and _synthetic(pid):
        return SessionIdentity(pid, pid, level)
    raise HTTPException(404, "no such person in the register")


def _synthetic(pid: str) -> bool:
    try:
        return parse(pid).synthetic
    except InvalidIdentityNumber:
        return False

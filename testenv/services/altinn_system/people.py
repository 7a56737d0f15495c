"""Who is logged in to Altinn, and logging a person in with an alternative method.

A person reaches Altinn either through ID-porten (Altinn's relying party, altinn/eid.py: the level is the ID
token's `acr`) or through one of Altinn's own alternative methods. Both write Altinn's own `altinn_*` session
keys; Altinn never reads ID-porten's session (docs/idporten-contract.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from testenv.core.sessions import session_of
from testenv.services.altinn.eid import clear_altinn_session

ALTINN_PID = "altinn_pid"


@dataclass(frozen=True)
class Viewer:
    pid: str
    name: str
    level: int


def current_viewer(request: Request) -> Viewer | None:
    session = session_of(request)
    pid = session.get(ALTINN_PID)
    if pid:
        return Viewer(pid, session.get("altinn_user", pid), int(session.get("altinn_level", 0)))
    return None


def log_in(request: Request, pid: str, name: str, level: int, method: str) -> None:
    """A new log-in replaces any earlier one (a new session id: no fixation)."""
    session = session_of(request)
    session.regenerate()
    clear_altinn_session(request)
    session["altinn_user"] = name or pid
    session["altinn_level"] = level
    session[ALTINN_PID] = pid
    session["altinn_method"] = method

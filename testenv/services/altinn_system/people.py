"""Who is logged in to Altinn, and logging a person in with an alternative method.

A person reaches Altinn either through ID-porten (`current_login`, docs/idporten-contract.md) or through
one of Altinn's own alternative methods, which write the `altinn_*` session keys the inbox reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from testenv.core.sessions import session_of
from testenv.services.idporten import current_login

ALTINN_PID = "altinn_pid"


@dataclass(frozen=True)
class Viewer:
    pid: str
    name: str
    level: int


def current_viewer(request: Request) -> Viewer | None:
    login = current_login(request)
    if login is not None:
        return Viewer(login.pid, login.name, login.level)
    session = session_of(request)
    pid = session.get(ALTINN_PID)
    if pid:
        return Viewer(pid, session.get("altinn_user", pid), int(session.get("altinn_level", 0)))
    return None


def log_in(request: Request, pid: str, name: str, level: int, method: str) -> None:
    """A new log-in replaces any earlier one (a new session id: no fixation)."""
    session = session_of(request)
    session.regenerate()
    for key in [k for k in session if k.startswith("altinn_") or k.startswith("idporten") or k.startswith("altsys_")]:
        del session[key]
    session["altinn_user"] = name or pid
    session["altinn_level"] = level
    session[ALTINN_PID] = pid
    session["altinn_method"] = method

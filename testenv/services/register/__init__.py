"""The synthetic population register (Folkeregisteret) that MinID, ID-porten and UDI look people up in.

Other services use `find_person(conn, pid)` and, for forms, `check_pid(request, raw)`.
"""

from fastapi import APIRouter

from testenv.services.register.control import router as control_router
from testenv.services.register.defects import DEFECTS
from testenv.services.register.lookup import PidCheck, accepts_synthetic, check_pid
from testenv.services.register.store import SCHEMA, Person, add_eid, find_person
from testenv.services.register.texts import TEXTS

router = APIRouter()  # the register has no pages of its own

__all__ = [
    "DEFECTS",
    "SCHEMA",
    "TEXTS",
    "Person",
    "PidCheck",
    "accepts_synthetic",
    "add_eid",
    "check_pid",
    "control_router",
    "find_person",
    "router",
]

"""Altinn's advanced settings (login information, computer systems), the alternative log-in methods
(SMS code, code letter, password only) and the end-user-system submission API (guide 003, guide 000 step 3)."""

from testenv.services.altinn_system.control import router as control_router
from testenv.services.altinn_system.defects import DEFECTS
from testenv.services.altinn_system.routes import router
from testenv.services.altinn_system.store import SCHEMA
from testenv.services.altinn_system.texts import TEXTS

__all__ = ["DEFECTS", "SCHEMA", "TEXTS", "control_router", "router"]

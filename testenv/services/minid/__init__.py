"""MinID (guide 002): activation-letter order and app registration. Log-in with MinID is in ID-porten."""

from testenv.services.minid.control import router as control_router
from testenv.services.minid.defects import DEFECTS
from testenv.services.minid.routes import router
from testenv.services.minid.store import SCHEMA
from testenv.services.minid.texts import TEXTS

__all__ = ["DEFECTS", "SCHEMA", "TEXTS", "control_router", "router"]

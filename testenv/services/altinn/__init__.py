"""Altinn: the portal, its log-in pages and self-identified users (guide 000)."""

from testenv.services.altinn.control import router as control_router
from testenv.services.altinn.defects import DEFECTS
from testenv.services.altinn.email_accounts import SCHEMA as EMAIL_SCHEMA
from testenv.services.altinn.routes import router
from testenv.services.altinn.store import SCHEMA as USERS_SCHEMA
from testenv.services.altinn.texts import TEXTS

SCHEMA = USERS_SCHEMA + EMAIL_SCHEMA

__all__ = ["DEFECTS", "SCHEMA", "TEXTS", "control_router", "router"]

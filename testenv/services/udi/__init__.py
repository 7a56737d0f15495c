"""UDI's application portal (guide 001): user accounts by e-mail and password, log-in with ID-porten at
level 4 only, applications that stay in the account they were made in."""

from fastapi import APIRouter

from testenv.services.udi import applications, faq, login, registration
from testenv.services.udi.control import router as control_router
from testenv.services.udi.defects import DEFECTS
from testenv.services.udi.store import SCHEMA
from testenv.services.udi.texts import TEXTS

router = APIRouter()
for part in (login, registration, applications, faq):
    router.include_router(part.router)

__all__ = ["DEFECTS", "SCHEMA", "TEXTS", "control_router", "router"]

"""MinID (guide 002): activation-letter order and app registration. Log-in with MinID is in ID-porten."""

from fastapi import APIRouter

from testenv.core.control import control_router as _control_router
from testenv.services.minid.store import SCHEMA

router = APIRouter(prefix="/minid")
control_router = _control_router()
TEXTS: dict = {"en": {}, "nb": {}}
DEFECTS: list = []

__all__ = ["DEFECTS", "SCHEMA", "TEXTS", "control_router", "router"]

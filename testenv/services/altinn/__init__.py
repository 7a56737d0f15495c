"""Altinn: the portal, its log-in pages, self-identified users (guide 000) and the linking of old accounts."""

from fastapi import APIRouter

from testenv.core.i18n import merge
from testenv.services.altinn import control, linking, linking_control, linking_texts, links, routes, store, texts
from testenv.services.altinn.defects import DEFECTS

router = APIRouter()
router.include_router(routes.router)
router.include_router(linking.router)
control_router = APIRouter()
control_router.include_router(control.router)
control_router.include_router(linking_control.router)
SCHEMA = store.SCHEMA + links.SCHEMA
TEXTS = merge([texts.TEXTS, linking_texts.TEXTS])

__all__ = ["DEFECTS", "SCHEMA", "TEXTS", "control_router", "router"]

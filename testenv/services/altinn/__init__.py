"""Altinn: the portal, its log-in pages, self-identified users (guide 000), the e-mail log-in's accounts and
the linking of old accounts to them (issue #16)."""

from fastapi import APIRouter

from testenv.core.i18n import merge
from testenv.services.altinn import (
    control,
    email_accounts,
    linking,
    linking_control,
    linking_texts,
    links,
    routes,
    store,
    texts,
)
from testenv.services.altinn.defects import DEFECTS

router = APIRouter()
router.include_router(routes.router)
router.include_router(linking.router)
control_router = APIRouter()
control_router.include_router(control.router)
control_router.include_router(linking_control.router)
SCHEMA = store.SCHEMA + email_accounts.SCHEMA + links.SCHEMA
TEXTS = merge([texts.TEXTS, linking_texts.TEXTS])

__all__ = ["DEFECTS", "SCHEMA", "TEXTS", "control_router", "router"]

"""ID-porten: the choice of eID, log-in with MinID or (simulated) level-4 eIDs, and the levels.

Services read the log-in with `current_login(request)` and check the level with
`require_level(request, acr, lang, client=...)` (see docs/idporten-contract.md).
"""

from fastapi import APIRouter

from testenv.core.i18n import merge
from testenv.services.idporten.control import router as control_router
from testenv.services.idporten.defects import DEFECTS
from testenv.services.idporten.email_routes import router as email_router
from testenv.services.idporten.email_texts import TEXTS as EMAIL_TEXTS
from testenv.services.idporten.levels import HIGH, SUBSTANTIAL, IdportenLogin, current_login, required_level
from testenv.services.idporten.oidc_routes import router as oidc_router
from testenv.services.idporten.oidc_store import SCHEMA
from testenv.services.idporten.oidc_texts import TEXTS as OIDC_TEXTS
from testenv.services.idporten.refusal import authorize_url, level_sufficient, require_level
from testenv.services.idporten.routes import router as screens_router
from testenv.services.idporten.texts import TEXTS as SCREEN_TEXTS

# The log-in lives in the server-side session; the OpenID Provider keeps its key, codes and tokens (SCHEMA).
TEXTS = merge([SCREEN_TEXTS, OIDC_TEXTS, EMAIL_TEXTS])
router = APIRouter()
router.include_router(oidc_router)  # /idporten/authorize etc. before the screens' /idporten/{lang}/...
router.include_router(email_router)  # the e-mail log-in's screens (issue #16)
router.include_router(screens_router)

__all__ = [
    "DEFECTS",
    "HIGH",
    "SCHEMA",
    "SUBSTANTIAL",
    "TEXTS",
    "IdportenLogin",
    "authorize_url",
    "control_router",
    "current_login",
    "level_sufficient",
    "require_level",
    "required_level",
    "router",
]

"""ID-porten: the choice of eID, log-in with MinID or (simulated) level-4 eIDs, and the levels.

Services read the log-in with `current_login(request)` and check the level with
`require_level(request, acr, lang, client=...)` (see docs/idporten-contract.md).
"""

from testenv.services.idporten.control import router as control_router
from testenv.services.idporten.defects import DEFECTS
from testenv.services.idporten.levels import HIGH, SUBSTANTIAL, IdportenLogin, current_login, required_level
from testenv.services.idporten.refusal import authorize_url, level_sufficient, require_level
from testenv.services.idporten.routes import router
from testenv.services.idporten.texts import TEXTS

SCHEMA = ""  # log-ins live in the server-side session

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

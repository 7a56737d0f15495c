"""All public routes of the service: advanced settings, the log-in tabs' actions and the end-user-system API."""

from fastapi import APIRouter

from testenv.services.altinn_system.api import router as api_router
from testenv.services.altinn_system.login_routes import router as login_router
from testenv.services.altinn_system.settings_routes import router as settings_router

router = APIRouter()
router.include_router(api_router)
router.include_router(login_router)
router.include_router(settings_router)

"""Builds the FastAPI application from the core and the services."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp

from testenv.config import Settings
from testenv.core import control, errors, middleware
from testenv.core.captcha import captcha_png
from testenv.core.db import Database
from testenv.core.edge import Edge, security_headers
from testenv.core.i18n import merge
from testenv.core.origins import form_targets
from testenv.core.passwords import Passwords
from testenv.core.state import Environment
from testenv.core.texts import TEXTS as CORE_TEXTS
from testenv.services import SERVICES

STATIC = Path(__file__).resolve().parent / "static"


class App(FastAPI):
    """FastAPI with testenv/core/edge.py around everything, Starlette's own 500 handling included."""

    def build_middleware_stack(self) -> ASGIApp:
        return Edge(super().build_middleware_stack(), security_headers(form_targets(self.state.env.settings)))


def create_app(settings: Settings) -> FastAPI:
    app = App(docs_url=None, redoc_url=None, openapi_url=None)
    db = Database(settings.db_path)
    db.init([service.SCHEMA for service in SERVICES])
    app.state.env = Environment(settings, db, settings.captcha_mode, set(settings.defects))
    app.state.texts = merge([CORE_TEXTS, *(service.TEXTS for service in SERVICES)])
    app.state.defects = {d.name: d for service in SERVICES for d in service.DEFECTS}
    unknown = set(settings.defects) - set(app.state.defects)
    if unknown:
        raise ValueError(f"unknown defects: {sorted(unknown)} (python -m testenv --list-defects lists them)")
    app.state.passwords = Passwords(settings)

    middleware.install(app)
    errors.install(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/captcha/{cid}.png", include_in_schema=False)
    def captcha_image(cid: str, request: Request) -> Response:
        png = captcha_png(request, cid)
        if png is None:
            return JSONResponse({"error": "no such captcha"}, status_code=404)
        return Response(png, media_type="image/png")

    if settings.test_mode:
        app.include_router(control.router)
        for service in SERVICES:
            app.include_router(service.control_router)
    for service in SERVICES:
        app.include_router(service.router)
    return app

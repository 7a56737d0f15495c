"""HTTP middleware: security headers, body-size limit, injected faults, and session load/save."""

from __future__ import annotations

import asyncio
import random

from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse

from testenv.core.sessions import load_session, save_session
from testenv.core.state import env_of

MAX_BODY_BYTES = 1_000_000
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cache-Control": "no-store",
}
UNFAULTED_PREFIXES = ("/__testenv__", "/healthz", "/static")
JSON_PREFIXES = ("/__testenv__", "/api/")


def install(app: FastAPI) -> None:
    @app.middleware("http")
    async def sessions(request: Request, call_next) -> Response:
        request.state.session = load_session(request)
        response = await call_next(request)
        save_session(request, response)
        return response

    @app.middleware("http")
    async def faults(request: Request, call_next) -> Response:
        settings = env_of(request).settings
        if settings.test_mode and not request.url.path.startswith(UNFAULTED_PREFIXES):
            low, high = settings.latency_ms
            if high > 0:
                await asyncio.sleep(random.uniform(low, high) / 1000)
            if settings.error_rate > 0 and random.random() < settings.error_rate:
                return HTMLResponse(
                    "<!doctype html><title>500</title><h1>Internal Server Error</h1>"
                    "<p>Injected fault (test environment started with --error-rate).</p>",
                    status_code=500,
                )
        return await call_next(request)

    @app.middleware("http")
    async def refuse_nul(request: Request, call_next) -> Response:
        """NUL cannot be typed and truncates text in C libraries, logs and mail headers: a request carrying
        one in its address or JSON body is refused whole (forms are checked field by field in forms.py)."""
        in_address = "\x00" in request.scope.get("path", "") or b"%00" in request.scope.get("query_string", b"").lower()
        in_json = False
        if not in_address and request.method in ("POST", "PUT", "PATCH") and request.url.path.startswith(JSON_PREFIXES):
            body = await request.body()  # cached by Starlette and handed on to the route
            in_json = b"\x00" in body or b"\\u0000" in body
        if in_address or in_json:
            from testenv.core.errors import error_response  # errors imports forms; imported late to stay acyclic

            return error_response(request, 400, "error.nul")
        return await call_next(request)

    @app.middleware("http")
    async def body_limit(request: Request, call_next) -> Response:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse({"error": "The request body is too large or its length is invalid."}, 413)
        return await call_next(request)

    @app.middleware("http")
    async def security_headers(request: Request, call_next) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

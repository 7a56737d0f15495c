"""HTTP middleware: each service on its own origin, NUL and lone surrogates refused, injected faults, and
session load/save.

The security headers, the body limit and the control API's gate sit outside all of these, in edge.py.
"""

from __future__ import annotations

import asyncio
import json
import random

from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse

from testenv.core.defects import defect_on
from testenv.core.edge import MAX_BODY_BYTES, SECURITY_HEADERS
from testenv.core.oidc_rp import IDPORTEN_BEHIND_SERVICE
from testenv.core.origins import home_of, misdirected, owner_of_path
from testenv.core.sessions import load_session, save_session
from testenv.core.state import env_of
from testenv.core.validation import SURROGATE_ESCAPE, lone_surrogate_at

__all__ = ["MAX_BODY_BYTES", "SECURITY_HEADERS", "install"]
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
        if request.method in ("POST", "PUT", "PATCH") and request.url.path.startswith(JSON_PREFIXES):
            refusal = _surrogate_refusal(await request.body())
            if refusal is not None:
                return refusal
        return await call_next(request)

    @app.middleware("http")
    async def own_origins(request: Request, call_next) -> Response:
        """Outermost: a service's page asked for on another service's origin is not found there (no session is
        loaded or made for it); "/" of ID-porten's, MinID's or UDI's origin leads to its front page."""
        settings = env_of(request).settings
        host = request.headers.get("host", "")
        if request.url.path == "/" and (home := home_of(settings, host)):
            return RedirectResponse(home, status_code=303)
        if misdirected(settings, host, request.scope.get("server"), request.url.path) and not _proxied(request):
            from testenv.core.errors import error_response  # errors imports forms; imported late to stay acyclic

            return error_response(request, 404, "error.not_found")
        return await call_next(request)


def _proxied(request: Request) -> bool:
    """ID-porten's page on a relying party's origin, with the defect that sends the browser there."""
    return owner_of_path(request.url.path) == "idporten" and defect_on(request, IDPORTEN_BEHIND_SERVICE)


def _surrogate_refusal(body: bytes) -> Response | None:
    """422 for a JSON body with a lone surrogate ("\\ud800") in a key or string: no route, store or encoder
    downstream can handle one, and each would fail differently (most as a 500)."""
    if not SURROGATE_ESCAPE.search(body):
        return None
    try:
        where = lone_surrogate_at(json.loads(body))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None  # not JSON: the route answers that
    if where is None:
        return None  # surrogate pairs only: real characters
    message = f"{where} holds a lone surrogate (such as \\ud800), which is not a character. Send text as UTF-8."
    return JSONResponse(
        {"error": message, "code": "invalid", "details": [{"field": where, "message": message}]},
        status_code=422,
    )

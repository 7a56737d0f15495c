"""Every failure answers with a clear page (or JSON for APIs); bad input is never a 5xx."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from testenv.core.forms import BadRequest
from testenv.core.i18n import translator
from testenv.core.templating import render

log = logging.getLogger("testenv")
JSON_PREFIXES = ("/__testenv__", "/api/")


def _lang(request: Request) -> str:
    first = request.url.path.strip("/").split("/")
    for part in first[:2]:
        if part in ("en", "nb", "nn"):
            return part
    return "en"


def _page(request: Request, status: int, key: str, **params: str) -> Response:
    if request.url.path.startswith(JSON_PREFIXES):
        return JSONResponse({"error": translator(request, "en")(key, **params)}, status_code=status)
    lang = _lang(request)
    return render(request, "error.html", lang, status=status, message=translator(request, lang)(key, **params))


def error_response(request: Request, status: int, key: str, **params: str) -> Response:
    """The error page (or JSON) for code outside the exception handlers, such as middleware."""
    return _page(request, status, key, **params)


def install(app: FastAPI) -> None:
    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest) -> Response:
        return _page(request, exc.status, exc.message_key, **exc.params)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith(JSON_PREFIXES):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        key = {404: "error.not_found", 405: "error.method"}.get(exc.status_code, "error.bad_form")
        return _page(request, exc.status_code, key)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith(JSON_PREFIXES):
            errors = [{"field": ".".join(str(p) for p in e["loc"]), "message": e["msg"]} for e in exc.errors()]
            return JSONResponse({"error": "The request was not valid.", "details": errors}, status_code=422)
        # A page's path or query holds a value it cannot use (an id past the range of any id, say).
        where = next((str(e["loc"][-1]) for e in exc.errors() if e.get("loc")), "")
        return _page(request, 422, "error.bad_value", field=where[:64])

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return _page(request, 500, "error.internal")

"""The outermost layer of the app (pure ASGI, outside Starlette's own error handling), for every request:

1. the security headers go on every answer, whatever produced it: a route, an exception handler, this
   layer, or Starlette's 500 page for an unexpected error (which is sent from outside all user middleware);
2. the control API's gate (loopback address, X-Testenv-Token) is checked from the headers alone, before a
   byte of the body is read: a refused request costs nothing;
3. the body is read here, in full, before any other code runs, and refused with 413 as soon as it passes the
   limit, whether it declares a Content-Length or comes chunked: at most MAX_BODY_BYTES are ever held.
   The app then gets the body replayed from memory (Starlette would otherwise buffer it unbounded).
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 1_000_000
CONTROL_PREFIX = "/__testenv__"
JSON_PREFIXES = (CONTROL_PREFIX, "/api/")
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
TOO_LARGE = "The request body is too large (at most 1 MB) or its length is invalid."


class BodyTooLarge(Exception):
    pass


class Disconnected(Exception):
    pass


def security_headers(form_targets: list[str]) -> dict[str, str]:
    """SECURITY_HEADERS with the other origins a form may end on after its redirects (a log-in at ID-porten
    returning to the service, a log-out sent on to ID-porten): Chromium applies form-action to each redirect."""
    if not form_targets:
        return SECURITY_HEADERS
    sources = " ".join(["'self'", *form_targets])
    csp = SECURITY_HEADERS["Content-Security-Policy"].replace("form-action 'self'", f"form-action {sources}")
    return {**SECURITY_HEADERS, "Content-Security-Policy": csp}


class Edge:
    def __init__(self, app: ASGIApp, headers: dict[str, str] | None = None) -> None:
        self.app = app
        self.headers = headers or SECURITY_HEADERS

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_security_headers(send, self.headers)
        path = scope.get("path", "")
        if path.startswith(CONTROL_PREFIX):
            refused = _control_gate(scope)
            if refused is not None:
                await refused(scope, receive, send)
                return
        try:
            body = await read_body(scope, receive, MAX_BODY_BYTES)
        except BodyTooLarge:
            await _too_large(scope)(scope, receive, send)
            return
        except Disconnected:
            return
        await self.app(scope, _replay(body, receive), send)


def _with_security_headers(send: Send, security: dict[str, str]) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableHeaders(raw=list(message.get("headers", [])))
            for name, value in security.items():
                headers.setdefault(name, value)
            message = {**message, "headers": headers.raw}
        await send(message)

    return sending


def _control_gate(scope: Scope) -> Response | None:
    """The control API's refusal from the headers alone, or None when it may go on (the route's own
    dependency checks the same again)."""
    from testenv.core.control import gate_refusal  # control imports the routers' helpers; keep this module light

    app = scope.get("app")
    settings = app.state.env.settings if app is not None else None
    if settings is None or not settings.test_mode:
        return None  # no control API: the router answers 404 (after a bounded read)
    request = Request(scope)
    refusal = gate_refusal(request.client.host if request.client else "", request.headers, settings)
    if refusal is None:
        return None
    status, message = refusal
    return JSONResponse({"error": message}, status_code=status)


async def read_body(scope: Scope, receive: Receive, limit: int) -> bytes:
    """The whole body, or BodyTooLarge as soon as it passes `limit` (never reading further)."""
    declared = _declared_length(scope)
    if declared is not None and declared > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise Disconnected
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name.lower() == b"content-length":
            if not value.isdigit():
                raise BodyTooLarge  # a length that is no number is refused the same way
            return int(value)
    return None


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body once, then the real channel (which tells of a disconnect while the answer is written)."""
    pending = True

    async def replaying() -> Message:
        nonlocal pending
        if pending:
            pending = False
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replaying


def _too_large(scope: Scope) -> Response:
    if scope.get("path", "").startswith(JSON_PREFIXES) or scope.get("app") is None:
        response: Response = JSONResponse({"error": TOO_LARGE}, status_code=413)
    else:
        from testenv.core.errors import error_response  # errors renders pages; imported late to stay acyclic

        response = error_response(Request(scope), 413, "error.too_large")
    response.headers["Connection"] = "close"  # the rest of the body is never read
    return response

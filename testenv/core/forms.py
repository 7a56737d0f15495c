"""Reading POSTed forms safely: CSRF check, one value per field, clear refusals for broken requests."""

from __future__ import annotations

import hmac
import secrets

from fastapi import Request
from starlette.datastructures import FormData, UploadFile

from testenv.core.sessions import session_of

MAX_FIELD_CHARS = 10_000


class BadRequest(Exception):
    """A request that cannot be understood; answered with 400 and `message` (never a 5xx)."""

    def __init__(self, message_key: str, status: int = 400, **params: str) -> None:
        super().__init__(message_key)
        self.message_key = message_key
        self.status = status
        self.params = params


def csrf_token(request: Request) -> str:
    session = session_of(request)
    token = session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return token


async def require_form(request: Request) -> FormData:
    """The POSTed form, after its CSRF token is checked against the session's."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        raise BadRequest("error.content_type", status=415)
    try:
        form = await request.form(max_files=0, max_fields=50)
    except Exception as exc:  # malformed bodies of every kind end here, never as a 5xx
        raise BadRequest("error.bad_form") from exc
    expected = session_of(request).get("csrf")
    sent = form.getlist("csrf_token")
    if (
        not expected
        or len(sent) != 1
        or not isinstance(sent[0], str)
        or not hmac.compare_digest(sent[0].encode(), expected.encode())
    ):
        raise BadRequest("error.csrf", status=403)
    for name, value in form.multi_items():
        if isinstance(value, str) and "\x00" in value:  # cannot be typed; would truncate in C, logs, mail
            raise BadRequest("error.nul_field", field=name[:64])
    return form


def field(form: FormData, name: str) -> str:
    """One text value, '' when missing; a duplicated, file or oversized field is a bad request."""
    values = form.getlist(name)
    if not values:
        return ""
    if len(values) > 1:
        raise BadRequest("error.duplicate_field", field=name)
    value = values[0]
    if isinstance(value, UploadFile):
        raise BadRequest("error.bad_form")
    if len(value) > MAX_FIELD_CHARS:
        raise BadRequest("error.field_too_long", status=413)
    return value


def checkbox(form: FormData, name: str) -> bool:
    return field(form, name) != ""

"""The end-user-system submission API: what an accounting system such as Maestro calls (guide 003).

JSON over HTTP, in four steps on one authentication session:
1. POST /api/enduser/sessions                    {system_id, system_password}  → 201 {session_id}
2. POST /api/enduser/sessions/{id}/user          {user, password}               → an SMS pin to the user's mobile
3. POST /api/enduser/sessions/{id}/pin           {pin}                          → authenticated at level 2 or 3
4. POST /api/enduser/sessions/{id}/submissions   {form, data, reportee?}        → 201 {receipt_id}

Error texts are Altinn's own where domain-facts §2.1 gives them; the API speaks English, as Altinn's does.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from testenv.core import onetime
from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.i18n import translator
from testenv.core.state import env_of
from testenv.services.altinn_system import auth, store

PREFIX = "/api/enduser"
SESSION_VALID = timedelta(minutes=30)  # invented: how long a system's authentication session lives
SMS_LANG = "nb"  # Altinn's default language; the API request carries none

# domain-facts §2.1 (Altinn's end-user-system error list)
ERR_SYSTEM = "Incorrect username/password given for system"
ERR_USER = "Incorrect username/password/pin given for user"
ERR_PIN_TIMEOUT = "Pin session time has time out for user. Request new."
ERR_SYSTEM_LOCKED = "The EndUserSystem System with ID: {id} is locked out"
ERR_REPORTEE = "User is not authorized for submittal of reporting service on behalf of reportee: {reportee}"
# invented (no Altinn wording found)
ERR_NOT_ALLOWED = (
    "User has not allowed submission from application or system with this username and password "
    "(Advanced settings, Login information)"
)
ERR_NO_MOBILE = "SMS pin is not activated for user: no mobile number is registered under Advanced settings"
ERR_USER_LOCKED = "User is temporarily locked out after too many wrong attempts. Try again in {minutes} minutes."
ERR_SESSION = "Unknown or expired authentication session. Start again with the system's ID and password."
ERR_NO_PIN = "Request an SMS pin first: send the user's identity number or username and password."
ERR_NOT_AUTHENTICATED = "The user is not authenticated: send the SMS pin first."
ERR_CONTENT_TYPE = "Send the request body as JSON (Content-Type: application/json)."
ERR_JSON = "The request body is not valid JSON."
ERR_OBJECT = "The request body must be a JSON object."
ERR_INVALID = "The request was not valid."

router = APIRouter(prefix=PREFIX)


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, details: list | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details


def _answer(error: ApiError) -> JSONResponse:
    body: dict[str, Any] = {"error": error.message, "code": error.code}
    if error.details:
        body["details"] = error.details
    return JSONResponse(body, status_code=error.status)


class SystemIn(BaseModel):
    system_id: int | str
    system_password: str = Field(min_length=1, max_length=200)


class UserIn(BaseModel):
    user: str = Field(min_length=1, max_length=254)
    password: str = Field(min_length=1, max_length=200)


class PinIn(BaseModel):
    pin: str = Field(min_length=1, max_length=20)


class SubmissionIn(BaseModel):
    form: str = Field(min_length=1, max_length=100)
    data: dict[str, Any]
    reportee: str | None = Field(default=None, max_length=20)


async def _read(request: Request, model: type[BaseModel]) -> Any:
    """The JSON body as `model`; every malformed request is a 4xx with a plain message, never a 5xx."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise ApiError(415, "content_type", ERR_CONTENT_TYPE)
    raw = await request.body()
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        if defect_on(request, "altsys.api_bad_json_500"):
            raise RuntimeError("unparsed body reached the handler") from exc
        raise ApiError(400, "bad_json", ERR_JSON) from exc
    if not isinstance(body, dict):
        raise ApiError(400, "bad_json", ERR_OBJECT)
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        details = [{"field": ".".join(str(p) for p in e["loc"]) or "body", "message": e["msg"]} for e in exc.errors()]
        raise ApiError(422, "invalid", ERR_INVALID, details) from exc


def _session(request: Request, sid: str) -> store.ApiSession:
    with env_of(request).db.read() as conn:
        found = store.api_session(conn, sid)
    if found is None or found.expires_at <= now(request).timestamp():
        raise ApiError(404, "session", ERR_SESSION)
    return found


def _system_step(request: Request, body: SystemIn) -> dict:
    env = env_of(request)
    at = now(request)
    raw_id = str(body.system_id).strip()
    system_id = int(raw_id) if raw_id.isascii() and raw_id.isdigit() and len(raw_id) <= 12 else None
    with env.db.read() as conn:
        found = store.system(conn, system_id) if system_id is not None else None
    locked = found is not None and found.locked_until is not None and found.locked_until > at.timestamp()
    if locked and found is not None and not defect_on(request, "altsys.system_lockout_never"):
        raise ApiError(423, "system_locked", ERR_SYSTEM_LOCKED.format(id=found.id))
    ok = request.app.state.passwords.verify(found.password_hash if found else None, body.system_password)
    if defect_on(request, "altsys.system_password_unchecked") and found is not None:
        ok = True
    if not ok:
        if found is not None:
            lock_until = (at + timedelta(minutes=env.settings.lockout_minutes)).timestamp()
            with env.db.write() as conn:
                store.record_system_failure(conn, found.id, env.settings.lockout_threshold, lock_until)
        raise ApiError(401, "system_credentials", ERR_SYSTEM)
    assert found is not None
    with env.db.write() as conn:
        store.record_system_success(conn, found.id)
        sid = store.new_api_session(conn, found.id, (at + SESSION_VALID).timestamp())
    return {"session_id": sid, "system_id": found.id, "next": "user", "expires_in": int(SESSION_VALID.total_seconds())}


def _user_step(request: Request, session: store.ApiSession, body: UserIn) -> dict:
    at = now(request)
    by_username = not defect_on(request, "altsys.api_username_not_accepted")
    check = auth.check_password(request, body.user, body.password, by_username=by_username)
    t = translator(request, SMS_LANG)
    if check.outcome != "ok":
        if defect_on(request, "altsys.sms_sent_for_wrong_password") and check.info and check.info.mobile:
            auth.send_code(request, check.info, t("altsys.sms.system", system=session.system_id, code="000000"), at)
        if check.outcome == "locked":
            minutes = env_of(request).settings.lockout_minutes
            raise ApiError(423, "user_locked", ERR_USER_LOCKED.format(minutes=minutes))
        raise ApiError(401, "user_credentials", ERR_USER)
    info = check.info
    assert info is not None
    # Guide 003: "huke av for tillat innsending fra applikasjon eller system med gitt brukernavn og passord".
    if not info.allow_system and not defect_on(request, "altsys.submission_without_permission"):
        raise ApiError(403, "not_allowed", ERR_NOT_ALLOWED)
    if not info.mobile:
        if defect_on(request, "altsys.sms_step_skipped_without_mobile"):
            with env_of(request).db.write() as conn:
                store.set_pin(conn, session.id, info.pid, "", at.timestamp())
                store.authenticate(conn, session.id, auth.sms_level(request, info))
            return {"next": "submit"}
        raise ApiError(409, "no_mobile", ERR_NO_MOBILE)
    pin = auth.new_code()
    with env_of(request).db.write() as conn:
        pin_digest = onetime.digest(request, auth.PIN_PURPOSE, pin)  # never the pin itself
        store.set_pin(conn, session.id, info.pid, pin_digest, (at + auth.CODE_VALID).timestamp())
    auth.send_code(request, info, t("altsys.sms.system", system=session.system_id, code=pin), at)
    return {
        "next": "pin",
        "pin_sent_to": "*****" + info.mobile[-3:],
        "expires_in": int(auth.CODE_VALID.total_seconds()),
    }


def _pin_step(request: Request, session: store.ApiSession, body: PinIn) -> dict:
    if session.pid is None:
        raise ApiError(409, "no_pin_requested", ERR_NO_PIN)
    at = now(request)
    minutes = env_of(request).settings.lockout_minutes
    locked, level = False, 0
    # One write transaction from the lock check to the counted failure: parallel wrong pins cannot pass the lock.
    with env_of(request).db.write() as conn:
        info = store.login_info(conn, session.pid)
        if info is None:
            raise ApiError(401, "user_credentials", ERR_USER)
        if auth.is_locked(request, info.locked_until, at):
            raise ApiError(423, "user_locked", ERR_USER_LOCKED.format(minutes=minutes))
        outcome = auth.check_pin(request, session.pin, session.pin_expires_at, body.pin, at)
        if outcome == "wrong":
            locked = auth.record_failure(request, conn, session.pid, at)
        elif outcome == "ok":
            level = auth.sms_level(request, info)
            store.authenticate(conn, session.id, level)
            store.record_person_success(conn, session.pid)
    if outcome == "expired":
        raise ApiError(401, "pin_timeout", ERR_PIN_TIMEOUT)
    if outcome == "wrong":
        if locked:
            raise ApiError(423, "user_locked", ERR_USER_LOCKED.format(minutes=minutes))
        raise ApiError(401, "user_credentials", ERR_USER)
    return {"authenticated": True, "level": level, "next": "submit"}


def _submission(request: Request, session: store.ApiSession, body: SubmissionIn) -> dict:
    if session.level is None:
        if not (session.pid and defect_on(request, "altsys.submission_without_pin")):
            raise ApiError(409, "not_authenticated", ERR_NOT_AUTHENTICATED)
        session = store.ApiSession(**{**session.__dict__, "level": 2})
    assert session.pid is not None
    reportee = (body.reportee or session.pid).strip()
    # We model no organisations or delegated roles: a person may submit for themselves only.
    if reportee != session.pid and not defect_on(request, "altsys.reportee_unchecked"):
        raise ApiError(403, "not_authorized", ERR_REPORTEE.format(reportee=reportee))
    at = now(request)
    with env_of(request).db.write() as conn:
        receipt = store.add_submission(conn, session, reportee, body.form, body.data, at.timestamp())
        if defect_on(request, "altsys.submission_not_stored"):
            conn.execute("DELETE FROM altsys_submissions WHERE receipt_id = ?", (receipt,))
    return {
        "receipt_id": receipt,
        "status": "Received",
        "form": body.form,
        "reportee": reportee,
        "level": session.level,
    }


@router.post("/sessions")
async def start_session(request: Request) -> JSONResponse:
    try:
        body = await _read(request, SystemIn)
        return JSONResponse(await run_in_threadpool(_system_step, request, body), status_code=201)
    except ApiError as error:
        return _answer(error)


@router.post("/sessions/{sid}/user")
async def user_step(sid: str, request: Request) -> JSONResponse:
    try:
        body = await _read(request, UserIn)
        return JSONResponse(await run_in_threadpool(_user_step, request, _session(request, sid), body))
    except ApiError as error:
        return _answer(error)


@router.post("/sessions/{sid}/pin")
async def pin_step(sid: str, request: Request) -> JSONResponse:
    try:
        body = await _read(request, PinIn)
        return JSONResponse(_pin_step(request, _session(request, sid), body))
    except ApiError as error:
        return _answer(error)


@router.post("/sessions/{sid}/submissions")
async def submit(sid: str, request: Request) -> JSONResponse:
    try:
        body = await _read(request, SubmissionIn)
        return JSONResponse(_submission(request, _session(request, sid), body), status_code=201)
    except ApiError as error:
        return _answer(error)

"""The control API's shared part: token check, reset, scopes, outboxes, captcha answers, defects.

Mounted under /__testenv__ only in test mode; every route requires the X-Testenv-Token header and a
loopback client. Services add their own routes (seeding) in their `control_router`.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Mapping

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from testenv.config import CAPTCHA_MODES, Settings
from testenv.core import outbox
from testenv.core.captcha import captcha_answer
from testenv.core.scope import save_scope
from testenv.core.state import env_of


def gate_refusal(client: str, headers: Mapping[str, str], settings: Settings) -> tuple[int, str] | None:
    """Why the control API refuses a request, from its address and headers alone (None: it may go on).
    Checked at the edge before the body is read (testenv/core/edge.py) and again by every route."""
    try:
        loopback = ipaddress.ip_address(client).is_loopback
    except ValueError:
        loopback = client == "testclient"  # Starlette's in-process test client
    if not loopback:
        return 403, "The control API answers only on the loopback address."
    sent = headers.get("x-testenv-token", "")
    expected = settings.control_token
    if not expected or not hmac.compare_digest(sent.encode(errors="replace"), expected.encode()):
        return 401, "Missing or wrong X-Testenv-Token."
    return None


def require_token(request: Request) -> None:
    client = request.client.host if request.client else ""
    refusal = gate_refusal(client, request.headers, env_of(request).settings)
    if refusal is not None:
        raise HTTPException(*refusal)


def control_router() -> APIRouter:
    return APIRouter(prefix="/__testenv__", dependencies=[Depends(require_token)], tags=["control"])


router = control_router()


@router.post("/reset")
def reset(request: Request) -> dict:
    env = env_of(request)
    env.db.wipe()
    env.active_defects = set(env.settings.defects)
    env.captcha_mode = env.settings.captcha_mode
    return {"reset": True}


class ScopeIn(BaseModel):
    clock_offset_s: float | None = Field(default=None, ge=-100 * 365 * 86400, le=100 * 365 * 86400)
    captcha_mode: str | None = None


@router.put("/scopes/{sid}")
def put_scope(sid: str, body: ScopeIn, request: Request) -> dict:
    if len(sid) > 64:
        raise HTTPException(422, "A scope id has at most 64 characters.")
    if body.captcha_mode is not None and body.captcha_mode not in CAPTCHA_MODES:
        raise HTTPException(422, f"captcha_mode must be one of {CAPTCHA_MODES}.")
    with env_of(request).db.write() as conn:
        save_scope(conn, sid, body.clock_offset_s, body.captcha_mode)
    return {"scope": sid, **body.model_dump(exclude_none=True)}


class CaptchaModeIn(BaseModel):
    mode: str


@router.put("/captcha-mode")
def put_captcha_mode(body: CaptchaModeIn, request: Request) -> dict:
    """The environment-wide default (a scope's own mode wins over it)."""
    if body.mode not in CAPTCHA_MODES:
        raise HTTPException(422, f"mode must be one of {CAPTCHA_MODES}.")
    env_of(request).captcha_mode = body.mode
    return {"mode": body.mode}


@router.get("/captcha/{cid}")
def get_captcha(cid: str, request: Request) -> dict:
    answer = captcha_answer(request, cid)
    if answer is None:
        raise HTTPException(404, "No such captcha (it is consumed by the first attempt).")
    return {"answer": answer}


@router.get("/outbox/{channel}")
def get_outbox(channel: str, request: Request, to: str | None = None) -> list[dict]:
    if channel not in ("email", "sms", "post"):
        raise HTTPException(404, "channel is one of email, sms, post")
    with env_of(request).db.read() as conn:
        return outbox.messages(conn, channel, to)


@router.get("/defects")
def get_defects(request: Request) -> dict:
    registry = request.app.state.defects
    return {
        "active": sorted(env_of(request).active_defects),
        "registry": {d.name: {"rules": list(d.rules), "description": d.description} for d in registry.values()},
    }


class DefectsIn(BaseModel):
    active: list[str]


@router.put("/defects")
def put_defects(body: DefectsIn, request: Request) -> dict:
    unknown = set(body.active) - set(request.app.state.defects)
    if unknown:
        raise HTTPException(422, f"unknown defects: {sorted(unknown)}")
    env_of(request).active_defects = set(body.active)
    return {"active": sorted(body.active)}

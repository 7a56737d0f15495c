"""Checking a person's Altinn password and one-time codes: shared by the log-in tabs and the
end-user-system API, which use the same login information (guide 003: "Dette er samme
innloggingsinformasjon som benyttes i Maestro")."""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from fastapi import Request

from testenv.core import onetime
from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.outbox import send
from testenv.core.state import env_of
from testenv.services.altinn_system import store
from testenv.services.altinn_system.rules import ELEVEN_DIGITS
from testenv.services.register import find_person

CODE_VALID = timedelta(minutes=10)  # invented: Altinn does not publish how long an SMS code lives
PIN_PURPOSE = "altinn.api.pin"


@dataclass(frozen=True)
class PasswordCheck:
    outcome: str  # "ok", "invalid" or "locked"
    info: store.LoginInfo | None


def find_login(conn: sqlite3.Connection, who: str, by_username: bool = True) -> store.LoginInfo | None:
    """`who` is an identity number or the optional username of the advanced settings."""
    compact = "".join(who.split())
    if ELEVEN_DIGITS.fullmatch(compact):
        return store.login_info(conn, compact)
    who = who.strip()
    return store.login_info_by_username(conn, who) if who and by_username else None


def is_locked(request: Request, locked_until: float | None, at: datetime) -> bool:
    if defect_on(request, "altsys.person_lockout_never"):
        return False
    return locked_until is not None and locked_until > at.timestamp()


def record_failure(request: Request, conn: sqlite3.Connection, pid: str, at: datetime) -> bool:
    """A wrong password or code counts towards the lockout (domain-facts §1.6); True when now locked."""
    settings = env_of(request).settings
    lock_until = (at + timedelta(minutes=settings.lockout_minutes)).timestamp()
    locked = store.record_person_failure(conn, pid, settings.lockout_threshold, lock_until)
    return locked and not defect_on(request, "altsys.person_lockout_never")


def check_password(request: Request, who: str, password: str, by_username: bool = True) -> PasswordCheck:
    at = now(request)
    with env_of(request).db.read() as conn:
        info = find_login(conn, who, by_username)
    if info is not None and is_locked(request, info.locked_until, at):
        return PasswordCheck("locked", info)
    # Unknown people are verified against a dummy hash too: the answer time does not tell who exists.
    ok = request.app.state.passwords.verify(info.password_hash if info else None, password)
    if not ok or info is None:
        if info is None:
            return PasswordCheck("invalid", None)
        with env_of(request).db.write() as conn:
            locked = record_failure(request, conn, info.pid, at)
        return PasswordCheck("locked" if locked else "invalid", info)
    with env_of(request).db.write() as conn:
        store.record_person_success(conn, info.pid)
    return PasswordCheck("ok", info)


def new_code() -> str:
    return f"{secrets.randbelow(10**6):06d}"


def sms_recipient(request: Request, conn: sqlite3.Connection, info: store.LoginInfo) -> str:
    """The mobile number of the advanced settings (guide 003: "viktig at du har lagt inn korrekt mobilnummer")."""
    if defect_on(request, "altsys.sms_to_register_mobile"):
        person = find_person(conn, info.pid)
        return person.mobile if person and person.mobile else info.mobile
    return info.mobile


def send_code(request: Request, info: store.LoginInfo, text: str, at: datetime) -> None:
    with env_of(request).db.write() as conn:
        send(request, conn, "sms", sms_recipient(request, conn, info), "", text, at)


def sms_level(request: Request, info: store.LoginInfo) -> int:
    """SMS code is level 2, or 3 with "Tillat innsending på sikkerhetsnivå 3" (domain-facts §2)."""
    if info.allow_level3 and not defect_on(request, "altsys.sms_level_ignores_box"):
        return 3
    return 2


def check_code(request: Request, conn: sqlite3.Connection, flow: str, pid: str, given: str, at: datetime) -> str:
    """ "ok", "wrong" or "expired" for the SMS code of the log-in tab, counting nothing: a wrong one counts
    towards the person's lockout (record_failure), in the caller's transaction."""
    expiry = not defect_on(request, "altsys.pin_never_expires")
    outcome = onetime.compare(conn, request, flow, pid, given, at.timestamp(), expiry=expiry)
    if outcome == "missing":
        return "wrong"
    if outcome == "wrong" and defect_on(request, "altsys.pin_unchecked"):
        return "ok"
    return outcome


def check_pin(request: Request, pin_digest: str | None, expires_at: float | None, given: str, at: datetime) -> str:
    """ "ok", "wrong" or "expired" for the API's SMS pin, kept as a keyed hash with its API session."""
    if pin_digest is None or expires_at is None:
        return "wrong"
    if expires_at <= at.timestamp() and not defect_on(request, "altsys.pin_never_expires"):
        return "expired"
    if defect_on(request, "altsys.pin_unchecked"):
        return "ok"
    return "ok" if onetime.same(request, PIN_PURPOSE, given.strip(), pin_digest) else "wrong"

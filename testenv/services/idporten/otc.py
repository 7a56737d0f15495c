"""One-time codes sent by SMS (fake SMS outbox), kept hashed in the server-side session.

Used by ID-porten's log-in and by MinID's activation-letter order. A code is valid for a few minutes
(invented: the sources give no figure) and for a few attempts; the test clock decides expiry.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from fastapi import Request

from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.outbox import send
from testenv.core.sessions import session_of
from testenv.core.state import env_of

VALID_FOR = timedelta(minutes=5)
MAX_ATTEMPTS = 5
CODE_DIGITS = 6


def _hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def issue(request: Request, purpose: str, mobile: str, text: str) -> None:
    """Send a fresh code to `mobile`; `text` has a {code} placeholder. Replaces any earlier code."""
    code = "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))
    at = now(request)
    with env_of(request).db.write() as conn:
        send(request, conn, "sms", mobile, "", text.format(code=code), at)
    session_of(request)[f"otc:{purpose}"] = {
        "hash": _hash(code),
        "expires_at": (at + VALID_FOR).timestamp(),
        "attempts": 0,
        "to": mobile,
    }


def check(request: Request, purpose: str, code: str, *, unchecked_defect: str, expiry_defect: str) -> str | None:
    """None when the code is right (and consumes it); else 'missing', 'expired', 'wrong' or 'used_up'."""
    session = session_of(request)
    key = f"otc:{purpose}"
    stored = session.get(key)
    if not stored:
        return "missing"
    if stored["expires_at"] <= now(request).timestamp() and not defect_on(request, expiry_defect):
        return "expired"
    if stored["attempts"] >= MAX_ATTEMPTS:
        return "used_up"
    code = "".join(code.split())
    if not defect_on(request, unchecked_defect) and not hmac.compare_digest(_hash(code), stored["hash"]):
        session[key] = {**stored, "attempts": stored["attempts"] + 1}
        return "used_up" if stored["attempts"] + 1 >= MAX_ATTEMPTS else "wrong"
    session.pop(key)
    return None


def pending_to(request: Request, purpose: str) -> str | None:
    stored = session_of(request).get(f"otc:{purpose}")
    return stored["to"] if stored else None

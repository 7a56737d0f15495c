"""One-time codes sent by SMS (fake SMS outbox) for ID-porten's log-in and MinID's activation-letter order.

A code is valid for a few minutes (invented: the sources give no figure); the test clock decides expiry.
The code is kept only as a keyed hash in the database, and its failed attempts are counted per person and
purpose there too (testenv/core/onetime.py, attempts.py): 5 wrong codes lock the purpose for that person,
whatever the session, however many new codes are sent. The session only remembers that a code is pending
for whom (no secret).
"""

from __future__ import annotations

from datetime import timedelta

from fastapi import Request

from testenv.core import attempts, onetime
from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.outbox import send
from testenv.core.sessions import session_of
from testenv.core.state import env_of

VALID_FOR = timedelta(minutes=5)
LIMIT = attempts.CODES
CODE_DIGITS = 6


def issue(
    request: Request,
    purpose: str,
    subject: str,
    mobile: str,
    text: str,
    *,
    resend_defect: str = "",
    channel: str = "sms",
    title: str = "",
    valid_for: timedelta = VALID_FOR,
    keep_defect: str = "",
) -> bool:
    """Send a fresh code to `mobile` (or, with `channel="email"`, the address in it; `title` its subject);
    `text` has a {code} placeholder. Replaces any earlier code of `subject` (the person) for this purpose.
    False, and nothing sent, while the purpose is locked."""
    code = onetime.new_digits(CODE_DIGITS)
    at = now(request)
    with env_of(request).db.write() as conn:
        if resend_defect and defect_on(request, resend_defect):
            attempts.clear(conn, purpose, subject)  # the regression: a new code, a new set of attempts
        if attempts.locked(conn, purpose, subject, at.timestamp()):
            return False
        earlier = onetime.pending(conn, purpose, subject)
        kept = keep_defect and defect_on(request, keep_defect) and earlier and earlier.expires_at > at.timestamp()
        if not kept:  # the regression kept: a code still pending is not replaced by the one sent
            onetime.store_code(
                conn, request, purpose, subject, code, expires_at=(at + valid_for).timestamp(), sent_to=mobile
            )
        send(request, conn, channel, mobile, title, text.format(code=code), at)
    session_of(request)[f"otc:{purpose}"] = {"subject": subject, "to": mobile}
    return True


def check(
    request: Request, purpose: str, code: str, *, unchecked_defect: str, expiry_defect: str, unlimited_defect: str = ""
) -> str | None:
    """None when the code is right (and consumes it); else 'missing', 'expired', 'wrong' or 'locked'."""
    session = session_of(request)
    marker = session.get(f"otc:{purpose}")
    if not marker:
        return "missing"
    subject, at = marker["subject"], now(request).timestamp()
    limit = attempts.UNLIMITED if defect_on(request, unlimited_defect) else LIMIT
    with env_of(request).db.write() as conn:
        outcome = onetime.check(
            conn,
            request,
            purpose,
            subject,
            code,
            at,
            limit=limit,
            expiry=not defect_on(request, expiry_defect),
            accept_any=defect_on(request, unchecked_defect),
        )
    if outcome == "ok":
        session.pop(f"otc:{purpose}")
        return None
    return "expired" if outcome == "missing" else outcome  # used up by a lock, or by another browser


def pending_to(request: Request, purpose: str) -> str | None:
    marker = session_of(request).get(f"otc:{purpose}")
    return marker["to"] if marker else None

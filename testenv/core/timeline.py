"""Altinn's log-in methods by date, decided by the test clock (`clock.now(request)`, per scope).

domain-facts §0 and §10.2 (info.altinn.no "Altinn alternative log-in methods", 2026): "From February 2026,
Email login is the new way to log in without a Norwegian national identity number or D-number. Both login
methods will be available until 19 June 2026." Read as: e-mail log-in from 1 February 2026 00:00, the
self-identified user of guide 000 (creation and log-in) up to but not including 19 June 2026 00:00, both in
Norwegian time. Linking an old account stays possible after the sunset, as the help pages describe.
"""

from __future__ import annotations

from datetime import datetime

from testenv.core.clock import OSLO

EMAIL_LOGIN_FROM = datetime(2026, 2, 1, tzinfo=OSLO)
SELF_IDENTIFIED_UNTIL = datetime(2026, 6, 19, tzinfo=OSLO)


def email_login_offered(at: datetime) -> bool:
    """Whether ID-porten offers "Email login" to Altinn at `at` (an aware datetime)."""
    return at >= EMAIL_LOGIN_FROM


def self_identified_offered(at: datetime) -> bool:
    """Whether guide 000's self-identified creation and log-in still exist at `at`."""
    return at < SELF_IDENTIFIED_UNTIL

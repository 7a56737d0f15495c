"""The relying-party side of ID-porten for Altinn: client `altinn`, the level it asks for, its session.

Altinn logs a person in through ID-porten's OpenID Provider exactly as UDI does (testenv.core.oidc_rp): the
authorization request with PKCE, `state` and `nonce`, the code redeemed over the back channel, the ID token
validated, and the level taken from the token's `acr` claim. Altinn never reads ID-porten's session.
"""

from __future__ import annotations

from fastapi import Request

from testenv.core.oidc_rp import SUBSTANTIAL, RelyingParty, Verified
from testenv.core.sessions import session_of
from testenv.services.idporten.oidc_clients import BY_ID

REQUESTED_ACR = SUBSTANTIAL  # Altinn's inbox needs level 3 (MinID) or more; BankID etc. give 4
METHOD = "idporten"
RP = RelyingParty(
    client_id="altinn",
    service="altinn",
    callback_path="/oidc/callback",
    logged_out_path="/oidc/logged-out",
    default_secret=BY_ID["altinn"].secret,
    session_key="altinn_oidc",
    accepts_email=True,
)
# Altinn's own keys in the browser session (altinn_oidc is the relying party's, inside the same prefix).
PREFIXES = ("altinn_", "altsys_")


def clear_altinn_session(request: Request) -> None:
    """Altinn's keys only: ID-porten's session is ID-porten's to end (RP-initiated log-out)."""
    session = session_of(request)
    for key in [k for k in session if k.startswith(PREFIXES)]:
        del session[key]


def session_data(login: Verified) -> dict:
    """What Altinn keeps of a person logged in through ID-porten: the token's pid, name and level. A person
    logged in by e-mail is `epost:<lower-cased address>` at level 0 (domain-facts §0), taken from the acr."""
    if login.email:
        return {
            "altinn_user": f"epost:{login.email}",
            "altinn_level": 0,
            "altinn_pid": "",
            "altinn_method": METHOD,
            "altinn_email": login.email,
        }
    return {
        "altinn_user": login.name or login.pid,
        "altinn_level": login.level,
        "altinn_pid": login.pid,
        "altinn_method": METHOD,
    }


def safe_then(value: str, default: str) -> str:
    """A path on Altinn's own origin (no scheme, no host, no '//' or backslash): where a log-in returns."""
    if not value.startswith("/") or value.startswith("//") or "\\" in value or any(ord(c) < 32 for c in value):
        return default
    return value


__all__ = ["METHOD", "REQUESTED_ACR", "RP", "clear_altinn_session", "safe_then", "session_data"]

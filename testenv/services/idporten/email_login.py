"""ID-porten's e-mail log-in ("International" → "Email login"), the values a relying party receives.

domain-facts §0, §5 and §10.2 (info.altinn.no "Email login", "Altinn alternative log-in methods"; Altinn's
own authentication tests): the ID token carries `acr=selfregistered-email` and `amr` ["Selfregistered-email"];
Altinn maps that acr to security level 0 and names the person `epost:<lower-cased address>`. The person has
no national identity number: the token has no `pid`, and the address travels in an `email` claim
(docs/idporten-contract.md). Screens and routes build on these (issue #16, not yet wired: see the report).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from testenv.core.timeline import email_login_offered

ACR = "selfregistered-email"
AMR = "Selfregistered-email"
LEVEL = 0  # Altinn: selfregistered-email → authlevel 0 (domain-facts §5)
# Clients registered for e-mail log-in. Not UDI: its residence-permit services need level 4 (domain-facts §9).
# Not the demo: it stands for a level-3/4 service (docs/decisions.md, "E-mail log-in").
CLIENTS = frozenset({"altinn"})
# The one-time code by e-mail: invented figures, like the SMS code's (docs/decisions.md, "E-mail log-in").
CODE_DIGITS = 6
VALID_FOR = timedelta(minutes=10)
PURPOSE = "idporten.email"  # the attempt counter's and code store's purpose (testenv/core/attempts.py)
MAX_ADDRESS = 254  # RFC 5321's limit on a forward path


def offered(client: str, at: datetime) -> bool:
    """Whether the eID choice shows "Email login" to `client` at `at` (the test clock)."""
    return client in CLIENTS and email_login_offered(at)


def normalised(address: str) -> str:
    """The key an account is found by: addresses are compared case-insensitively (issue #16)."""
    return address.strip().lower()


def well_formed(address: str) -> bool:
    """One '@' with text either side and a dot in the domain; no spaces; at most 254 characters."""
    value = address.strip()
    local, _, domain = value.partition("@")
    return (
        0 < len(value) <= MAX_ADDRESS
        and bool(local)
        and "." in domain.strip(".")
        and "@" not in domain
        and not any(c.isspace() or ord(c) < 32 for c in value)
    )


def altinn_username(address: str) -> str:
    """How Altinn shows a person logged in by e-mail (domain-facts §0)."""
    return f"epost:{normalised(address)}"


def accepted_by(requested_level: int, acr: str) -> bool:
    """A client that asked for substantial (3) or high (4) must not accept a level-0 log-in."""
    return not (acr == ACR and requested_level > LEVEL)

"""Absolute URLs of the services, from the configured public base URL of each (Settings.public_urls).

Never from the request: Host, X-Forwarded-Host, X-Forwarded-Proto and Forwarded are whatever the client
sends, so a link built from them (a password-reset link in an e-mail) can be made to point to an attacker's
site. The map is per service because each service has its own origin (testenv/core/origins.py): a link from
one service to another is built here, as an absolute URL on the other's origin.
"""

from __future__ import annotations

from fastapi import Request

from testenv.core.defects import defect_on
from testenv.core.origins import public_base_of
from testenv.core.state import env_of


def public_base(request: Request, service: str) -> str:
    """The service's public base URL without a trailing slash, e.g. 'http://127.0.0.2:8000' (Altinn's own
    services, such as altinn_system, are on Altinn's)."""
    return public_base_of(env_of(request).settings, service)


def absolute_url(request: Request, service: str, path: str, *, defect: str | None = None) -> str:
    """`path` (starting with '/') on the service's public address. `defect` names the registered regression
    that builds it from the request's Host header instead, as frameworks do by default."""
    if not path.startswith("/"):
        raise ValueError(f"an absolute URL needs a path from the root, not {path!r}")
    if defect is not None and defect_on(request, defect):
        return f"{str(request.base_url).rstrip('/')}{path}"
    return f"{public_base(request, service)}{path}"

"""The control API's "logged in at a service through ID-porten": the service's session and ID-porten's own
(single sign-on, RP-initiated log-out), each where a browser keeps it after a real log-in.

On one origin both are one session behind one cookie. With each service on its own origin
(testenv/core/origins.py) the browser keeps a cookie per origin: the service's session on the service's origin,
ID-porten's on ID-porten's. The answer names each cookie's service, so the suite adds it on that service's origin.
"""

from __future__ import annotations

import secrets

from fastapi import HTTPException, Request

from testenv.core import oidc_rp
from testenv.core.origins import share_origin
from testenv.core.sessions import COOKIE, create_session
from testenv.core.state import env_of
from testenv.services.idporten.levels import SESSION_KEY
from testenv.services.idporten.oidc_mint import mint_id_token
from testenv.services.idporten.oidc_server import SID_KEY


def logged_in_cookies(
    request: Request, service: str, service_data: dict, idporten_login: dict, sid: str, *, owner: str | None = None
) -> dict:
    """{"cookie": the service's, "cookies": [{name, value, service}, ...]}: one cookie on a shared origin, else
    the service's and ID-porten's. `idporten_login` is ID-porten's log-in record (levels.login_data), `sid` the
    session id its ID token carries."""
    env = env_of(request)
    idporten_data = {SESSION_KEY: idporten_login, SID_KEY: sid}
    if share_origin(env.settings, service, "idporten"):
        sessions = {service: create_session(env.db, {**service_data, **idporten_data}, owner=owner)}
    else:
        sessions = {
            service: create_session(env.db, service_data, owner=owner),
            "idporten": create_session(env.db, idporten_data),
        }
    cookies = [{"name": COOKIE, "value": value, "service": name} for name, value in sessions.items()]
    return {"cookie": {"name": COOKIE, "value": sessions[service]}, "cookies": cookies}


async def minted_login(request: Request, rp: oidc_rp.RelyingParty, then: str, **claims) -> tuple[oidc_rp.Verified, str]:
    """ID-porten mints the ID token a real log-in would give `rp` (`claims`: pid, name, acr, amr, and email for
    the e-mail log-in) and the service's relying party validates it as after the callback (signature from the
    JWKS, iss, aud, exp, nonce, acr). Returns the validated login and ID-porten's session id the token names;
    a token the service refuses is a 409 naming why."""
    if not oidc_rp.uses_own_provider(request):
        raise HTTPException(409, "the relying party trusts another provider: log in through the browser")
    nonce, sid = secrets.token_urlsafe(24), secrets.token_urlsafe(16)
    token = mint_id_token(
        request, client_id=rp.client_id, issuer=oidc_rp.issuer(request), nonce=nonce, locale="nb", sid=sid, **claims
    )
    try:
        login = await oidc_rp.verified_token(request, rp, token, nonce=nonce, then=then)
    except oidc_rp.LoginRefused as refused:
        raise HTTPException(409, f"the service refused the token ID-porten minted: {refused}") from refused
    return login, sid

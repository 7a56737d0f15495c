"""Provider faults (test mode, the control API): the next ID token `/token` issues in a test's scope to one
client is wrong in exactly one way, as a misbehaving or impersonated provider would send it, so a browser
scenario can show that a relying party refuses it (OIDC Core 3.1.3.7 lists what a client checks).

The fault is applied to the genuine token the provider has just signed: decoded with its own key, changed in
one claim (or re-signed, or unsigned) and encoded again with joserfc, like every other token here.
"""

from __future__ import annotations

import secrets
import warnings

from fastapi import Request
from joserfc import jwt
from joserfc.errors import SecurityWarning
from joserfc.jwk import RSAKey

from testenv.core.clock import now
from testenv.services.idporten import oidc_store as store
from testenv.services.idporten.oidc_clients import REGISTERED

FAULTS = {
    "key": "signed by another key (under ID-porten's kid)",
    "alg_none": "unsigned: alg none, no signature",
    "iss": "another issuer (ID-porten's production issuer)",
    "aud": "another audience (another registered client)",
    "expired": "expired: issued 10 minutes ago, with its usual life",
    "nonce": "another nonce (the client's latest earlier one, else a fresh one)",
}
OTHER_ISSUER = "https://idporten.no"  # a real issuer, just not this one (domain-facts §10.1: test.idporten.no in test)
EXPIRED_AGO_S = 600  # far past any leeway (the relying parties allow 30 s)


def _other_key(request: Request) -> RSAKey:
    """A key pair nobody publishes, made once per process."""
    cache = request.app.state.__dict__.setdefault("oidc_kept", {})
    if "forger_key" not in cache:
        cache["forger_key"] = RSAKey.generate_key(2048, parameters={"alg": "RS256", "use": "sig"})
    return cache["forger_key"]


def _other_audience(client_id: str) -> str:
    return next(c.client_id for c in REGISTERED if c.client_id != client_id and c.secret)


def forge(request: Request, id_token: str, fault: str) -> str:
    """The genuine `id_token` (signed by ID-porten's key a moment ago) wrong in the one way `fault` names."""
    if fault not in FAULTS:
        raise ValueError(f"unknown ID token fault {fault!r}")
    key = store.signing_key(request)
    genuine = jwt.decode(id_token, key, algorithms=["RS256"])
    header, claims = dict(genuine.header), dict(genuine.claims)
    if fault == "iss":
        claims["iss"] = OTHER_ISSUER
    elif fault == "aud":
        claims["aud"] = _other_audience(str(claims["aud"]))
    elif fault == "expired":
        life = int(claims["exp"]) - int(claims["iat"])
        issued = int(now(request).timestamp()) - EXPIRED_AGO_S
        claims.update(iat=issued, auth_time=min(int(claims.get("auth_time", issued)), issued), exp=issued + life)
    elif fault == "nonce":
        earlier = store.earlier_nonce(request, str(claims["aud"]), claims.get("nonce"))
        claims["nonce"] = earlier or secrets.token_urlsafe(24)
    if fault == "alg_none":
        with warnings.catch_warnings():  # joserfc warns that "none" is deprecated: that is the point here
            warnings.simplefilter("ignore", SecurityWarning)
            # "none" signs with no key; joserfc's types name only real keys.
            return jwt.encode({"alg": "none", "typ": "JWT"}, claims, None, algorithms=["none"])  # type: ignore[arg-type]
    return jwt.encode(header, claims, _other_key(request) if fault == "key" else key)

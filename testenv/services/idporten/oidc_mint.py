"""An ID token minted by ID-porten's own key without a browser: the control API's "person logged in at
service X" (docs/idporten-contract.md). The claims are the ones `/token` issues (oidc_server), so the relying
party checks it exactly as it checks a token from a real log-in."""

from __future__ import annotations

import secrets

from fastapi import Request
from joserfc import jwt

from testenv.core.clock import now
from testenv.services.idporten import oidc_store as store
from testenv.services.idporten.oidc_clients import BY_ID
from testenv.services.idporten.oidc_server import TOKEN_SECONDS


def mint_id_token(
    request: Request,
    *,
    client_id: str,
    issuer: str,
    pid: str,
    name: str,
    acr: str,
    amr: str,
    nonce: str,
    locale: str,
    email: str = "",
    sid: str | None = None,
) -> str:
    """With `email` (and no `pid`): an e-mail log-in's token, the lower-cased address in an `email` claim
    and `sub` pairwise from it (docs/idporten-contract.md, "E-mail log-in"). `sid`: ID-porten's session id the
    token names (a new one when None)."""
    issued = int(now(request).timestamp())
    claims: dict = {
        "iss": issuer,
        "aud": client_id,
        "sub": store.pairwise_sub(request, BY_ID[client_id].sector, pid or f"email:{email.lower()}"),
        **({"pid": pid} if pid else {"email": email.lower()}),
        "name": name,
        "acr": acr,
        "amr": [amr],
        "locale": locale,
        "sid": sid or secrets.token_urlsafe(16),
        "nonce": nonce,
        "auth_time": issued,
        "iat": issued,
        "exp": issued + TOKEN_SECONDS,
        "jti": secrets.token_urlsafe(16),
    }
    key = store.signing_key(request)
    return jwt.encode({"alg": "RS256", "kid": key.kid, "typ": "JWT"}, claims, key)

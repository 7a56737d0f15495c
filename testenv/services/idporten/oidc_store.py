"""Storage of ID-porten's OpenID Provider: its signing key, authorization codes, access tokens and the `jti`
of every client assertion (`private_key_jwt`) it accepted.

The key pair is made on first use and kept in the database, so a restart on the same database keeps the
JWKS that relying parties have cached; the process keeps a copy, so a control-API reset (which empties
every table) does not change the key under a running test either.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import sqlite3
import time
from dataclasses import dataclass

from fastapi import Request
from joserfc.jwk import KeySet, RSAKey

from testenv.core.defects import defect_on
from testenv.core.state import env_of

SCHEMA = """
CREATE TABLE IF NOT EXISTS oidc_keys (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS oidc_codes (
    code TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    scope TEXT NOT NULL,
    nonce TEXT,
    code_challenge TEXT,
    code_challenge_method TEXT,
    login TEXT NOT NULL,
    expires_at REAL NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS oidc_tokens (
    access_token TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    code TEXT NOT NULL,
    claims TEXT NOT NULL,
    expires_at REAL NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS oidc_tokens_code ON oidc_tokens (code);
CREATE TABLE IF NOT EXISTS oidc_client_jtis (
    client_id TEXT NOT NULL,
    jti TEXT NOT NULL,
    expires_at REAL NOT NULL,
    PRIMARY KEY (client_id, jti)
);
CREATE TABLE IF NOT EXISTS oidc_id_token_faults (
    scope TEXT NOT NULL,
    client_id TEXT NOT NULL,
    fault TEXT NOT NULL,
    PRIMARY KEY (scope, client_id)
);
"""
SIGNING_KEY, PAIRWISE_SALT = "signing_key", "pairwise_salt"


@dataclass(frozen=True)
class StoredCode:
    code: str
    client_id: str
    redirect_uri: str
    scope: str
    nonce: str | None
    code_challenge: str | None
    code_challenge_method: str | None
    login: dict
    expires_at: float
    used: bool


def _kept(request: Request, name: str, make) -> str:
    """A value made once per database (kept in it) and cached by the process."""
    cache = request.app.state.__dict__.setdefault("oidc_kept", {})
    if name in cache:
        return cache[name]
    with env_of(request).db.write() as conn:
        row = conn.execute("SELECT value FROM oidc_keys WHERE name = ?", (name,)).fetchone()
        value = row["value"] if row else make()
        if not row:
            conn.execute("INSERT INTO oidc_keys (name, value, created_at) VALUES (?, ?, ?)", (name, value, time.time()))
    cache[name] = value
    return value


def _new_signing_key() -> str:
    kid = "idporten-test-" + secrets.token_hex(4)
    key = RSAKey.generate_key(2048, parameters={"kid": kid, "use": "sig", "alg": "RS256"})
    return json.dumps(key.as_dict(private=True))


def signing_key(request: Request) -> RSAKey:
    """Imported once per process: loading an RSA private key checks it, which costs tens of milliseconds."""
    cache = request.app.state.__dict__.setdefault("oidc_kept", {})
    if "signing_key_object" not in cache:
        cache["signing_key_object"] = RSAKey.import_key(json.loads(_kept(request, SIGNING_KEY, _new_signing_key)))
    return cache["signing_key_object"]


def public_jwks(request: Request) -> dict:
    return dict(KeySet([signing_key(request)]).as_dict(private=False))


def pairwise_sub(request: Request, sector: str, pid: str) -> str:
    """Opaque and stable per person and sector, different between sectors (OIDC Core 8.1, pairwise)."""
    salt = _kept(request, PAIRWISE_SALT, lambda: secrets.token_hex(32))
    digest = hmac.new(salt.encode(), f"{sector}|{pid}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()[:43]


def save_code(request: Request, code: StoredCode) -> None:
    with env_of(request).db.write() as conn:
        conn.execute(
            "INSERT INTO oidc_codes (code, client_id, redirect_uri, scope, nonce, code_challenge, "
            "code_challenge_method, login, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                code.code,
                code.client_id,
                code.redirect_uri,
                code.scope,
                code.nonce,
                code.code_challenge,
                code.code_challenge_method,
                json.dumps(code.login),
                code.expires_at,
            ),
        )


def _code_of(row: sqlite3.Row) -> StoredCode:
    return StoredCode(
        row["code"],
        row["client_id"],
        row["redirect_uri"],
        row["scope"],
        row["nonce"],
        row["code_challenge"],
        row["code_challenge_method"],
        json.loads(row["login"]),
        row["expires_at"],
        bool(row["used"]),
    )


def redeem_code(request: Request, code: str, client_id: str) -> StoredCode | None:
    """The code, marked used in the same transaction (a second redemption gets None and revokes the tokens
    of the first: RFC 6749 §4.1.2), or None when it is unknown, another client's or used already."""
    with env_of(request).db.write() as conn:
        row = conn.execute("SELECT * FROM oidc_codes WHERE code = ? AND client_id = ?", (code, client_id)).fetchone()
        if row is None:
            return None
        if row["used"] and not defect_on(request, "idporten.oidc_code_reusable"):
            conn.execute("UPDATE oidc_tokens SET revoked = 1 WHERE code = ?", (code,))
            return None
        conn.execute("UPDATE oidc_codes SET used = 1 WHERE code = ?", (code,))
    return _code_of(row)


def nonce_used(request: Request, client_id: str, nonce: str) -> bool:
    with env_of(request).db.read() as conn:
        row = conn.execute("SELECT 1 FROM oidc_codes WHERE client_id = ? AND nonce = ?", (client_id, nonce)).fetchone()
    return row is not None


def save_token(request: Request, access_token: str, client_id: str, code: str, claims: dict, expires_at: float) -> None:
    with env_of(request).db.write() as conn:
        conn.execute(
            "INSERT INTO oidc_tokens (access_token, client_id, code, claims, expires_at) VALUES (?, ?, ?, ?, ?)",
            (access_token, client_id, code, json.dumps(claims), expires_at),
        )


def token_claims(request: Request, access_token: str, at: float) -> dict | None:
    """The userinfo claims behind a live access token, or None (unknown, expired or revoked)."""
    with env_of(request).db.read() as conn:
        row = conn.execute("SELECT * FROM oidc_tokens WHERE access_token = ?", (access_token,)).fetchone()
    if row is None or row["revoked"] or row["expires_at"] <= at:
        return None
    return json.loads(row["claims"])


def remember_client_jti(request: Request, client_id: str, jti: str, expires_at: float) -> bool:
    """True the first time a client's assertion id is seen, False on a replay (one insert: no race). Ids of
    assertions expired well past the leeway are dropped: such an assertion is refused on its `exp` first."""
    with env_of(request).db.write() as conn:
        conn.execute("DELETE FROM oidc_client_jtis WHERE expires_at < ?", (time.time() - 300,))
        try:
            conn.execute(
                "INSERT INTO oidc_client_jtis (client_id, jti, expires_at) VALUES (?, ?, ?)",
                (client_id, jti, expires_at),
            )
        except sqlite3.IntegrityError:
            return False
    return True


# --- the control API's provider faults (test mode): the next ID token of a scope to a client is forged --------
def save_id_token_fault(request: Request, scope: str, client_id: str, fault: str | None) -> None:
    """`fault` for the next ID token issued in `scope` to `client_id` (oidc_mint.FAULTS), or None: no fault."""
    with env_of(request).db.write() as conn:
        conn.execute("DELETE FROM oidc_id_token_faults WHERE scope = ? AND client_id = ?", (scope, client_id))
        if fault is not None:
            conn.execute(
                "INSERT INTO oidc_id_token_faults (scope, client_id, fault) VALUES (?, ?, ?)", (scope, client_id, fault)
            )


def take_id_token_fault(request: Request, scope: str | None, client_id: str) -> str | None:
    """The fault waiting for this scope's next ID token to `client_id`, removed (it applies once)."""
    if not scope:
        return None
    with env_of(request).db.write() as conn:
        row = conn.execute(
            "SELECT fault FROM oidc_id_token_faults WHERE scope = ? AND client_id = ?", (scope, client_id)
        ).fetchone()
        if row is None:
            return None
        conn.execute("DELETE FROM oidc_id_token_faults WHERE scope = ? AND client_id = ?", (scope, client_id))
    return row["fault"]


def earlier_nonce(request: Request, client_id: str, nonce: str | None) -> str | None:
    """The nonce of the client's latest other authorization request (a replayed nonce), if there is one."""
    with env_of(request).db.read() as conn:
        row = conn.execute(
            "SELECT nonce FROM oidc_codes WHERE client_id = ? AND nonce IS NOT NULL AND nonce != ? "
            "ORDER BY expires_at DESC LIMIT 1",
            (client_id, nonce or ""),
        ).fetchone()
    return row["nonce"] if row else None

"""Start-up settings of the test environment (command line and environment variables)."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

CAPTCHA_MODES = ("off", "on")
# The address `python -m testenv` listens on by default; also the public URL when none is configured.
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8000"
EVERY_SERVICE = "*"


@dataclass(frozen=True)
class Settings:
    db_path: Path
    test_mode: bool = False
    control_token: str | None = None
    captcha_mode: str = "off"
    # Altinn: wrong passwords before a 60-minute lockout (sources say 3 or 10; see domain-facts §1.6).
    lockout_threshold: int = 3
    lockout_minutes: int = 60
    # MinID: activation-letter validity (mef.no says 60 days, difi.no says one month).
    letter_validity_days: int = 60
    # Synthetic identity numbers (month + 80) are accepted only where the deployment allows them.
    accept_synthetic: bool = True
    defects: frozenset[str] = field(default_factory=frozenset)
    # Fault injection (test mode only): latency range in ms, share of requests answered with 500,
    # and an SMS gateway that silently drops every message.
    latency_ms: tuple[int, int] = (0, 0)
    error_rate: float = 0.0
    drop_sms: bool = False
    # Where the environment's clock stands, in seconds from the real time (`--clock`): the clock of every
    # request without a test scope of its own. 0 is today's Altinn; a date before 19 June 2026 shows guide 000's.
    clock_offset_s: float = 0.0
    # argon2 cost; lighter than production defaults so a test run does not spend its time hashing.
    argon2_time_cost: int = 2
    argon2_memory_kib: int = 19456
    # Where each service is reached from outside, by service name ("altinn", "udi", ...; "*" for every service
    # without its own entry). Absolute URLs (links in e-mails) are built from these, never from the request's
    # Host or X-Forwarded-* headers. `python -m testenv` defaults "*" to the address it listens on.
    public_urls: Mapping[str, str] = field(default_factory=dict)
    # Each service answers on its own origin only (testenv/core/origins.py); False: one origin serves everything
    # (`--single-origin`, and an app made in a test). The control API's own origin, and the listening sockets'
    # addresses ('host:port') by the service each serves, as `python -m testenv` binds them.
    own_origins: bool = False
    control_url: str | None = None
    served_at: Mapping[str, str] = field(default_factory=dict)
    # The key of every keyed hash of a one-time secret (codes, reset tokens, activation codes): per deployment,
    # from TESTENV_SECRET_KEY or made at start (secrets issued before a restart then no longer match).
    secret_key: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    # The OpenID Provider the relying parties (UDI, Altinn) log people in through: None is the environment's
    # own ID-porten (`public_base("idporten") + "/idporten"`); an interop test points it at a foreign provider.
    idporten_issuer: str | None = None
    # Where the relying parties reach the provider's back channel (discovery, JWKS, token) when its public
    # origin does not resolve from inside (a host name under .localhost): the issuer's origin is replaced by
    # this one and the Host header keeps the public name.
    idporten_internal_url: str | None = None
    # Client secrets by client_id, overriding the registered ones (a foreign provider has its own).
    idporten_client_secrets: Mapping[str, str] = field(default_factory=dict, repr=False)

"""The relying-party side of ID-porten for UDI: client `udi`, the level it needs, and the eID names."""

from __future__ import annotations

from testenv.core.oidc_rp import HIGH, RelyingParty
from testenv.services.idporten.oidc_clients import BY_ID

# ID-porten speaks nb, nn, en and se (domain-facts §5): a Russian page sends the person there in English.
IDPORTEN_LANG = {"en": "en", "nb": "nb", "nn": "nn", "ru": "en"}
REQUIRED_LEVEL = 4  # "UDI requires a higher security level (level 4)" (guide 001)
REQUESTED_ACR = HIGH
EID_NAMES = {
    "minid-pin": "MinID",
    "minid": "MinID",
    "bankid": "BankID",
    "buypass": "Buypass",
    "commfides": "Commfides",
    "testid": "TestID",
}
RP = RelyingParty(
    client_id="udi",
    defects="udi",
    service="udi",
    callback_path="/udi/oidc/callback",
    logged_out_path="/udi/oidc/logged-out",
    default_secret=BY_ID["udi"].secret,
    session_key="udi_oidc",
)


def eid_name(amr: str) -> str:
    return EID_NAMES.get(amr.casefold(), amr)


__all__ = ["IDPORTEN_LANG", "REQUESTED_ACR", "REQUIRED_LEVEL", "RP", "eid_name"]

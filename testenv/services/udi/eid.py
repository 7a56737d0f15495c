"""The relying-party side of ID-porten for UDI: where to send the person, and what came back."""

from __future__ import annotations

from urllib.parse import urlencode

from testenv.services.idporten import current_login

# ID-porten speaks nb, nn, en and se (domain-facts §5): a Russian page sends the person there in English.
IDPORTEN_LANG = {"en": "en", "nb": "nb", "nn": "nn", "ru": "en"}
REQUIRED_LEVEL = 4  # "UDI requires a higher security level (level 4)" (guide 001)
EID_NAMES = {"minid-pin": "MinID", "minid": "MinID", "bankid": "BankID", "buypass": "Buypass", "commfides": "Commfides"}


def authorize_url(lang: str, return_to: str) -> str:
    query = urlencode({"client": "udi", "acr": "high", "return_to": return_to})
    return f"/idporten/{IDPORTEN_LANG[lang]}/authorize?{query}"


def eid_name(amr: str) -> str:
    return EID_NAMES.get(amr.casefold(), amr)


__all__ = ["REQUIRED_LEVEL", "authorize_url", "current_login", "eid_name"]

"""Security levels and the log-in that ID-porten hands to services (domain-facts §5)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from testenv.core.defects import defect_on
from testenv.core.sessions import session_of

SESSION_KEY = "idporten"
SUBSTANTIAL, HIGH = "idporten-loa-substantial", "idporten-loa-high"
LEVEL_OF_ACR = {SUBSTANTIAL: 3, HIGH: 4}
ACR_OF_LEVEL = {level: acr for acr, level in LEVEL_OF_ACR.items()}
# What a service may ask for in ?acr=: the short and the full eIDAS names.
ACR_ALIASES = {"substantial": SUBSTANTIAL, "high": HIGH, SUBSTANTIAL: SUBSTANTIAL, HIGH: HIGH}
# MinID is level 3 (substantial); BankID, Buypass and Commfides are level 4 (high) (domain-facts §2, §5).
EID_LEVEL = {"minid": 3, "bankid": 4, "buypass": 4, "commfides": 4}
EID_AMR = {"minid": "Minid-PIN", "bankid": "BankID", "buypass": "Buypass", "commfides": "Commfides", "testid": "TestID"}
EID_NAMES = {"minid": "MinID", "bankid": "BankID", "buypass": "Buypass", "commfides": "Commfides", "testid": "TestID"}


@dataclass(frozen=True)
class IdportenLogin:
    pid: str
    name: str
    level: int
    acr: str
    amr: str


def level_reached(request: Request, eid: str) -> int:
    level = EID_LEVEL[eid]
    if eid == "minid" and defect_on(request, "idporten.minid_level_4"):
        return 4
    if eid == "bankid" and defect_on(request, "idporten.bankid_level_3"):
        return 3
    return level


def required_level(acr: str | int) -> int:
    """3 or 4 from 'substantial', 'high', their eIDAS names, or the level itself."""
    if isinstance(acr, int):
        return acr
    return LEVEL_OF_ACR[ACR_ALIASES[acr]]


def current_login(request: Request) -> IdportenLogin | None:
    """The person logged in through ID-porten in this browser session, or None."""
    data = session_of(request).get(SESSION_KEY)
    if not data or defect_on(request, "idporten.login_lost_on_return"):
        return None
    return IdportenLogin(data["pid"], data["name"], int(data["level"]), data["acr"], data["amr"])


def login_data(pid: str, name: str, level: int, eid: str, at: float) -> dict:
    return {"pid": pid, "name": name, "level": level, "acr": ACR_OF_LEVEL[level], "amr": EID_AMR[eid], "at": at}

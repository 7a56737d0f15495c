"""Page objects of MinID (guide 002): the activation-letter order and the (simulated) app registration."""

from pages.minid.app import (
    AppActivationCode,
    AppEmail,
    AppMobile,
    AppPassword,
    AppPid,
    AppRegistered,
    AppStart,
)
from pages.minid.home import MinidHome
from pages.minid.order import EnterPhone, EnterSmsCode, LetterOrdered, OrderLetter

__all__ = [
    "AppActivationCode",
    "AppEmail",
    "AppMobile",
    "AppPassword",
    "AppPid",
    "AppRegistered",
    "AppStart",
    "EnterPhone",
    "EnterSmsCode",
    "LetterOrdered",
    "MinidHome",
    "OrderLetter",
]
